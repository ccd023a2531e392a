import Foundation
import GRDB

/// What `report` reads (`ReportFigures`): over the whole log, each exercise's totals from
/// `exercise_log_totals` and only the chart weeks from the log; from a date on, the log grouped in
/// SQL a range of weeks at a time. Memory holds figures (a row per exercise and chart week, a few
/// record candidates), never the sets.
extension InsightStore {
    /// The report of the sets from `since` on (or all), as of `now`, in the unit of the `unit`
    /// setting, read in one read transaction. `progress` hears how many steps are done out of how
    /// many (a step is a range of weeks, then the records and the calendar).
    public func report(
        since: Date?, now: Date, timeZone: TimeZone, progress: ((Int, Int) -> Void)? = nil
    ) throws -> TrainingReport {
        try database.read { db in
            let unit = try SettingsStore.load(db).defaultUnit
            let buckets = WeeklyBuckets(timeZone: timeZone)
            let first = try Self.firstSetTime(since: since, in: db) ?? now
            let weeks = buckets.weeks(from: first, through: max(first, now))
            let figures = try ReportFigures.read(
                weeks: weeks, chartWeeks: TrainingReport.chartWeeks, since: since,
                progress: progress.map { report in { done, total in report(done, total + 1) } }, in: db)
            let chart = Array(weeks.suffix(TrainingReport.chartWeeks))
            let names = try Self.names(of: Set(figures.exercises.keys), in: db)
            let candidates = Dictionary(
                grouping: try RecordCandidates.entries(scope: .logged(since: since), in: db), by: \.set.exerciseId)
            let exercises = figures.exercises.map { id, figure -> ExerciseStats in
                let name = names[id] ?? (slug: "", name: "")
                let firstWeek = buckets.week(containing: figure.firstAt)
                return ExerciseStats.make(
                    slug: name.slug, exercise: name.name, totals: figure.totals, sessions: figure.sessions,
                    firstAt: figure.firstAt, lastAt: figure.lastAt, holds: figure.holds,
                    weeks: chart.filter { $0 >= firstWeek }.map { figure.chartWeeks[$0] ?? WeekFigures.empty($0) },
                    candidates: candidates[id] ?? [])
            }
            let totals = exercises.map(\.totals).sorted { $0.exerciseID < $1.exerciseID }
            let until = max(first, now).addingTimeInterval(60)
            let summary = TrainingSummary.make(
                totals: totals, sessionStarts: try Self.sessionStarts(since: since, through: now, in: db),
                streaks: try Self.streaks(asOf: min(now, until.addingTimeInterval(-1)), timeZone: timeZone, in: db),
                primaryMuscles: try Self.primaryMuscles(of: Set(totals.map(\.exerciseID)), in: db),
                from: first, until: until, timeZone: timeZone, unit: unit)
            let calendar = TrainingReport.calendarWeeks(now: now, timeZone: timeZone)
            let report = TrainingReport(
                generatedAt: now, timeZone: timeZone, unit: unit,
                setsPerDay: try Self.setsPerDay(
                    from: max(calendar.first?.start ?? now, since ?? .distantPast), timeZone: timeZone, in: db),
                calendar: calendar, exercises: exercises.sorted { ($1.sets, $0.exercise) < ($0.sets, $1.exercise) },
                records: PersonalRecords.current(in: candidates.values.flatMap { $0 }), summary: summary,
                programs: try ProgramStore.recentSetResults(in: db))
            progress?(figures.steps + 1, figures.steps + 1)
            return report
        }
    }

    /// When the first set from `since` on (or of the log) was done, from the time index.
    static func firstSetTime(since: Date?, in db: Database) throws -> Date? {
        try Date.fetchOne(db, sql: firstSetTimeSQL, arguments: [since.map(StoredTime.milliseconds(of:)) ?? Int64.min])
    }

    /// The time of the first set from `?` on.
    static let firstSetTimeSQL =
        "SELECT performed_at FROM logged_set INDEXED BY logged_set_by_time WHERE performed_ms >= ? ORDER BY performed_ms LIMIT 1"

    /// The slug and name of each exercise of `ids`.
    static func names(of ids: Set<Int64>, in db: Database) throws -> [Int64: (slug: String, name: String)] {
        guard !ids.isEmpty else { return [:] }
        let placeholders = ids.map { _ in "?" }.joined(separator: ",")
        var names: [Int64: (slug: String, name: String)] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, slug, name FROM exercise WHERE id IN (\(placeholders))",
            arguments: StatementArguments(Array(ids)))
        {
            names[row["id"]] = (row["slug"], row["name"])
        }
        return names
    }

    /// When each session with sets started (from `since`, through `now`).
    static func sessionStarts(since: Date?, through now: Date, in db: Database) throws -> [Date] {
        try Date.fetchAll(
            db,
            sql: """
                SELECT w.started_at FROM workout_session w
                WHERE w.started_at <= ? AND EXISTS (SELECT 1 FROM logged_set s WHERE s.session_id = w.id AND s.performed_ms >= ?)
                ORDER BY w.started_at
                """, arguments: [now, since.map(StoredTime.milliseconds(of:)) ?? Int64.min])
    }

    /// Sets per local day, each session's sets on the day the session started.
    static func setsPerDay(from start: Date, timeZone: TimeZone, in db: Database) throws -> [TrainingDay: Int] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT w.started_at, (SELECT COUNT(*) FROM logged_set s WHERE s.session_id = w.id AND s.performed_ms >= ?) AS sets
                FROM workout_session w WHERE w.started_at >= ?
                """, arguments: [StoredTime.milliseconds(of: start), start])
        var days: [TrainingDay: Int] = [:]
        for row in rows {
            let sets: Int = row["sets"]
            if sets > 0 { days[TrainingDay(containing: row["started_at"], timeZone: timeZone), default: 0] += sets }
        }
        return days
    }
}
