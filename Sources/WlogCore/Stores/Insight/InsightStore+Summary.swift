import Foundation
import GRDB

/// What `summary` reads: totals grouped in SQL and session starts, so that its cost follows the
/// period and the number of sessions, never the number of sets in the log.
extension InsightStore {
    /// Everything `summary` shows for `period` as of `now`, with the streaks of the whole log and
    /// the unit weights are shown in and the active program's place, read in one transaction (so a
    /// set stored meanwhile is in every figure or in none). The streaks go on from the memo of an
    /// earlier walk; a new memo is stored on the way when that costs no wait (`readKeepingStreakMemo`).
    public func summary(of period: SummaryPeriod, now: Date, timeZone: TimeZone) throws -> TrainingSummary {
        let range = period.range(now: now, timeZone: timeZone)
        return try readKeepingStreakMemo { db in
            let totals = try Self.totals(from: range.from, until: range.until, in: db)
            let streaks = try Self.streakReading(
                asOf: min(now, range.until.addingTimeInterval(-1)), timeZone: timeZone, in: db)
            var summary = TrainingSummary.make(
                totals: totals, sessionStarts: try Self.sessionStarts(from: range.from, until: range.until, in: db),
                streaks: streaks.streaks,
                primaryMuscles: try Self.primaryMuscles(of: Set(totals.map(\.exerciseID)), in: db),
                from: range.from, until: range.until, timeZone: timeZone, unit: try SettingsStore.load(db).defaultUnit)
            summary.program = try ProgramRows.activePlace(db)
            return (summary, streaks.memo)
        }
    }

    /// Each exercise's totals over the sets done from `from` to before `until` (one grouped
    /// query over the time index's range).
    public func totals(from: Date, until: Date) throws -> [ExerciseTotals] {
        try database.read { db in try Self.totals(from: from, until: until, in: db) }
    }

    static func totals(from: Date, until: Date, in db: Database) throws -> [ExerciseTotals] {
        try Row.fetchAll(
            db, sql: totalsSQL, arguments: [StoredTime.milliseconds(of: from), StoredTime.milliseconds(of: until)]
        ).map { row in
            ExerciseTotals(
                exerciseID: row["exercise_id"], slug: row["slug"], exercise: row["name"], sets: row["sets"],
                warmupSets: row["warmups"], reps: row["reps"], volumeKg: row["volume"],
                durationS: row["duration"], distanceM: row["distance"])
        }
    }

    /// Each exercise's totals from the sets of a period (`?` from, `?` until). The time index is
    /// named: with statistics from `ANALYZE` on a large log SQLite otherwise skip-scans the
    /// exercise index to group without sorting, and reads the period's rows out of time order.
    static let totalsSQL = """
        SELECT s.exercise_id, e.slug, e.name,
               SUM(s.kind <> 'warmup') AS sets, SUM(s.kind = 'warmup') AS warmups,
               COALESCE(SUM(CASE WHEN s.kind <> 'warmup' THEN s.reps END), 0) AS reps,
               COALESCE(SUM(CASE WHEN s.kind <> 'warmup' AND s.bodyweight = 0 AND s.weight_kg > 0 THEN s.reps * s.weight_kg END), 0) AS volume,
               COALESCE(SUM(CASE WHEN s.kind <> 'warmup' THEN s.duration_s END), 0) AS duration,
               COALESCE(SUM(CASE WHEN s.kind <> 'warmup' THEN s.distance_m END), 0) AS distance
        FROM logged_set s INDEXED BY logged_set_by_time JOIN exercise e ON e.id = s.exercise_id
        WHERE s.performed_ms >= ? AND s.performed_ms < ?
        GROUP BY s.exercise_id ORDER BY s.exercise_id
        """

    /// The starts of the sessions with sets in a period (`?` from, `?` until).
    static let periodSessionStartsSQL = """
        SELECT started_at FROM workout_session
        WHERE id IN (SELECT session_id FROM logged_set WHERE performed_ms >= ? AND performed_ms < ?)
        ORDER BY started_at
        """

    /// The starts of the sessions with sets, newest first, up to `?`, in milliseconds since
    /// 1970 (SQLite keeps a time as whole milliseconds, so rounding gives them back exactly): an
    /// integer per session instead of a text that Swift parses into a date through a calendar,
    /// which was most of the Swift side of the walk on a long log.
    static let sessionStartsSQL = """
        SELECT \(StoredTime.millisecondsSQL(of: "w.started_at")) FROM workout_session w
        WHERE w.started_at <= ? AND EXISTS (SELECT 1 FROM logged_set s WHERE s.session_id = w.id)
        ORDER BY w.started_at DESC
        """

    /// When each session with sets done from `from` to before `until` started.
    public func sessionStarts(from: Date, until: Date) throws -> [Date] {
        try database.read { db in try Self.sessionStarts(from: from, until: until, in: db) }
    }

    static func sessionStarts(from: Date, until: Date, in db: Database) throws -> [Date] {
        try Date.fetchAll(
            db, sql: periodSessionStartsSQL,
            arguments: [StoredTime.milliseconds(of: from), StoredTime.milliseconds(of: until)])
    }

    /// When each session of the log that has sets started, newest first, up to `asOf`: the whole
    /// walk, one index entry per session (with one seek each to skip sessions left empty). The
    /// streaks of `summary` read only its last weeks, going on from a memo of the rest
    /// (`streaks(asOf:timeZone:)`); this full list is the walk they fall back on when the
    /// session starts do not sort as their moments, and what tests check them against.
    public func sessionStarts(through asOf: Date) throws -> [Date] {
        try database.read { db in try Self.sessionStarts(through: asOf, in: db) }
    }

    static func sessionStarts(through asOf: Date, in db: Database) throws -> [Date] {
        try Int64.fetchAll(db, sql: sessionStartsSQL, arguments: [asOf]).map {
            Date(timeIntervalSince1970: Double($0) / 1000)
        }
    }
}
