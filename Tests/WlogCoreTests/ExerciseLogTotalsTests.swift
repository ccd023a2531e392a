import Foundation
import GRDB
import Testing

@testable import WlogCore

/// `exercise_log_totals` holds each exercise's totals over the whole log, kept by triggers on
/// `logged_set`: after every kind of write it must equal the figures grouped from the sets
/// themselves (counts exactly, amounts within 1e-6), whichever path wrote them.
@Suite final class ExerciseLogTotalsTests {
    let database: AppDatabase
    let path: URL
    let log: WorkoutLog
    let exercises: ExerciseStore
    let start = InsightFixture.time("2026-03-02T17:00:00Z")
    static let berlin = InsightFixture.berlin

    /// Three sessions two days apart: bench press (a warm-up, kg and lb sets, a drop set),
    /// bodyweight and weighted pull-ups, a plank and a farmer's walk.
    init() throws {
        (database, path) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        log = WorkoutLog(database: database)
        exercises = ExerciseStore(database: database)
        for day in 0..<3 {
            try InsightFixture.record(
                [
                    ("bench-press", RecordRequest(reps: "10", weight: "40", warmup: true)),
                    ("bench-press", RecordRequest(sets: 2, reps: "\(5 + day)", weight: "82.5")),
                    ("bench-press", RecordRequest(reps: "8", weight: "135lb", kind: .drop)),
                    ("pull-up", RecordRequest(reps: "8", weight: day == 1 ? "bw+10kg" : "bw")),
                    ("plank", RecordRequest(duration: "\(60 + day)s")),
                    ("farmers-walk", RecordRequest(weight: "24", distance: "40.3m")),
                ], at: start.addingTimeInterval(Double(day) * 2 * 86400), in: database)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: path.deletingLastPathComponent())
    }

    /// The table's rows and the figures grouped from the sets, by exercise id.
    static func tableAndRecomputed(in database: AppDatabase) throws -> (table: [Int64: Row], sets: [Int64: Row]) {
        try database.writer.read { db in
            let table = try Row.fetchAll(db, sql: "SELECT * FROM exercise_log_totals")
            let sets = try Row.fetchAll(
                db,
                sql: """
                    SELECT exercise_id, SUM(kind <> 'warmup') AS sets, SUM(kind = 'warmup') AS warmup_sets,
                           COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN reps END), 0) AS reps,
                           COALESCE(SUM(CASE WHEN kind <> 'warmup' AND bodyweight = 0 AND weight_kg > 0
                                             THEN reps * weight_kg END), 0) AS volume_kg,
                           COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN duration_s END), 0) AS duration_s,
                           COALESCE(SUM(CASE WHEN kind <> 'warmup' THEN distance_m END), 0) AS distance_m,
                           SUM(kind <> 'warmup' AND duration_s IS NOT NULL AND reps IS NULL AND distance_m IS NULL) AS holds,
                           COUNT(DISTINCT session_id) AS sessions
                    FROM logged_set GROUP BY exercise_id
                    """)
            return (
                Dictionary(uniqueKeysWithValues: table.map { ($0["exercise_id"], $0) }),
                Dictionary(uniqueKeysWithValues: sets.map { ($0["exercise_id"], $0) })
            )
        }
    }

