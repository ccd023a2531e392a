import Foundation
import Testing

@testable import WlogCore

/// `wlog import history` through the library: each app's format, on a real database file with the seeds.
@Suite struct HistoryImportTests {
    /// The seeded copy this test works on; its folder goes when the test ends.
    let seeded: SeededStore
    let database: AppDatabase
    let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current

    init() throws {
        seeded = try SeededStore()
        database = seeded.database
    }

    @discardableResult
    func importing(
        _ text: String, path: String = "export.csv", format: HistoryFormat? = nil, unit: WeightUnit = .kg,
        overrides: [String: String] = [:], dryRun: Bool = false
    ) throws -> HistoryImportSummary {
        try WorkoutLog(database: database).importHistory(
            data: Data(text.utf8), path: path,
            options: HistoryFile.Options(format: format, strongUnit: unit, timeZone: berlin),
            overrides: overrides, dryRun: dryRun)
    }

    /// Every set, in the order it was stored.
    func sets() throws -> [HistoryEntry] {
        try WorkoutLog(database: database).history().sorted { ($0.set.id ?? 0) < ($1.set.id ?? 0) }
    }

    func sessions() throws -> [WorkoutSession] {
        try WorkoutLog(database: database).sessions().map(\.session).sorted { $0.startedAt < $1.startedAt }
    }

    func moment(_ text: String) throws -> Date {
        try #require(WlogReader.moment(text))
    }

    func failure(_ body: () throws -> Void) -> HistoryImportFailure? {
        do {
            try body()
            return nil
        } catch {
            return error as? HistoryImportFailure
        }
    }

