import Foundation
import GRDB

/// Where the streak walk stood at a moment in the past, for one time zone: a row of
/// `streak_memo`. The triggers of migration 0012 delete the row when a write touches a session
/// that started at or before that moment, so a row that is there is exact, and the walk goes on
/// from it with the newer sessions only.
struct StreakMemo: Equatable, Sendable {
    /// The identifier of the time zone whose local days the walk took.
    var timeZone: String
    /// The sessions that started at or before this moment are in `walk`; a whole second, so that
    /// its text and the sessions' texts compare as the moments do.
    var coversThrough: Date
    var walk: StreakWalk

    /// The memo kept for `timeZone`, if any.
    static func fetch(timeZone: String, in db: Database) throws -> StreakMemo? {
        guard let row = try Row.fetchOne(db, sql: fetchSQL, arguments: [timeZone]) else { return nil }
        return StreakMemo(
            timeZone: timeZone, coversThrough: row["covers_through"],
            walk: StreakWalk(
                lastDay: row["last_day"], dayRun: row["day_run"], longestDays: row["longest_days"],
                weekRun: row["week_run"], longestWeeks: row["longest_weeks"]))
    }

    static let fetchSQL = """
        SELECT covers_through, last_day, day_run, longest_days, week_run, longest_weeks
        FROM streak_memo WHERE time_zone = ?
        """

    /// Puts this memo in place of its time zone's.
    func store(in db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO streak_memo
                    (time_zone, covers_through, last_day, day_run, longest_days, week_run, longest_weeks)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                timeZone, coversThrough, walk.lastDay, walk.dayRun, walk.longestDays, walk.weekRun, walk.longestWeeks,
            ])
    }

    /// Walks the sessions with sets that started after `after` (after none: from the first) and
    /// at or before `through`, oldest first, into `walk`; returns how many it read. The bounds
    /// compare as text, as the triggers compare them, and the session-start index gives the order.
    static func walkStarts(
        after: Date?, through: Date, into walk: inout StreakWalk, days: inout LocalDays, in db: Database
    ) throws -> Int {
        var count = 0
        let newest = through.timeIntervalSince1970
        let starts = try Int64.fetchCursor(
            db, sql: startsSQL, arguments: [after?.databaseValue ?? "".databaseValue, through])
        while let milliseconds = try starts.next() {
            let start = Double(milliseconds) / 1000
            guard start <= newest else { continue }
            walk.take(day: days.ordinal(of: Date(timeIntervalSince1970: start)))
            count += 1
        }
        return count
    }

    /// The starts of the sessions with sets after `?` and at or before `?`, oldest first, in
    /// milliseconds since 1970 (as `InsightStore.sessionStartsSQL` reads them).
    static let startsSQL = """
        SELECT \(StoredTime.millisecondsSQL(of: "w.started_at")) FROM workout_session w
        WHERE w.started_at > ? AND w.started_at <= ? AND EXISTS (SELECT 1 FROM logged_set s WHERE s.session_id = w.id)
        ORDER BY w.started_at
        """
}
