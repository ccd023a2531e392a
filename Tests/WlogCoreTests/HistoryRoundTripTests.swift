import Foundation
import Testing

@testable import WlogCore

/// `export history` then `import history` into a fresh database gives the same history, for each format.
@Suite struct HistoryRoundTripTests {
    let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// A new database with the seeds (a copy of the seeded template).
    static func fresh() throws -> AppDatabase {
        try SeededStore.database()
    }

    /// The history as `history --format json` gives it, without ids, in a stable order.
    func history(_ database: AppDatabase) throws -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try WorkoutLog(database: database).history().map { entry in
            let data = try encoder.encode(ExportedSet(entry, timeZone: berlin))
            var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            object["id"] = nil
            object["session_id"] = nil
            return String(
                decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }.sorted()
    }

    func sessions(_ database: AppDatabase) throws -> [String] {
        try WorkoutLog(database: database).sessions().map { summary in
            let session = summary.session
            return
                "\(session.name ?? "-")|\(session.note ?? "-")|\(session.startedAt)|\(session.finishedAt.map { "\($0)" } ?? "-")|\(summary.sets)"
        }
    }

    /// Sets of every kind wlog records: two units, bodyweight with and without load, effort,
    /// notes with commas, quotes and a line break, times, distances, and an exercise of the user's own.
    func recordedLog() throws -> AppDatabase {
        let database = try Self.fresh()
        let log = WorkoutLog(database: database)
        let lookup = ExerciseStore(database: database)
        let zercher = try ExerciseStore(database: database).addCustom(name: "Zercher Squat", equipment: "barbell")
        let plan: [(Exercise, RecordRequest, TimeInterval)] = [
            (
                try lookup.resolve("bench-press"),
                RecordRequest(
                    reps: "12,10,8", weight: "90lb,95lb,100lb", rpe: "8", note: "slow, \"paused\"\nleft shoulder"), 0
            ),
            (try lookup.resolve("bench-press"), RecordRequest(reps: "5", weight: "20kg", kind: .warmup), 600),
            (try lookup.resolve("pull-up"), RecordRequest(reps: "8,6", weight: "bw,bw+10kg", rir: "2"), 1200),
            (try lookup.resolve("plank"), RecordRequest(duration: "45s,1m30s"), 1800),
            (zercher, RecordRequest(sets: 2, reps: "5", weight: "60", kind: .drop), 86400),
            (
                try lookup.resolve("farmers-walk"), RecordRequest(weight: "32kg", distance: "40m", kind: .failure),
                86400 + 300
            ),
        ]
        for (exercise, request, offset) in plan {
            let at = start.addingTimeInterval(offset)
            _ = try log.record(
                try RecordPlan.make(request, settings: LogSettings(), now: at), exercise: exercise, now: at)
        }
        return database
    }

    @Test(arguments: [HistoryExportFormat.csv, .json])
    func wlogExportsRestoreEverySet(format: HistoryExportFormat) throws {
        let original = try recordedLog()
        let exported = try WorkoutLog(database: original).exportHistory(format: format, timeZone: berlin)
        #expect(exported.sets == 11)
        let copy = try Self.fresh()
        let summary = try WorkoutLog(database: copy).importHistory(
            data: Data(exported.text.utf8), path: "history.\(format.rawValue)", options: .init(timeZone: berlin))
        #expect(summary.format == .wlog && summary.addedSets == 11 && summary.addedSessions == 2)
        #expect(try history(copy) == history(original))
        #expect(try ExerciseStore(database: copy).resolve("zercher-squat-barbell").name == "Zercher Squat")

        let intoItself = try WorkoutLog(database: original).importHistory(
            data: Data(exported.text.utf8), path: "h", options: .init(timeZone: berlin))
        #expect(
            intoItself.addedSets == 0 && intoItself.presentSets == 11,
            "an export goes back into its own database as nothing new")
        #expect(
            try WorkoutLog(database: copy).importHistory(
                data: Data(exported.text.utf8), path: "h", options: .init(timeZone: berlin)
            ).addedSets == 0)
    }

    @Test func anOverlappingLaterExportAddsOnlyTheNewSets() throws {
        let original = try recordedLog()
        let first = try WorkoutLog(database: original).exportHistory(format: .csv, timeZone: berlin)
        let copy = try Self.fresh()
        _ = try WorkoutLog(database: copy).importHistory(
            data: Data(first.text.utf8), path: "first.csv", options: .init(timeZone: berlin))
        let at = start.addingTimeInterval(86400 + 600)
        _ = try WorkoutLog(database: original).record(
            try RecordPlan.make(RecordRequest(reps: "3", weight: "70"), settings: LogSettings(), now: at),
            exercise: try ExerciseStore(database: original).resolve("zercher-squat-barbell"), now: at)
        let later = try WorkoutLog(database: original).exportHistory(format: .csv, timeZone: berlin)
        let summary = try WorkoutLog(database: copy).importHistory(
            data: Data(later.text.utf8), path: "later.csv", options: .init(timeZone: berlin))
        #expect(summary.addedSets == 1 && summary.presentSets == 11 && summary.addedSessions == 0)
        #expect(try history(copy) == history(original))
        #expect(try WorkoutLog(database: copy).sessions().count == 2)
    }

    @Test func strongExportRestoresWhatStrongKeeps() throws {
        let original = try Self.fresh()
        for fixture in [HistoryFixtures.strong, HistoryFixtures.hevyKilograms] {
            _ = try WorkoutLog(database: original).importHistory(
                data: Data(fixture.utf8), path: "in.csv", options: .init(timeZone: berlin))
        }
        let exported = try WorkoutLog(database: original).exportHistory(format: .strong, unit: .kg, timeZone: berlin)
        #expect(
            exported.text.hasPrefix(
                "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
            ))
        #expect(exported.text.contains(",Bench Press (Barbell),W,40,10,"))
        let copy = try Self.fresh()
        let summary = try WorkoutLog(database: copy).importHistory(
            data: Data(exported.text.utf8), path: "strong.csv", options: .init(timeZone: berlin))
        #expect(
            summary.format == .strong && summary.addedSets == 13
                && summary.newExercises.map(\.slug) == ["running", "treadmill"])
        #expect(try history(copy) == history(original))
        #expect(try sessions(copy) == sessions(original))
    }

    @Test func strongExportsInPoundsAndFilters() throws {
        let original = try recordedLog()
        let benchID = try ExerciseStore(database: original).resolve("bench-press").id
        let exported = try WorkoutLog(database: original).exportHistory(
            HistoryFilter(exerciseID: benchID), format: .strong, unit: .lb, timeZone: berlin)
        #expect(exported.sets == 4)
        let rows = exported.text.split(separator: "\n")
        #expect(rows.count == 8, "a header, three sets whose note spans two lines, a warm-up")
        #expect(rows[1].contains(",Bench Press (Barbell),1,90,12,,,\"slow, \"\"paused\"\""))
        #expect(
            rows.last?.contains(",Bench Press (Barbell),W,44,5,") == true,
            "20 kg in whole pounds, the precision it was typed in")
        let since = try WorkoutLog(database: original).exportHistory(
            HistoryFilter(since: start.addingTimeInterval(3600)), format: .json)
        #expect(since.sets == 3)
    }
}
