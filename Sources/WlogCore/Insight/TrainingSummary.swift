import Foundation

/// What `wlog summary` says about a period: how often, how much, which muscles, and the streaks.
///
/// Training days and sessions count any set; sets, reps, volume, time, distance and the sets
/// per muscle group count working, drop and failure sets (warm-ups are only counted). A set
/// counts once for each primary muscle of its exercise; exercises without muscles count
/// under `other`.
public struct TrainingSummary: Equatable, Sendable {
    /// Sets per muscle group.
    public struct MuscleSets: Equatable, Sendable {
        public var muscle: String
        public var sets: Int
    }

    /// Sets per exercise.
    public struct ExerciseSets: Equatable, Sendable {
        public var slug: String
        public var exercise: String
        public var sets: Int
    }

    /// The muscle group of exercises that have none in their metadata.
    public static let otherMuscle = "other"

    public var from: Date
    /// The end of the period (exclusive).
    public var until: Date
    public var trainingDays: Int
    public var sessions: Int
    public var sets: Int
    public var warmupSets: Int
    public var reps: Int
    public var volumeKg: Double
    public var durationS: Double
    public var distanceM: Double
    /// Most sets first, then by name.
    public var muscles: [MuscleSets]
    /// Most sets first, then by name.
    public var exercises: [ExerciseSets]
    /// Consecutive training days, over the whole log, as of the end of the period.
    public var dayStreak: Streak
    /// Consecutive training weeks, over the whole log, as of the end of the period.
    public var weekStreak: Streak
    /// The unit weights are shown in (the `unit` setting); figures stay in kilograms.
    public var unit: WeightUnit
    /// The active program and the next workout's place in it; nil when no program is active.
    public var program: ProgramPlace? = nil

    /// The summary of a period from its sets' totals by exercise (`ExerciseTotals`), the start of
    /// each session that has sets in the period, and the start of every session of the log with
    /// sets (for the streaks). A session's training day is the local day it started, however
    /// late its sets run.
    public static func make(
        totals: [ExerciseTotals], sessionStarts: [Date], allSessionStarts: [Date],
        primaryMuscles: [Int64: [String]], from: Date, until: Date, now: Date, timeZone: TimeZone,
        unit: WeightUnit = .kg
    ) -> TrainingSummary {
        let asOf = min(now, until.addingTimeInterval(-1))
        let streaks = Streaks.daysAndWeeks(of: allSessionStarts.filter { $0 <= asOf }, asOf: asOf, timeZone: timeZone)
        return make(
            totals: totals, sessionStarts: sessionStarts,
            streaks: TrainingStreaks(days: streaks.days, weeks: streaks.weeks),
            primaryMuscles: primaryMuscles, from: from, until: until, timeZone: timeZone, unit: unit)
    }

    /// The summary of a period, as `make(totals:sessionStarts:allSessionStarts:…)` makes it, with
    /// the streaks already found (`InsightStore.streaks(asOf:timeZone:in:)` finds them as of
    /// `min(now, until - 1 s)` without walking the whole log).
    public static func make(
        totals: [ExerciseTotals], sessionStarts: [Date], streaks: TrainingStreaks,
        primaryMuscles: [Int64: [String]], from: Date, until: Date, timeZone: TimeZone, unit: WeightUnit = .kg
    ) -> TrainingSummary {
        var perMuscle: [String: Int] = [:]
        for total in totals where total.sets > 0 {
            let muscles = primaryMuscles[total.exerciseID].flatMap { $0.isEmpty ? nil : $0 } ?? [otherMuscle]
            for muscle in Set(muscles.map { $0.lowercased() }) { perMuscle[muscle, default: 0] += total.sets }
        }
        return TrainingSummary(
            from: from, until: until,
            trainingDays: Set(sessionStarts.map { TrainingDay(containing: $0, timeZone: timeZone) }).count,
            sessions: sessionStarts.count, sets: totals.map(\.sets).reduce(0, +),
            warmupSets: totals.map(\.warmupSets).reduce(0, +),
            reps: totals.map(\.reps).reduce(0, +), volumeKg: totals.map(\.volumeKg).reduce(0, +),
            durationS: totals.map(\.durationS).reduce(0, +), distanceM: totals.map(\.distanceM).reduce(0, +),
            muscles: perMuscle.map { MuscleSets(muscle: $0.key, sets: $0.value) }.sorted {
                ($1.sets, $0.muscle) < ($0.sets, $1.muscle)
            },
            exercises: totals.filter { $0.sets > 0 }.map {
                ExerciseSets(slug: $0.slug, exercise: $0.exercise, sets: $0.sets)
            }
            .sorted { ($1.sets, $0.exercise) < ($0.sets, $1.exercise) },
            dayStreak: streaks.days, weekStreak: streaks.weeks,
            unit: unit)
    }
}

/// A period for `wlog summary`: this week, this month, or from a moment until now.
public enum SummaryPeriod: Sendable, Equatable {
    case week
    case month
    case since(Date)

    /// Its start and end (exclusive) as of `now`: the ISO week or calendar month holding `now`, or
    /// `since` until a minute after `now` (a set may be logged up to a minute ahead).
    public func range(now: Date, timeZone: TimeZone) -> (from: Date, until: Date) {
        switch self {
        case .week:
            let week = WeeklyBuckets(timeZone: timeZone).week(containing: now)
            return (week.start, week.end)
        case .month:
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let month = calendar.dateInterval(of: .month, for: now) ?? DateInterval(start: now, duration: 0)
            return (month.start, month.end)
        case .since(let start):
            return (start, max(start, now).addingTimeInterval(60))
        }
    }
}