    @Test func strongCurrentExport() throws {
        let summary = try importing(HistoryFixtures.strong)
        #expect(summary.format == .strong && summary.workouts == 2 && summary.sets == 8 && summary.skippedRows == 2)
        #expect(summary.addedSets == 8 && summary.addedSessions == 2 && summary.presentSets == 0)
        #expect(
            summary.mappings.map { "\($0.fileName)=\($0.slug)\($0.isNew ? "*" : "")" } == [
                "Bench Press (Barbell)=bench-press", "Pull Up=pull-up", "Squat (Barbell)=back-squat",
                "Running=running*", "Plank=plank",
            ])
        let stored = try sets()
        #expect(
            stored.map(\.slug) == [
                "bench-press", "bench-press", "bench-press", "pull-up", "pull-up", "back-squat", "running", "plank",
            ])
        #expect(stored.map(\.set.setNumber) == [1, 2, 3, 1, 2, 1, 1, 1])
        #expect(
            stored.map(\.set.kind) == [.warmup, .working, .working, .working, .working, .working, .working, .working])
        #expect(stored.map(\.set.reps) == [10, 5, 4, 8, 6, 5, nil, nil])
        #expect(stored.map(\.set.weightKg) == [40, 80, 80, nil, 10, 100, nil, nil])
        #expect(stored.map(\.set.bodyweight) == [false, false, false, true, true, false, false, false])
        #expect(stored.map(\.set.rpe) == [nil, 8.5, 9, nil, nil, nil, nil, nil])
        #expect(stored[1].set.note == "paused, 2s")
        #expect(stored[5].set.note == "Belt on, \"high bar\"")
        #expect(stored[6].set.distanceM == 5200 && stored[6].set.durationS == 1920)
        #expect(stored[7].set.durationS == 60)
        let push = try moment("2023-05-01T18:02:11+02:00")
        #expect(stored.prefix(6).allSatisfy { $0.set.performedAt == push })
        let sessions = try sessions()
        #expect(sessions.map(\.name) == ["Push, heavy", "Morning run"])
        #expect(sessions[0].note == "Slept well,\nfelt strong")
        #expect(sessions[0].startedAt == push && sessions[0].finishedAt == push.addingTimeInterval(65 * 60))
        #expect(sessions[1].finishedAt == (try moment("2023-05-03T07:47:00+02:00")))
        #expect(summary.newExercises.map(\.slug) == ["running"], "Strong's barbell squat is the library's back squat")
    }

    @Test func strongWeightsAreInTheUnitGiven() throws {
        try importing(HistoryFixtures.strong, unit: .lb)
        let stored = try sets()
        #expect(stored[1].set.weight == WeightInput(bodyweight: false, amount: 80, unit: .lb))
        #expect(abs((stored[1].set.weightKg ?? 0) - 36.287) < 0.001)
        #expect(abs((stored[6].set.distanceM ?? 0) - 5.2 * 1609.344) < 0.001)
    }

    @Test func strongOlderSemicolonExport() throws {
        let summary = try importing(HistoryFixtures.strongOlder)
        #expect(summary.format == .strong && summary.sets == 3)
        let stored = try sets()
        #expect(stored.map(\.slug) == ["deadlift", "deadlift", "rowing-machine"])
        #expect(
            stored.map(\.set.weight) == [
                WeightInput(bodyweight: false, amount: 225, unit: .lb),
                WeightInput(bodyweight: false, amount: 235.5, unit: .lb), nil,
            ])
        #expect(stored[1].set.rpe == 8 && stored[1].set.note == "grip; chalk")
        #expect(stored[2].set.distanceM == 2000 && stored[2].set.durationS == 480)
        let session = try #require(try sessions().first)
        #expect(session.name == "Leg day" && session.note == "Gym A" && session.finishedAt == nil)
        #expect(session.startedAt == (try moment("2019-01-11T12:31:54+01:00")))
    }

    @Test func hevyMetricExport() throws {
        let summary = try importing(HistoryFixtures.hevyKilograms)
        #expect(summary.format == .hevy && summary.sets == 5)
        let stored = try sets()
        #expect(stored.map(\.slug) == ["bench-press", "bench-press", "bench-press", "chin-up", "treadmill"])
        #expect(stored.map(\.set.kind) == [.warmup, .working, .drop, .failure, .working])
        #expect(stored.map(\.set.weightKg) == [40, 82.5, 60, nil, nil])
        #expect(stored[3].set.bodyweight && stored[3].set.reps == 12)
        #expect(!stored[4].set.bodyweight && stored[4].set.distanceM == 1500 && stored[4].set.durationS == 600)
        #expect(stored.map(\.set.rpe) == [nil, 8, 9.5, 10, nil])
        #expect(stored.map(\.set.note) == ["Elbows tucked", nil, nil, nil, nil])
        let session = try #require(try sessions().first)
        #expect(session.name == "Upper A" && session.note == "Good session, new PR")
        #expect(session.startedAt == (try moment("2023-11-25T18:02:00+01:00")))
        #expect(session.finishedAt == (try moment("2023-11-25T19:10:00+01:00")))
    }

    @Test func hevyImperialExport() throws {
        try importing(HistoryFixtures.hevyPounds)
        let stored = try sets()
        #expect(stored.map(\.slug) == ["leg-press", "leg-press", "walking"])
        #expect(
            stored.map(\.set.weight) == [
                WeightInput(bodyweight: false, amount: 225, unit: .lb),
                WeightInput(bodyweight: false, amount: 315, unit: .lb), nil,
            ])
        #expect(stored[0].set.note == "Feet high,\ntoes out" && stored[1].set.note == nil)
        #expect(stored[2].set.distanceM == 1609.344 && stored[2].set.durationS == 900)
        #expect(try sessions().first?.note == nil)
    }

    @Test func fitNotesExport() throws {
        let summary = try importing(HistoryFixtures.fitNotes)
        #expect(summary.format == .fitnotes && summary.workouts == 2)
        let stored = try sets()
        #expect(stored.map(\.slug) == ["bench-press", "bench-press", "plank", "cycling"])
        #expect(stored.map(\.set.setNumber) == [1, 2, 1, 1])
        #expect(stored[0].set.weightKg == 80 && stored[0].set.reps == 5)
        #expect(stored[2].set.durationS == 90 && stored[3].set.durationS == 1800 && stored[3].set.distanceM == 10000)
        #expect(
            try sessions().map(\.startedAt) == [
                try moment("2023-05-01T00:00:00+02:00"), try moment("2023-05-02T00:00:00+02:00"),
            ])
        try importing(HistoryFixtures.fitNotesPounds)
        let deadlift = try #require(try sets().last)
        #expect(
            deadlift.slug == "deadlift" && deadlift.set.weight == WeightInput(bodyweight: false, amount: 315, unit: .lb)
        )
    }

    @Test func aByteOrderMarkAndCRLFLineEndingsChangeNothing() throws {
        let windows = "\u{FEFF}" + HistoryFixtures.strong.replacingOccurrences(of: "\n", with: "\r\n")
        let summary = try importing(windows)
        #expect(summary.sets == 8)
        #expect(try sessions().first?.note == "Slept well,\r\nfelt strong")
        #expect(try importing(HistoryFixtures.strong).addedSets == 0, "the same sets, whatever the line endings")
    }

    @Test func exerciseNamesMapExactlyThenByEquipmentAndNeverByPrefix() throws {
        let names = [
            "BENCH PRESS", "Barbell Bench Press", "Bench Press (Dumbbell)", "Lat Pulldown (Cable)",
            "Chest Press (Machine)",
            "Face Pull (Cable)", "Pull Up (Assisted)", "Bench", "Deadlift (Barbell)", "Push Up",
        ]
        var file =
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
        for name in names { file += "2024-01-02 10:00:00,A,,\(name),1,20,5,,,,,\n" }
        let summary = try importing(file, overrides: ["Bench": "Flat Bench Press", "Nowhere": "plank"], dryRun: true)
        #expect(
            summary.mappings.map(\.slug) == [
                "bench-press", "bench-press", "dumbbell-bench-press", "lat-pulldown", "machine-chest-press",
                "face-pull", "pull-up-assisted", "bench-press", "deadlift", "push-up",
            ])
        #expect(summary.newExercises.map(\.fileName) == ["Pull Up (Assisted)"])
        #expect(summary.unusedOverrides == ["Nowhere"])
        let plain = try importing(file, dryRun: true)
        #expect(
            plain.mappings.first { $0.fileName == "Bench" }?.isNew == true,
            "\"Bench\" is no prefix match for Bench Press")
        #expect(throws: ExerciseMapError.unknownTarget(name: "Bench", target: "benchx")) {
            try importing(file, overrides: ["Bench": "benchx"])
        }
        #expect(throws: ExerciseMapError.malformed("Bench")) { try ExerciseMapError.parse(["Bench"]) }
        #expect(try ExerciseMapError.parse(["A = b=c"]) == ["A = b": "c"])
        #expect(try sets().isEmpty)
    }

    @Test func aDryRunWritesNothing() throws {
        let exercises = try ExerciseStore(database: database).count()
        let summary = try importing(HistoryFixtures.strong, dryRun: true)
        #expect(summary.dryRun && summary.addedSets == 8 && summary.newExercises.count == 1)
        #expect(try sets().isEmpty && sessions().isEmpty)
        #expect(try ExerciseStore(database: database).count() == exercises)
    }

    @Test func importingTwiceAddsNothingAndAnOverlappingExportOnlyTheNewSets() throws {
        try importing(HistoryFixtures.strong)
        let exercises = try ExerciseStore(database: database).count()
        let again = try importing(HistoryFixtures.strong)
        #expect(again.addedSets == 0 && again.presentSets == 8 && again.addedSessions == 0)
        #expect(try ExerciseStore(database: database).count() == exercises)

        let later =
            HistoryFixtures.strong
            + "2023-05-01 6:02:11\u{202F}PM,\"Push, heavy\",1h 5m,Pull Up,3,0,5,0,0,,,\n"
            + "2023-05-05 17:00:00,Pull,50m,Pull Up,1,0,9,0,0,,,\n"
        let overlap = try importing(later)
        #expect(overlap.addedSets == 2 && overlap.presentSets == 8 && overlap.addedSessions == 1)
        let stored = try sets()
        #expect(stored.count == 10)
        let sessions = try sessions()
        #expect(sessions.count == 3)
        let extra = stored[8]
        #expect(extra.slug == "pull-up" && extra.set.setNumber == 3 && extra.set.sessionId == sessions[0].id)
    }

    @Test func aMalformedRowIsReportedAtItsLineAndNothingIsWritten() throws {
        let exercises = try ExerciseStore(database: database).count()
        var lines = HistoryFixtures.strong.components(separatedBy: "\n")
        lines[4] = lines[4].replacingOccurrences(of: ",80,4,", with: ",80,four,")
        lines[8] = lines[8].replacingOccurrences(of: "6:02:11\u{202F}PM", with: "13:02:11\u{202F}PM")
        let broken = lines.joined(separator: "\n")
        let problems = try #require(failure { try importing(broken, path: "strong.csv") }).problems.map(\.description)
        #expect(
            problems == [
                "strong.csv:5: reps \"four\" is not a number",
                "strong.csv:9: the date \"2023-05-01 13:02:11\u{202F}PM\" is not a date such as 2023-05-01 18:02:11 or 2023-05-01 6:02:11 PM",
            ])
        #expect(try sets().isEmpty && sessions().isEmpty)
        #expect(try ExerciseStore(database: database).count() == exercises)

        let unclosed =
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
            + "2024-01-02 10:00:00,A,,Plank,1,,,,60,\"open,,\n2024-01-02 10:00:00,A,,Plank,2,,,,60,,,\n"
        let open = try #require(failure { try importing(unclosed, path: "x.csv") })
        #expect(open.problems.first?.description.hasPrefix("x.csv:2: this row has") == true)
        let windows = broken.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try #require(failure { try importing(windows, path: "w.csv") }).problems.first?.line == 5)
    }

    @Test func valuesOutOfRangeAreRejected() throws {
        let header =
            "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n"
        let rows = [
            "\"A\",\"1 Jan 2024, 10:00\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",1200,5,,0,\n",
            "\"A\",\"1 Jan 2024, 10:00\",\"\",\"\",\"Squat\",,\"\",1,\"normal\",100,-5,,0,\n",
            "\"A\",\"1 Jan 2024, 10:00\",\"\",\"\",\"Squat\",,\"\",2,\"normal\",100,5,,0,11\n",
            "\"A\",\"1 Jan 2024, 10:00\",\"\",\"\",\"Squat\",,\"\",3,\"superset\",100,5,,0,\n",
            "\"A\",\"31 Feb 2024, 10:00\",\"\",\"\",\"Squat\",,\"\",4,\"normal\",100,5,,0,\n",
        ]
        let problems = try #require(failure { try importing(header + rows.joined(), path: "h.csv") }).problems.map(
            \.description)
        #expect(
            problems == [
                "h.csv:2: weight \"1200\" kg is more than 1000 kg",
                "h.csv:3: reps \"-5\" is negative",
                "h.csv:4: RPE \"11\" is not from 1 to 10",
                "h.csv:5: the set_type \"superset\" is not normal, warmup, dropset or failure",
                "h.csv:6: the start_time \"31 Feb 2024, 10:00\" is not a time such as 25 Nov 2023, 18:02",
            ])
        #expect(try sets().isEmpty)
    }

    @Test func theFormatIsRecognisedOrNamed() throws {
        let unknown = try #require(failure { try importing("a,b,c\n1,2,3\n", path: "odd.csv") })
        #expect(
            unknown.problems.first?.description.hasPrefix(
                "odd.csv:1: the header is not one of a Strong, Hevy, FitNotes or wlog export") == true)
        let mismatch = try #require(failure { try importing(HistoryFixtures.strong, path: "s.csv", format: .hevy) })
        #expect(mismatch.problems.first?.message == "the header is that of a Strong export, not a Hevy export")
        #expect(try importing(HistoryFixtures.hevyKilograms, format: .hevy).sets == 5)
        let empty = try #require(failure { try importing("", path: "e.csv") })
        #expect(empty.problems.first?.description.hasPrefix("e.csv:1: the file is empty") == true)
        let invalid = try #require(
            failure {
                _ = try WorkoutLog(database: database).importHistory(
                    data: Data([0x44, 0x61, 0x74, 0x65, 0x0A, 0xFF, 0xFE]), path: "b.csv", options: .init())
            })
        #expect(invalid.problems.first?.description.hasPrefix("b.csv:2: the file is not valid UTF-8") == true)
    }

    @Test func datesInEveryShape() {
        #expect(LocalDateTime.strong("2023-05-01 18:02:11")?.canonical == "2023-05-01T18:02:11")
        #expect(LocalDateTime.strong("2023-05-01 6:02:11\u{202F}PM")?.canonical == "2023-05-01T18:02:11")
        #expect(LocalDateTime.strong("2023-05-01 12:05:00\u{00A0}AM")?.canonical == "2023-05-01T00:05:00")
        #expect(LocalDateTime.strong("2023-05-01 12:05 pm")?.canonical == "2023-05-01T12:05:00")
        #expect(LocalDateTime.strong("2023-05-01 13:05:00 PM") == nil)
        #expect(LocalDateTime.hevy("25 Nov 2023, 18:02")?.canonical == "2023-11-25T18:02:00")
        #expect(LocalDateTime.hevy("9 Sep 2025, 06:46")?.canonical == "2025-09-09T06:46:00")
        #expect(LocalDateTime.hevy("9 Sept 2025, 6:46 PM")?.canonical == "2025-09-09T18:46:00")
        #expect(LocalDateTime.hevy("9 Foo 2025, 06:46") == nil)
        #expect(LocalDateTime.day("2024-02-29")?.date(in: berlin) != nil)
        #expect(LocalDateTime.day("2023-02-29")?.date(in: berlin) == nil)
    }
}
