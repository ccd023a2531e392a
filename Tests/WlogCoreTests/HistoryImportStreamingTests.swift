import Crypto
import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A Strong export read from a file is streamed, a workout at a time, through a temporary spool:
/// what it reads and writes is what reading the whole file gives.
@Suite struct HistoryImportStreamingTests {
    let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
    let now = Date(timeIntervalSinceReferenceDate: 800_000_000)

    var options: HistoryFile.Options { HistoryFile.Options(format: .strong, strongUnit: .kg, timeZone: berlin) }

    /// The generated Strong export with each workout's rows together (the generator interleaves two).
    static let contiguousStrong: String = {
        var lines = HistoryImportDumpTests.generatedStrong.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let header = lines.removeFirst()
        // A note's line break starts a line that belongs to the row before it.
        var rows: [String] = []
        for line in lines where !line.isEmpty {
            if line.hasPrefix("2022-") { rows.append(line) } else { rows[rows.count - 1] += "\n" + line }
        }
        var order: [String] = []
        var byWorkout: [String: [String]] = [:]
        for row in rows {
            let date = String(row.prefix { $0 != "," })
            if byWorkout[date] == nil { order.append(date) }
            byWorkout[date, default: []].append(row)
        }
        return ([header] + order.flatMap { byWorkout[$0] ?? [] }).joined(separator: "\n") + "\n"
    }()

    /// Every value of every workout and set, as text.
    func described(_ workouts: [ImportedWorkout]) -> [String] {
        workouts.flatMap { workout in
            [
                "\(workout.key) \(workout.name ?? "-") \(workout.note ?? "-") \(workout.startedAt) \(workout.finishedAt as Any)"
            ]
                + workout.sets.map { "\($0) at \($0.performedAt.timeIntervalSinceReferenceDate)" }
        }
    }

    func streamed(_ history: CheckedHistory) throws -> [ImportedWorkout] {
        var workouts: [ImportedWorkout] = []
        try history.forEachWorkout { workouts.append($0) }
        return workouts
    }

    /// The rows an import adds (sets, sessions, the journal entry, custom exercises), as text.
    func dump(_ database: AppDatabase) throws -> String {
        try database.writer.read { db in
            try [
                "SELECT * FROM logged_set ORDER BY id", "SELECT * FROM workout_session ORDER BY id",
                "SELECT * FROM record_batch ORDER BY id",
                "SELECT id, slug, name, equipment, origin FROM exercise WHERE origin = 'custom' ORDER BY id",
            ].map { sql in try Row.fetchAll(db, sql: sql).map(\.description).joined(separator: "\n") }
        }.joined(separator: "\n--\n")
    }

