import Foundation
import GRDB
import Testing

@testable import WlogCore

/// "The newest N sessions" (`history [EXERCISE] --last N`, `sessions --last N`): the same answer
/// as reading the whole log, from queries whose plans reach `logged_set` through an index and
/// never sort the whole log before the limit.
@Suite struct RecentQueriesTests {
    /// The seeded copy this test works on; its folder goes when the test ends.
    let seeded: SeededStore
    let database: AppDatabase
    let log: WorkoutLog

    /// 40 sessions a day apart, sets of three exercises in each; the sessions start in an order
    /// that differs from the order of their latest sets (session 40 is the oldest), and one
    /// session has no set.
    init() throws {
        seeded = try SeededStore()
        database = seeded.database
        log = WorkoutLog(database: database)
        try database.writer.write { db in
            let exercises = try Int64.fetchAll(db, sql: "SELECT id FROM exercise ORDER BY id LIMIT 3")
            for day in 0..<40 {
                let sessionID = Int64(day + 1)
                let start = Date(timeIntervalSince1970: 1_700_000_000 + Double(day == 39 ? -1 : day) * 86_400)
                try db.execute(
                    sql: "INSERT INTO workout_session (id, started_at, created_at) VALUES (?, ?, ?)",
                    arguments: [sessionID, start, start])
                for index in 0..<(day % 4 + 2) {
                    let exercise = exercises[(day + index) % (day % 5 == 0 ? 1 : exercises.count)]
                    let time = start.addingTimeInterval(Double(index) * 300)
                    try db.execute(
                        sql: """
                            INSERT INTO logged_set (session_id, exercise_id, performed_at, set_number, reps, weight_kg, weight_unit, bodyweight, kind, created_at)
                            VALUES (?, ?, ?, ?, 5, 100, 'kg', 0, 'working', ?)
                            """, arguments: [sessionID, exercise, time, index + 1, time])
                }
            }
            let empty = Date(timeIntervalSince1970: 1_700_000_000 + 20.5 * 86_400)
            try db.execute(
                sql: "INSERT INTO workout_session (id, started_at, created_at) VALUES (41, ?, ?)",
                arguments: [empty, empty])
        }
    }

    /// The sets of the `count` sessions whose latest matching set is newest, read from the whole history.
    func bruteForce(_ filter: HistoryFilter, count: Int) throws -> [HistoryEntry] {
        var unlimited = filter
        unlimited.lastSessions = nil
        let all = try log.history(unlimited)
        let latest = Dictionary(grouping: all, by: \.set.sessionId).mapValues {
            $0.map(\.set.performedAt).max() ?? .distantPast
        }
        let chosen = Set(latest.sorted { $0.value > $1.value }.prefix(count).map(\.key))
        return all.filter { chosen.contains($0.set.sessionId) }
    }

    @Test(arguments: [1, 3, 10, 50])
    func historyOfTheLastSessionsMatchesTheWholeLog(count: Int) throws {
        let exercise = try database.writer.read { db in try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM exercise") }
        let since = Date(timeIntervalSince1970: 1_700_000_000 + 10 * 86_400)
        for filter in [
            HistoryFilter(), HistoryFilter(exerciseID: exercise), HistoryFilter(exerciseID: exercise, since: since),
            HistoryFilter(until: since),
        ] {
            var limited = filter
            limited.lastSessions = count
            let expected = try bruteForce(filter, count: count)
            #expect(try log.history(limited) == expected, "\(filter)")
            #expect(
                Set(expected.map(\.set.sessionId)).count
                    == min(count, Set(try log.history(filter).map(\.set.sessionId)).count))
        }
    }

    @Test(arguments: [1, 3, 10, 50])
    func theLastSessionsMatchTheWholeList(count: Int) throws {
        let all = try log.sessions()
        #expect(all.count == 41)
        #expect(try log.sessions(last: count) == Array(all.prefix(count)))
        #expect(all.map(\.session.startedAt) == all.map(\.session.startedAt).sorted(by: >))
    }

    /// `EXPLAIN QUERY PLAN` of `sql` (each parameter bound to 1), one detail per line.
    func plan(_ sql: String) throws -> [String] {
        let arguments = StatementArguments(Array(repeating: 1, count: sql.filter { $0 == "?" }.count))
        return try database.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    /// No step reads `logged_set` (as `s`) without an index.
    func expectNoFullScan(_ plan: [String], _ query: String) {
        #expect(!plan.contains { $0.hasPrefix("SCAN s") && !$0.contains("INDEX") }, "\(query): \(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN logged_set") }, "\(query): \(plan)")
    }

    /// Plans are checked without statistics (a new database) and with them (after `ANALYZE`).
    @Test(arguments: [false, true])
    func theQueriesReachTheSetsThroughAnIndex(analyzed: Bool) throws {
        if analyzed { try database.writer.write { db in try db.execute(sql: "ANALYZE") } }
        for condition in ["1", "s.exercise_id = ?", "s.exercise_id = ? AND s.performed_ms >= ?", "s.performed_ms < ?"] {
            let walk = try plan(WorkoutLog.newestSetsSQL(matching: condition))
            expectNoFullScan(walk, condition)
            #expect(
                walk.contains { $0.hasPrefix("SCAN s USING") || $0.hasPrefix("SEARCH s USING") },
                "\(condition): \(walk)")
            #expect(
                !walk.contains { $0.contains("TEMP B-TREE") },
                "the walk must be able to stop early: \(condition): \(walk)")

            let history = try plan(WorkoutLog.historyInSessionsSQL(matching: condition))
            expectNoFullScan(history, condition)
            #expect(
                history.contains { $0.hasPrefix("SEARCH s USING") && $0.contains("session_id=?") },
                "\(condition): \(history)")
            if condition.contains("exercise_id") {
                #expect(
                    history.contains { $0.contains("logged_set_by_session (session_id=?)") },
                    "one exercise's sets of each session: \(history)")
            }
        }
        let sessions = try plan(WorkoutLog.summariesSQL(where: "1"))
        expectNoFullScan(sessions, "sessions")
        #expect(
            sessions.contains {
                $0.contains("USING INDEX workout_session_by_start")
                    || $0.contains("USING COVERING INDEX workout_session_by_start")
            },
            "\(sessions)")
        #expect(sessions.contains { $0.hasPrefix("SEARCH s USING") && $0.contains("session_id=?") }, "\(sessions)")
    }
}
