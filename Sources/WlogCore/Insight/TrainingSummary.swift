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

    /// The summary of `entries` (the sets of the period), with streaks from `allSetTimes` (every set of the log).
    public static func make(entries: [HistoryEntry], allSetTimes: [Date], primaryMuscles: [Int64: [String]],
                            from: Date, until: Date, now: Date, timeZone: TimeZone) -> TrainingSummary {
        let counted = entries.filter(\.set.countsAsWork)
        let sets = counted.map(\.set)
        var perMuscle: [String: Int] = [:]
        var perExercise: [Int64: ExerciseSets] = [:]
        for entry in counted {
            let muscles = primaryMuscles[entry.set.exerciseId].flatMap { $0.isEmpty ? nil : $0 } ?? [otherMuscle]
            for muscle in Set(muscles.map { $0.lowercased() }) { perMuscle[muscle, default: 0] += 1 }
            perExercise[entry.set.exerciseId, default: ExerciseSets(slug: entry.slug, exercise: entry.exercise, sets: 0)].sets += 1
        }
        let asOf = min(now, until.addingTimeInterval(-1))
        let buckets = WeeklyBuckets(timeZone: timeZone)
        let pastTimes = allSetTimes.filter { $0 <= asOf }
        return TrainingSummary(
            from: from, until: until,
            trainingDays: Set(entries.map { TrainingDay(containing: $0.set.performedAt, timeZone: timeZone) }).count,
            sessions: Set(entries.map(\.set.sessionId)).count, sets: counted.count, warmupSets: entries.count - counted.count,
            reps: sets.compactMap(\.reps).reduce(0, +), volumeKg: sets.map(\.volumeKg).reduce(0, +),
            durationS: sets.compactMap(\.durationS).reduce(0, +), distanceM: sets.compactMap(\.distanceM).reduce(0, +),
            muscles: perMuscle.map { MuscleSets(muscle: $0.key, sets: $0.value) }.sorted { ($1.sets, $0.muscle) < ($0.sets, $1.muscle) },
            exercises: perExercise.values.sorted { ($1.sets, $0.exercise) < ($0.sets, $1.exercise) },
            dayStreak: Streaks.days(pastTimes.map { TrainingDay(containing: $0, timeZone: timeZone) },
                                    today: TrainingDay(containing: asOf, timeZone: timeZone)),
            weekStreak: Streaks.weeks(pastTimes.map(buckets.week(containing:)), thisWeek: buckets.week(containing: asOf), timeZone: timeZone))
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
