import Foundation
import GRDB
import Testing

@testable import WlogCore

/// The main queries of `prs`, `record`'s record check, `summary`, `stats` and `report` use an
/// index, as SQLite plans them on the schema of every migration (statistics from `ANALYZE` on a
/// small log): none reads the whole `logged_set` table, and the recent-data ones read no whole
/// index either.
@Suite final class QueryPlanTests {
    let database: AppDatabase
    let folder: URL

    init() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        (self.database, folder) = (database, path.deletingLastPathComponent())
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let log = WorkoutLog(database: database)
        let lookup = ExerciseStore(database: database)
        let start = InsightFixture.time("2026-10-01T17:00:00Z")
        for day in 0..<20 {
            let time = start.addingTimeInterval(Double(day) * 86400)
            for (slug, request) in [
                ("bench-press", RecordRequest(sets: 3, reps: "5", weight: "\(60 + day)")),
                ("plank", RecordRequest(duration: "1m")), ("pull-up", RecordRequest(reps: "8", weight: "bw")),
            ] {
                _ = try log.record(
                    try RecordPlan.make(request, settings: LogSettings(), now: time),
                    exercise: try lookup.resolve(slug), now: time)
            }
        }
        try database.writer.write { db in try db.execute(sql: "ANALYZE") }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A time as the queries bind it: milliseconds, as `logged_set.performed_ms` holds them.
    static let now = StoredTime.milliseconds(of: Date())

    /// The plan of `sql`, one line per step.
    func plan(_ sql: String, _ arguments: StatementArguments = []) throws -> [String] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    /// Whether a step reads all of `logged_set`, by its table or by a whole index.
    func scansTheLog(_ steps: [String]) -> Bool {
        steps.contains { $0.range(of: #"^SCAN (logged_set|s|t)\b"#, options: .regularExpression) != nil }
    }

    @Test func recordCandidatesSeekTheRecordIndexes() throws {
        let day = InsightFixture.time("2026-10-05T00:00:00Z")
        for scope in [RecordCandidates.Scope.exercise(1), .logged(), .logged(since: day), .working("chest")] {
            let query = RecordCandidates.idsSQL(scope: scope)
            let steps = try plan(query.sql, query.arguments)
            #expect(!scansTheLog(steps), "\(steps)")
            for index in [
                "logged_set_for_load_records", "logged_set_for_rep_records", "logged_set_for_hold_records",
                "logged_set_for_distance_records",
            ] {
                #expect(steps.contains { $0.contains("USING INDEX \(index) (exercise_id=?") }, "\(index): \(steps)")
            }
        }
    }

    @Test func summaryReadsThePeriodAndTheSessionStarts() throws {
        let steps = try plan(InsightStore.totalsSQL, [Self.now, Self.now])
        #expect(
            !scansTheLog(steps)
                && steps.contains { $0.contains("USING INDEX logged_set_by_time (performed_ms>? AND performed_ms<?)") },
            "\(steps)")
        let period = try plan(InsightStore.periodSessionStartsSQL, [Self.now, Self.now])
        #expect(!scansTheLog(period) && period.contains { $0.contains("logged_set_by_time") }, "\(period)")
        let starts = try plan(InsightStore.sessionStartsSQL, [Date()])
        #expect(!scansTheLog(starts) && starts.contains { $0.contains("workout_session_by_start") }, "\(starts)")
        #expect(starts.contains { $0.contains("logged_set_by_session (session_id=?)") }, "\(starts)")
    }

    @Test func theReportGroupsEachRangeOfWeeksFromTheTimeIndex() throws {
        let steps = try plan(ReportFigures.rangeSQL, [Self.now, Self.now])
        #expect(
            !scansTheLog(steps)
                && steps.contains { $0.contains("logged_set_by_time (performed_ms>? AND performed_ms<?)") }, "\(steps)")
        let first = try plan(InsightStore.firstSetTimeSQL, [Self.now])
        #expect(
            !scansTheLog(first) && first.contains { $0.contains("logged_set_by_time (performed_ms>?)") }, "\(first)")
    }

    @Test func statsAndTheLastLineWalkTheExerciseIndex() throws {
        let stats = try plan(
            "SELECT \(HistoryEntry.selection) WHERE s.exercise_id = ? ORDER BY s.performed_ms, s.id", [1])
        #expect(
            !scansTheLog(stats) && stats.contains { $0.contains("logged_set_by_exercise (exercise_id=?)") }, "\(stats)")
        let last = try plan(
            "SELECT session_id FROM logged_set WHERE exercise_id = ? AND performed_ms < ? ORDER BY performed_ms DESC, id DESC LIMIT 1",
            [1, Self.now])
        #expect(
            last.contains { $0.contains("USING INDEX logged_set_by_exercise (exercise_id=? AND performed_ms<?)") },
            "\(last)")
    }

    @Test func partialIndexesServeTheLookupsByBatchAndImportKey() throws {
        let batch = try plan("SELECT id FROM logged_set WHERE batch_id = ?", [1])
        #expect(batch.contains { $0.contains("logged_set_by_batch (batch_id=?)") }, "\(batch)")
        let keys = try plan("SELECT import_key FROM logged_set WHERE import_key IS NOT NULL")
        #expect(keys.contains { $0.contains("logged_set_by_import_key") }, "\(keys)")
    }
}
