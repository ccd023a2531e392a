import Foundation
import GRDB

extension WorkoutLog {
    /// Which of the exercises `ids` had a set logged last (the newest `performed_at`, then the
    /// newest set), for the exercise lookup's choice among variants; nil when none was logged or
    /// the log's tables do not exist yet. Runs inside the caller's transaction.
    static func lastLoggedExercise(among ids: [Int64], in db: Database) throws -> Int64? {
        guard try db.tableExists("logged_set") else { return nil }
        let placeholders = ids.map { _ in "?" }.joined(separator: ",")
        return try Int64.fetchOne(
            db,
            sql: """
                SELECT exercise_id FROM logged_set WHERE exercise_id IN (\(placeholders))
                ORDER BY performed_ms DESC, id DESC LIMIT 1
                """, arguments: StatementArguments(ids))
    }
}