    /// Expects the table to equal the figures of the sets, after `step`.
    static func expectExact(_ database: AppDatabase, after step: String) throws {
        let (table, sets) = try tableAndRecomputed(in: database)
        #expect(Set(table.keys) == Set(sets.keys), "\(step): exercises")
        for (id, wanted) in sets {
            guard let row = table[id] else { continue }
            for column in ["sets", "warmup_sets", "reps", "holds", "sessions"] {
                #expect(row[column] as Int == wanted[column] as Int, "\(step): exercise \(id) \(column)")
            }
            for column in ["volume_kg", "duration_s", "distance_m"] {
                #expect(
                    abs((row[column] as Double) - (wanted[column] as Double)) < 1e-6,
                    "\(step): exercise \(id) \(column)")
            }
        }
    }

    func setIDs(of slug: String) throws -> [Int64] {
        let exercise = try exercises.resolve(slug)
        return try log.history(exercise: slug).filter { $0.set.exerciseId == exercise.id }.compactMap(\.set.id)
            .sorted()
    }

    @Test func recordingAndImportingAddEachSet() throws {
        try Self.expectExact(database, after: "record")
        #expect(try Self.tableAndRecomputed(in: database).table.count == 4)
        for (name, text) in [("strong.csv", HistoryFixtures.strong), ("hevy.csv", HistoryFixtures.hevyKilograms)] {
            _ = try log.importHistory(
                data: Data(text.utf8), path: name,
                options: HistoryFile.Options(format: nil, strongUnit: .kg, timeZone: Self.berlin),
                now: start.addingTimeInterval(30 * 86400))
            try Self.expectExact(database, after: "import \(name)")
        }
        _ = try log.undo()
        try Self.expectExact(database, after: "undo of an import")
    }

    @Test func editingEachFieldKeepsTheTotals() throws {
        let bench = try setIDs(of: "bench-press")
        let plank = try setIDs(of: "plank")
        let walk = try setIDs(of: "farmers-walk")
        let edits: [(Int64, SetChanges, String)] = [
            (bench[1], SetChanges(reps: "12"), "reps"),
            (bench[2], SetChanges(weight: "200lb"), "weight"),
            (bench[3], SetChanges(weight: "bw"), "weight to bodyweight"),
            (bench[0], SetChanges(kind: .working), "warm-up to working"),
            (bench[4], SetChanges(kind: .warmup), "working to warm-up"),
            (plank[0], SetChanges(reps: "3"), "a hold given reps"),
            (plank[1], SetChanges(duration: "90s"), "duration"),
            (walk[0], SetChanges(distance: "55.5m"), "distance"),
            (walk[1], SetChanges(rpe: "8", note: "windy"), "rpe and note, read by no total"),
            (bench[5], SetChanges(at: "2026-02-01 10:00"), "time, to a new first set in a new session"),
            (bench[6], SetChanges(at: "2026-03-02 18:20"), "time, to another session"),
            (walk[2], SetChanges(at: "2026-04-01 10:00"), "time, to a new last set"),
        ]
        for (id, changes, step) in edits {
            _ = try log.editSet(id: id, changes, now: start.addingTimeInterval(60 * 86400), timeZone: Self.berlin)
            try Self.expectExact(database, after: "edit of \(step)")
        }
        for (_, _, step) in edits.reversed() {
            _ = try log.undo()
            try Self.expectExact(database, after: "undo of the edit of \(step)")
        }
    }

    @Test func movingSetsBetweenSessionsAndExercisesKeepsTheTotals() throws {
        let plank = try exercises.resolve("plank")
        let bench = try setIDs(of: "bench-press")
        let sessions = try log.sessions().compactMap(\.session.id)
        try database.writer.write { db in
            try db.execute(
                sql: "UPDATE logged_set SET exercise_id = ? WHERE id IN (?, ?)",
                arguments: [plank.id, bench[0], bench[7]])
        }
        try Self.expectExact(database, after: "a warm-up and a working set moved to another exercise")
        try database.writer.write { db in
            try db.execute(
                sql: "UPDATE logged_set SET session_id = ? WHERE id = ?", arguments: [sessions[0], bench[8]])
        }
        try Self.expectExact(database, after: "a set moved to a session that has its exercise")
        let pullUp = try exercises.resolve("pull-up")
        let pullUps = try setIDs(of: "pull-up")
        try database.writer.write { db in
            try db.execute(
                sql: "UPDATE logged_set SET session_id = ?, exercise_id = ? WHERE id = ?",
                arguments: [sessions[2], plank.id, pullUps[0]])
        }
        try Self.expectExact(database, after: "a set moved to another session and exercise at once")
        try database.writer.write { db in
            try db.execute(
                sql: "UPDATE logged_set SET exercise_id = ? WHERE exercise_id = ?", arguments: [plank.id, pullUp.id])
        }
        try Self.expectExact(database, after: "every set of an exercise merged into another")
    }

    @Test func deletingAndUndoingKeepTheTotals() throws {
        let walk = try setIDs(of: "farmers-walk")
        _ = try log.deleteSet(id: walk[0], now: start.addingTimeInterval(9 * 86400))
        try Self.expectExact(database, after: "delete of the first set")
        _ = try log.deleteSet(id: walk[2], now: start.addingTimeInterval(9 * 86400))
        try Self.expectExact(database, after: "delete of the last set")
        let session = try #require(try log.sessions().first?.session.id)
        _ = try log.deleteSession(id: session, now: start.addingTimeInterval(9 * 86400))
        try Self.expectExact(database, after: "delete of a session")
        for step in ["session", "last set", "first set"] {
            _ = try log.undo()
            try Self.expectExact(database, after: "undo of the delete of the \(step)")
        }
        for set in walk {
            _ = try log.deleteSet(id: set, now: start.addingTimeInterval(9 * 86400))
        }
        try Self.expectExact(database, after: "every set of an exercise deleted")
        #expect(try Self.tableAndRecomputed(in: database).table.count == 3)
    }

    @Test func restoringAnOlderBackupBringsItsTotals() throws {
        let backup = path.deletingLastPathComponent().appendingPathComponent("older.sqlite").path
        try DatabaseMaintenance(database: database).backup(to: backup)
        try InsightFixture.record(
            [("deadlift", RecordRequest(sets: 3, reps: "3", weight: "180"))], at: start.addingTimeInterval(20 * 86400),
            in: database)
        try Self.expectExact(database, after: "a record after the backup")
        try database.writer.close()
        _ = try DatabaseMaintenance.restore(
            from: backup, into: path.path, now: start.addingTimeInterval(21 * 86400), timeZone: Self.berlin)
        let restored = try AppDatabase(path: path.path)
        try Self.expectExact(restored, after: "restore")
        #expect(try Self.tableAndRecomputed(in: restored).table.count == 4)
        try restored.writer.close()
    }
}
