import Foundation
import GRDB

/// What `report` reads: the log grouped in SQL, week by week, so that memory holds figures
/// (an exercise's weeks, a few record candidates), never the sets.
extension InsightStore {
    /// The report of the sets from `since` on (or all), as of `now`.
    public func report(since: Date?, now: Date, timeZone: TimeZone, unit: WeightUnit) throws -> TrainingReport {
        try database.read { db in
            let overviews = try Self.overviews(since: since, in: db)
            let buckets = WeeklyBuckets(timeZone: timeZone)
            let first = overviews.map(\.firstAt).min() ?? now
            let weeks = buckets.weeks(from: first, through: max(first, now))
            var figures: [Int64: [IsoWeek: WeekFigures]] = [:]
            var totals: [Int64: ExerciseTotals] = [:]
            var sessions: [Int64: Int] = [:]
            for week in weeks {
                for (id, figure, total, weekSessions) in try Self.weekFigures(week, since: since, in: db) {
                    figures[id, default: [:]][week] = figure
                    totals[id] = totals[id].map { $0.adding(total) } ?? total
                    sessions[id, default: 0] += weekSessions
                }
            }
            let candidates = Dictionary(
                grouping: try RecordCandidates.entries(scope: .logged(since: since), in: db), by: \.set.exerciseId)
            let exercises = overviews.compactMap { overview -> ExerciseStats? in
                guard let total = totals[overview.id] else { return nil }
                let own = buckets.weeks(from: overview.firstAt, through: max(overview.firstAt, now)).map { week in
                    figures[overview.id]?[week] ?? WeekFigures.empty(week)
                }
                return ExerciseStats.make(
                    slug: overview.slug, exercise: overview.name, totals: total, sessions: sessions[overview.id] ?? 0,
                    firstAt: overview.firstAt, lastAt: overview.lastAt, weeks: own,
                    candidates: candidates[overview.id] ?? [])
            }
            let summaryTotals = totals.values.sorted { $0.exerciseID < $1.exerciseID }
            let starts = try Self.sessionStarts(since: since, through: now, in: db)
            let summary = TrainingSummary.make(
                totals: summaryTotals, sessionStarts: starts,
                allSessionStarts: try Self.sessionStarts(since: nil, through: now, in: db),
                primaryMuscles: try Self.primaryMuscles(of: Set(totals.keys), in: db),
                from: first, until: max(first, now).addingTimeInterval(60), now: now, timeZone: timeZone, unit: unit)
            let calendar = TrainingReport.calendarWeeks(now: now, timeZone: timeZone)
            return TrainingReport(
                generatedAt: now, timeZone: timeZone, unit: unit,
                setsPerDay: try Self.setsPerDay(
                    from: max(calendar.first?.start ?? now, since ?? .distantPast), timeZone: timeZone, in: db),
                calendar: calendar, exercises: exercises.sorted { ($1.sets, $0.exercise) < ($0.sets, $1.exercise) },
                records: PersonalRecords.current(in: candidates.values.flatMap { $0 }), summary: summary)
        }
    }

    /// One exercise's first and last set, from the exercise index alone.
    struct Overview {
        var id: Int64
        var slug: String
        var name: String
        var firstAt: Date
        var lastAt: Date
    }

