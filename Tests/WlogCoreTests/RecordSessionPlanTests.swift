import Foundation
import GRDB
import Testing

@testable import WlogCore

/// `record` reads the sets of one exercise in one session (the next set number, the last
/// performance) from the session index, which holds a session's few sets, and not from the
/// exercise index, which holds every set of the exercise. SQLite prefers the exercise index when
/// it has no statistics while the session index has some: the state migration 0014 leaves a log
/// that was analyzed, since rebuilding an index drops its statistics.
@Suite struct RecordSessionPlanTests {
    @Test func recordReadsASessionsSetsOfAnExerciseFromTheSessionIndex() throws {
        let test = try RecentPlanLog(analyzed: true)
        try test.database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DELETE FROM sqlite_stat1 WHERE idx = 'logged_set_by_exercise'")
            try db.execute(sql: "ANALYZE sqlite_schema")
        }
        let slug = try test.database.writer.read { db in
            try #require(try String.fetchOne(db, sql: "SELECT slug FROM exercise ORDER BY id LIMIT 1"))
        }
        let plans = try test.plans(
            of: try test.statements {
                _ = try ProgramStore(database: test.database).record(
                    RecordRequest(sets: 2, reps: "5", weight: "300"), of: slug, now: test.now)
            })
        let bySession = plans.filter { $0.sql.contains("session_id = ") && $0.sql.contains("exercise_id = ") }
        #expect(bySession.count >= 2, "\(plans.map(\.sql))")
        for plan in bySession {
            #expect(
                plan.steps.contains { $0.contains("INDEX logged_set_by_session (session_id=?)") },
                "\(plan.sql)\n\(plan.steps)")
            #expect(!plan.steps.contains { $0.contains("logged_set_by_exercise (exercise_id=?)") }, "\(plan.sql)")
        }
    }
}