    func write(_ text: String, in store: SeededStore, name: String = "export.csv") throws -> String {
        let path = store.folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aContiguousExportStreamsTheWorkoutsThatReadingItWholeGives() throws {
        let text = Self.contiguousStrong
        let whole = try HistoryFile.read(Data(text.utf8), path: "export.csv", options: options)
        let checked = try HistoryFile.check(Data(text.utf8), path: "export.csv", options: options, now: now)
        let workouts = try streamed(checked)
        #expect(workouts.count == 40 && checked.workoutCount == 40)
        #expect(checked.setCount == whole.workouts.reduce(0) { $0 + $1.sets.count })
        #expect(described(workouts) == described(whole.workouts))
        // Read twice (a dry run, then the import), the spool gives the same workouts again.
        #expect(described(try streamed(checked)) == described(whole.workouts))
    }

    @Test func aFileIsStreamedFromDiskAsItsTextIsRead() throws {
        let store = try SeededStore()
        let windows = "\u{FEFF}" + Self.contiguousStrong.replacingOccurrences(of: "\n", with: "\r\n")
        let path = try write(windows, in: store)
        let fromFile = try streamed(try HistoryFile.check(fileAt: path, options: options, now: now))
        let fromText = try streamed(try HistoryFile.check(Data(windows.utf8), path: path, options: options, now: now))
        #expect(fromFile.count == 40)
        #expect(described(fromFile) == described(fromText))
    }

    @Test func importingFromAFileWritesWhatImportingItsTextWrites() throws {
        for text in [Self.contiguousStrong, HistoryImportDumpTests.generatedStrong] {
            let byPath = try SeededStore()
            let path = try write(text, in: byPath)
            let summary = try WorkoutLog(database: byPath.database).importHistory(
                path: path, options: options, now: now)
            let byText = try SeededStore()
            let expected = try WorkoutLog(database: byText.database).importHistory(
                data: Data(text.utf8), path: path, options: options, now: now)
            #expect(summary == expected)
            #expect(summary.addedSets > 400)
            #expect(try dump(byPath.database) == dump(byText.database))
            let again = try WorkoutLog(database: byPath.database).importHistory(path: path, options: options, now: now)
            #expect(again.addedSets == 0 && again.presentSets == summary.sets)
        }
    }

    @Test func aBadRowAtTheEndOfAStreamedFileWritesNothing() throws {
        let store = try SeededStore()
        let lines = Self.contiguousStrong.split(separator: "\n").count
        let text = Self.contiguousStrong + "2022-02-20 06:00:00,,1h,Pull Up,1,0,lots,,,,,\n"
        let path = try write(text, in: store)
        let before = try dump(store.database)
        let failure = #expect(throws: HistoryImportFailure.self) {
            try WorkoutLog(database: store.database).importHistory(path: path, options: options, now: now)
        }
        let problems = failure?.problems ?? []
        #expect(problems.count == 1)
        #expect(problems.first?.path == path && problems.first?.line == lines + 1)
        #expect(problems.first?.message.contains("lots") == true)
        #expect(try dump(store.database) == before)
    }

    @Test func theSpoolKeepsEveryValue() throws {
        let spool = try WorkoutSpool()
        let sets = [
            ImportedSet(
                line: 7, performedAt: Date(timeIntervalSinceReferenceDate: 123.456), exerciseName: "Bench Press",
                slug: "bench-press", setNumber: 3, reps: 5,
                load: .exact(WeightInput(bodyweight: true, amount: 12.5, unit: .lb)),
                durationS: 30.25, distanceM: nil, rpe: 8.5, rir: 2, kind: .drop, note: "tempo, \"slow\"\nthen fast",
                key: -42),
            ImportedSet(
                line: 1 << 40, performedAt: Date(timeIntervalSinceReferenceDate: -3e9), exerciseName: "Plank ✓",
                slug: nil, setNumber: nil, reps: nil, load: .exact(nil), durationS: nil, distanceM: 1609.344,
                rpe: nil, rir: nil, kind: .warmup, note: nil, key: .max),
            ImportedSet(
                line: 9, performedAt: Date(timeIntervalSinceReferenceDate: 0), exerciseName: "Bench Press",
                slug: nil, setNumber: nil, reps: 1000, load: .appLoad(amount: nil, unit: .kg), durationS: nil,
                distanceM: nil, rpe: nil, rir: 0, kind: .working, note: "", key: .min),
        ]
        let workouts = [
            ImportedWorkout(
                key: 1, name: "Push", note: nil, startedAt: Date(timeIntervalSinceReferenceDate: 100), finishedAt: nil,
                sets: sets),
            ImportedWorkout(
                key: -1, name: nil, note: "ñ", startedAt: Date(timeIntervalSinceReferenceDate: 5),
                finishedAt: Date(timeIntervalSinceReferenceDate: 65), sets: []),
        ]
        for workout in workouts { try spool.append(workout) }
        try spool.rewind()
        var read: [ImportedWorkout] = []
        while let workout = try spool.next() { read.append(workout) }
        #expect(described(read) == described(workouts))
        #expect(read.first?.sets.first?.load == sets[0].load)
    }
}
