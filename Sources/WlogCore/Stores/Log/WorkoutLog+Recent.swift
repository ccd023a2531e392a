import GRDB

/// The queries behind "the newest N sessions" (`sessions --last N`, `history [EXERCISE] --last N`):
/// each picks the sessions first, through an index walked newest first, and reads only their
/// sets, so that the cost grows with what is shown rather than with the log.
extension WorkoutLog {
    /// The sessions are picked first (newest first, through `workout_session_by_start`) and only
    /// those are aggregated, so `sessions --last 10` reads ten sessions' sets, not the whole log.
    static func summariesSQL(where condition: String) -> String {
        """
        SELECT w.*, MIN(s.performed_at) AS first_set_at, MAX(s.performed_at) AS last_set_at,
               COUNT(DISTINCT s.exercise_id) AS exercises, COUNT(s.id) AS sets,
               COALESCE(SUM(CASE WHEN s.bodyweight = 0 THEN s.reps * s.weight_kg END), 0) AS volume_kg
        FROM (SELECT * FROM workout_session w WHERE \(condition) ORDER BY w.started_at DESC, w.id DESC LIMIT ?) w
        LEFT JOIN logged_set s ON s.session_id = w.id
        GROUP BY w.id ORDER BY w.started_at DESC, w.id DESC
        """
    }

    /// The sets that match `condition`, newest first.
    static func historySQL(matching condition: String) -> String {
        "SELECT \(HistoryEntry.selection) WHERE \(condition) ORDER BY \(historyOrder)"
    }

    /// The sets that match `condition` in the sessions listed (a JSON array of ids, bound after
    /// the condition's arguments), newest first. The sessions drive the join (`CROSS JOIN` keeps
    /// them outside), so each is looked up by its id, never by walking a time index over the log.
    /// The session index is named: for one exercise the planner would otherwise read all of that
    /// exercise's sets once per session through the exercise index (a session holds a few dozen
    /// sets; an exercise's history grows with the log).
    static func historyInSessionsSQL(matching condition: String) -> String {
        """
        SELECT \(HistoryEntry.columns) FROM json_each(?) AS chosen CROSS JOIN logged_set s INDEXED BY logged_set_by_session ON s.session_id = chosen.value
        JOIN exercise e ON e.id = s.exercise_id WHERE \(condition) ORDER BY \(historyOrder)
        """
    }

    private static let historyOrder =
        "s.performed_ms DESC, s.session_id DESC, s.exercise_id, s.set_number DESC, s.id DESC"

    /// The sets that match, newest first, read through a time index (`logged_set_by_time`, or
    /// `logged_set_by_exercise` for one exercise) so that the walk can stop early.
    static func newestSetsSQL(matching condition: String) -> String {
        "SELECT s.session_id FROM logged_set s WHERE \(condition) ORDER BY s.performed_ms DESC"
    }

    /// The `count` sessions whose latest matching set is newest: the sets are walked newest first
    /// and the walk stops at the `count`-th distinct session, so the cost grows with what is shown.
    static func newestSessions(_ count: Int, matching filter: HistoryFilter, in db: Database) throws -> [Int64] {
        var sessions: [Int64] = []
        var seen = Set<Int64>()
        let cursor = try Int64.fetchCursor(
            db, sql: newestSetsSQL(matching: filter.condition), arguments: filter.arguments)
        while sessions.count < count, let session = try cursor.next() {
            if seen.insert(session).inserted { sessions.append(session) }
        }
        return sessions
    }
}