    static func overviews(since: Date?, in db: Database) throws -> [Overview] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT s.exercise_id, e.slug, e.name, MIN(s.performed_at) AS first_at, MAX(s.performed_at) AS last_at
                FROM logged_set s INDEXED BY logged_set_by_exercise JOIN exercise e ON e.id = s.exercise_id
                WHERE s.performed_at >= ? GROUP BY s.exercise_id
                """, arguments: [since?.databaseValue ?? "".databaseValue]
        ).map { row in
            Overview(
                id: row["exercise_id"], slug: row["slug"], name: row["name"], firstAt: row["first_at"],
                lastAt: row["last_at"])
        }
    }

    /// Every exercise's figures, totals and sessions in one week, grouped by SQL over the week's
    /// range of the time index. (A session that runs past midnight into a new week counts in both.)
    static func weekFigures(_ week: IsoWeek, since: Date?, in db: Database) throws -> [(
        Int64, WeekFigures, ExerciseTotals, Int
    )] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: weekFiguresSQL), arguments: [max(week.start, since ?? week.start), week.end])
        var figures: [(Int64, WeekFigures, ExerciseTotals, Int)] = []
        while let row = try rows.next() {
            let id: Int64 = row["exercise_id"]
            let figure = WeekFigures(
                week: week, sets: row["sets"], reps: row["reps"], volumeKg: row["volume"], durationS: row["duration"],
                distanceM: row["distance"], bestOneRepMaxKg: row["best_estimate"], mostReps: row["most_reps"],
                longestHoldS: row["longest_hold"], longestDistanceM: row["longest_distance"])
            let total = ExerciseTotals(
                exerciseID: id, slug: "", exercise: "", sets: figure.sets, warmupSets: row["warmups"],
                reps: figure.reps, volumeKg: figure.volumeKg, durationS: figure.durationS, distanceM: figure.distanceM)
            figures.append((id, figure, total, row["sessions"]))
        }
        return figures
    }

    /// Every exercise's figures in one week (`?` start, `?` end).
    static let weekFiguresSQL: String = {
        let work = "kind <> 'warmup'"
        let external = "bodyweight = 0 AND COALESCE(weight_kg, 0) > 0"
        let epley = OneRepMax.epleyFormula.sql(weight: "weight_kg", reps: "reps")
        return """
            SELECT exercise_id, COUNT(DISTINCT session_id) AS sessions, SUM(\(work)) AS sets, SUM(NOT (\(work))) AS warmups,
                   COALESCE(SUM(CASE WHEN \(work) THEN reps END), 0) AS reps,
                   COALESCE(SUM(CASE WHEN \(work) AND \(external) THEN reps * weight_kg END), 0) AS volume,
                   COALESCE(SUM(CASE WHEN \(work) THEN duration_s END), 0) AS duration,
                   COALESCE(SUM(CASE WHEN \(work) THEN distance_m END), 0) AS distance,
                   MAX(CASE WHEN \(work) AND \(external) AND reps BETWEEN 1 AND \(OneRepMax.reliableReps) THEN \(epley) END) AS best_estimate,
                   MAX(CASE WHEN \(work) AND NOT (\(external)) THEN reps END) AS most_reps,
                   MAX(CASE WHEN \(work) AND reps IS NULL AND distance_m IS NULL THEN duration_s END) AS longest_hold,
                   MAX(CASE WHEN \(work) THEN distance_m END) AS longest_distance
            FROM logged_set INDEXED BY logged_set_by_time WHERE performed_at >= ? AND performed_at < ? GROUP BY exercise_id
            """
    }()

    /// When each session with sets started (from `since`, through `now`).
    static func sessionStarts(since: Date?, through now: Date, in db: Database) throws -> [Date] {
        try Date.fetchAll(
            db,
            sql: """
                SELECT w.started_at FROM workout_session w
                WHERE w.started_at <= ? AND EXISTS (SELECT 1 FROM logged_set s WHERE s.session_id = w.id AND s.performed_at >= ?)
                ORDER BY w.started_at
                """, arguments: [now, since?.databaseValue ?? "".databaseValue])
    }

    /// Sets per local day, each session's sets on the day the session started.
    static func setsPerDay(from start: Date, timeZone: TimeZone, in db: Database) throws -> [TrainingDay: Int] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT w.started_at, (SELECT COUNT(*) FROM logged_set s WHERE s.session_id = w.id AND s.performed_at >= ?) AS sets
                FROM workout_session w WHERE w.started_at >= ?
                """, arguments: [start, start])
        var days: [TrainingDay: Int] = [:]
        for row in rows {
            let sets: Int = row["sets"]
            if sets > 0 { days[TrainingDay(containing: row["started_at"], timeZone: timeZone), default: 0] += sets }
        }
        return days
    }
}
