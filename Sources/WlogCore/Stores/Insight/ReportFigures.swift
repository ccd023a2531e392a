import Foundation
import GRDB

/// What the report knows of each exercise: its totals, sessions, first and last set, whether it
/// has holds, and its figures in the weeks the charts show. Over the whole log the totals are
/// `exercise_log_totals`' rows and only the chart weeks are read from the log; from a date on,
/// one pass over the time index groups in SQL, a range of weeks at a time. Memory holds a row
/// per exercise and chart week, never the sets.
struct ReportFigures {
    /// One exercise's figures.
    struct Exercise {
        var totals: ExerciseTotals
        var sessions: Int
        var firstAt: Date
        var lastAt: Date
        /// Whether some counted set is a hold (a duration without reps or distance).
        var holds: Bool
        /// Its figures in the chart's weeks that have sets.
        var chartWeeks: [IsoWeek: WeekFigures]
    }

    /// Weeks before the chart's are grouped this many at a time: each range is one small sort in
    /// SQLite (grouping the whole log at once sorts a million rows) and one step of the progress.
    static let weeksPerRange = 26

    /// Every exercise with sets in the period, by id.
    var exercises: [Int64: Exercise] = [:]
    /// How many ranges the pass read.
    var steps = 0

    /// The pass over `weeks` (every week of the period, oldest first; the latest `chartWeeks`
    /// are read one by one for the charts) from `since` on. `progress` hears how many ranges of
    /// the pass are done out of how many.
    static func read(
        weeks: [IsoWeek], chartWeeks: Int, since: Date?, progress: ((Int, Int) -> Void)?, in db: Database
    ) throws -> ReportFigures {
        let chart = Array(weeks.suffix(chartWeeks))
        let older = Array(weeks.dropLast(chart.count))
        let olderRanges = stride(from: 0, to: older.count, by: weeksPerRange).map { start in
            (older[start].start, older[min(start + weeksPerRange, older.count) - 1].end)
        }
        let total = olderRanges.count + chart.count
        var figures = ReportFigures()
        figures.steps = total
        if since == nil {
            // One read of the totals stands for the ranges before the charts': the progress still
            // counts them, so that its steps are the period's whatever the way they are read.
            figures.exercises = try wholeLogTotals(in: db)
            for index in olderRanges.indices { progress?(index + 1, total) }
        } else {
            for (index, range) in olderRanges.enumerated() {
                try figures.add(from: max(range.0, since ?? range.0), until: range.1, chartWeek: nil, in: db)
                progress?(index + 1, total)
            }
        }
        for (index, week) in chart.enumerated() {
            try figures.add(
                from: max(week.start, since ?? week.start), until: week.end, chartWeek: week,
                countingTotals: since != nil, in: db)
            progress?(olderRanges.count + index + 1, total)
        }
        return figures
    }

    /// Adds the figures of the sets from `from` to before `until`; keeps them as `chartWeek`'s
    /// when given, and adds them to the exercises' totals when `countingTotals` (else the totals
    /// are the whole log's, read before). A session whose sets run across the range's end counts
    /// in both ranges.
    private mutating func add(
        from: Date, until: Date, chartWeek: IsoWeek?, countingTotals: Bool = true, in db: Database
    ) throws {
        guard from < until else { return }
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: Self.rangeSQL),
            arguments: [StoredTime.milliseconds(of: from), StoredTime.milliseconds(of: until)])
        while let row = try rows.next() {
            let id: Int64 = row["exercise_id"]
            let week = WeekFigures(
                week: chartWeek ?? IsoWeek(year: 0, week: 0, start: from, end: until), sets: row["sets"],
                reps: row["reps"], volumeKg: row["volume"], durationS: row["duration"], distanceM: row["distance"],
                bestOneRepMaxKg: row["best_estimate"], mostReps: row["most_reps"],
                longestHoldS: row["longest_hold"], longestDistanceM: row["longest_distance"])
            let totals = ExerciseTotals(
                exerciseID: id, slug: "", exercise: "", sets: week.sets, warmupSets: row["warmups"],
                reps: week.reps, volumeKg: week.volumeKg, durationS: week.durationS, distanceM: week.distanceM)
            let firstAt: Date = row["first_at"]
            let lastAt: Date = row["last_at"]
            var exercise =
                exercises[id]
                ?? Exercise(
                    totals: ExerciseTotals(
                        exerciseID: id, slug: "", exercise: "", sets: 0, warmupSets: 0, reps: 0, volumeKg: 0,
                        durationS: 0, distanceM: 0),
                    sessions: 0, firstAt: firstAt, lastAt: lastAt, holds: false, chartWeeks: [:])
            if countingTotals {
                exercise.totals = exercise.totals.adding(totals)
                exercise.sessions += row["sessions"] as Int
                exercise.firstAt = min(exercise.firstAt, firstAt)
                exercise.lastAt = max(exercise.lastAt, lastAt)
                exercise.holds = exercise.holds || week.longestHoldS != nil
            }
            if let chartWeek { exercise.chartWeeks[chartWeek] = week }
            exercises[id] = exercise
        }
    }

    /// Every exercise's figures over a range of the time index (`?` from, `?` until): per week
    /// and exercise, sets, volume, the best Epley estimate (the expression
    /// `OneRepMax.epleyFormula` renders) and the other bests, with the first and last set.
    static let rangeSQL: String = {
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
                   MAX(CASE WHEN \(work) THEN distance_m END) AS longest_distance,
                   MIN(performed_at) AS first_at, MAX(performed_at) AS last_at
            FROM logged_set INDEXED BY logged_set_by_time WHERE performed_ms >= ? AND performed_ms < ? GROUP BY exercise_id
            """
    }()
}
