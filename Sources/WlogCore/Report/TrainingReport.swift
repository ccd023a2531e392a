import Foundation

/// What `wlog report` shows, computed from the log: training days for a calendar, every
/// exercise's stats and the current records.
public struct TrainingReport: Equatable, Sendable {
    /// How many weeks the calendar covers, ending with the week of `generatedAt`.
    public static let calendarWeeks = 53
    /// How many weeks a chart covers at most (the latest ones).
    public static let chartWeeks = 52

    public var generatedAt: Date
    public var timeZone: TimeZone
    /// The unit of computed figures (estimates, volumes).
    public var unit: WeightUnit
    /// Sets logged on each day, warm-ups included.
    public var setsPerDay: [TrainingDay: Int]
    /// The weeks the calendar shows, oldest first.
    public var calendar: [IsoWeek]
    /// Exercises with the most counted sets first; the weeks of each are those its charts show
    /// (the latest `chartWeeks` at most), its totals cover every set.
    public var exercises: [ExerciseStats]
    public var records: [PersonalRecord]
    public var summary: TrainingSummary
    /// The latest finished program workouts, newest first: each exercise's sets as prescribed
    /// beside those lifted.
    public var programs: [ProgramWorkoutSets] = []

    /// The report of `entries` (the sets to show, in any order) as of `now`, computed in memory;
    /// a session starts with its first set here. `InsightStore.report` computes the same
    /// from the store without reading the sets.
    public static func make(
        entries: [HistoryEntry], primaryMuscles: [Int64: [String]], now: Date, timeZone: TimeZone, unit: WeightUnit
    ) -> TrainingReport {
        var byExercise: [Int64: [HistoryEntry]] = [:]
        var sessionStarts: [Int64: Date] = [:]
        for entry in entries {
            byExercise[entry.set.exerciseId, default: []].append(entry)
            sessionStarts[entry.set.sessionId] = min(
                sessionStarts[entry.set.sessionId] ?? .distantFuture, entry.set.performedAt)
        }
        var setsPerDay: [TrainingDay: Int] = [:]
        for entry in entries {
            setsPerDay[
                TrainingDay(
                    containing: sessionStarts[entry.set.sessionId] ?? entry.set.performedAt, timeZone: timeZone),
                default: 0] += 1
        }
        let exercises = byExercise.values.compactMap { sets -> ExerciseStats? in
            guard let first = sets.first else { return nil }
            var stats = ExerciseStats.make(
                slug: first.slug, exercise: first.exercise, entries: sets, through: now, timeZone: timeZone)
            stats.weeks = Array(stats.weeks.suffix(chartWeeks))
            return stats
        }.sorted { ($1.sets, $0.exercise) < ($0.sets, $1.exercise) }
        let from = entries.map(\.set.performedAt).min() ?? now
        let starts = sessionStarts.values.sorted()
        return TrainingReport(
            generatedAt: now, timeZone: timeZone, unit: unit, setsPerDay: setsPerDay,
            calendar: calendarWeeks(now: now, timeZone: timeZone), exercises: exercises,
            records: PersonalRecords.current(in: entries),
            summary: TrainingSummary.make(
                totals: ExerciseTotals.of(entries), sessionStarts: starts, allSessionStarts: starts,
                primaryMuscles: primaryMuscles, from: from, until: max(from, now).addingTimeInterval(60),
                now: now, timeZone: timeZone, unit: unit))
    }

    /// The weeks the calendar shows as of `now`: the last `calendarWeeks`, this one included.
    static func calendarWeeks(now: Date, timeZone: TimeZone) -> [IsoWeek] {
        let buckets = WeeklyBuckets(timeZone: timeZone)
        let thisWeek = buckets.week(containing: now)
        let firstWeek = buckets.week(
            containing: thisWeek.start.addingTimeInterval(-Double(calendarWeeks - 1) * 7 * 86400 + 3 * 86400))
        return buckets.weeks(from: firstWeek.start, through: now)
    }
}
