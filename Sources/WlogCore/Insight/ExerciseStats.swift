import Foundation

/// What an exercise is measured by, read from the sets logged for it.
public enum ExerciseMeasure: String, Sendable, Equatable {
    /// Reps with an external load: volume, 1RM estimates, rep maxes.
    case load
    /// Reps without an external load (bodyweight work): reps and most reps.
    case reps
    /// Distance: total and longest.
    case distance
    /// Time without reps or distance (holds): total and longest.
    case hold

    /// The measure that fits the most telling of `sets`: a load beats reps, reps beat
    /// distance, distance beats a hold. `nil` for no sets.
    static func of(_ sets: [LoggedSet]) -> ExerciseMeasure? {
        if sets.contains(where: { $0.reps != nil && $0.externalLoadKg != nil }) { return .load }
        if sets.contains(where: { $0.reps != nil }) { return .reps }
        if sets.contains(where: { $0.distanceM != nil }) { return .distance }
        if sets.contains(where: { $0.holdSeconds != nil }) { return .hold }
        return nil
    }
}

/// The best 1RM estimate of an exercise and the set it comes from, in kilograms.
public struct EstimatedMax: Equatable, Sendable {
    public var estimate: OneRepMax
    public var entry: HistoryEntry
}

/// One ISO week of an exercise's (or the whole log's) counted sets.
public struct WeekFigures: Equatable, Sendable {
    public var week: IsoWeek
    public var sets: Int
    public var reps: Int
    public var volumeKg: Double
    public var durationS: Double
    public var distanceM: Double
    /// The best reliable Epley estimate of the week, in kilograms.
    public var bestOneRepMaxKg: Double?
    public var mostReps: Int?
    public var longestHoldS: Double?
    public var longestDistanceM: Double?

    /// A week without sets.
    static func empty(_ week: IsoWeek) -> WeekFigures {
        WeekFigures(
            week: week, sets: 0, reps: 0, volumeKg: 0, durationS: 0, distanceM: 0,
            bestOneRepMaxKg: nil, mostReps: nil, longestHoldS: nil, longestDistanceM: nil)
    }

    /// The figures of the sets of one week (warm-ups must already be left out).
    static func make(_ week: IsoWeek, _ sets: [LoggedSet]) -> WeekFigures {
        WeekFigures(
            week: week, sets: sets.count, reps: sets.compactMap(\.reps).reduce(0, +),
            volumeKg: sets.map(\.volumeKg).reduce(0, +), durationS: sets.compactMap(\.durationS).reduce(0, +),
            distanceM: sets.compactMap(\.distanceM).reduce(0, +),
            bestOneRepMaxKg: sets.compactMap(\.oneRepMax).filter(\.isReliable).map(\.epley).max(),
            mostReps: sets.filter { $0.externalLoadKg == nil }.compactMap(\.reps).max(),
            longestHoldS: sets.compactMap(\.holdSeconds).max(), longestDistanceM: sets.compactMap(\.distanceM).max())
    }
}

/// Everything `wlog stats` says about one exercise, computed from its logged sets.
///
/// Counts, totals, bests and trends use working, drop and failure sets; warm-ups are only
/// counted. Loads are compared and summed in kilograms.
public struct ExerciseStats: Equatable, Sendable {
    /// Its counts and sums: sets, warm-ups, reps, volume, time and distance, with its slug and name.
    public var totals: ExerciseTotals
    /// What the exercise is measured by; `nil` when no set counts.
    public var measure: ExerciseMeasure?
    /// Sessions with at least one set of the exercise, warm-ups included.
    public var sessions: Int
    public var firstAt: Date?
    public var lastAt: Date?
    /// The set with the best 1RM estimate, or the most reps, the longest distance or hold.
    public var bestSet: HistoryEntry?
    /// The best estimate from 1 to 12 reps; from more reps (and marked so) only when no set had 12 or fewer.
    public var oneRepMax: EstimatedMax?
    /// The heaviest load for each rep count from 1 to 12 that was done, external loads first.
    public var repMaxes: [PersonalRecord]
    /// Every current record of the exercise.
    public var records: [PersonalRecord]
    /// Week by week, from the first set's week to the week of `through`.
    public var weeks: [WeekFigures]

    public var slug: String { totals.slug }
    public var exercise: String { totals.exercise }
    public var sets: Int { totals.sets }
    public var warmupSets: Int { totals.warmupSets }
    public var reps: Int { totals.reps }
    /// Reps × external load, in kilograms.
    public var volumeKg: Double { totals.volumeKg }
    public var durationS: Double { totals.durationS }
    public var distanceM: Double { totals.distanceM }

    /// The stats of `entries`, the sets of one exercise.
    public static func make(
        slug: String, exercise: String, entries: [HistoryEntry], through end: Date, timeZone: TimeZone
    ) -> ExerciseStats {
        let ordered = PersonalRecords.chronological(entries)
        let counted = ordered.filter(\.set.countsAsWork)
        let measure = ExerciseMeasure.of(counted.map(\.set))
        let records = PersonalRecords.current(in: counted)
        let weeks = WeeklyBuckets(timeZone: timeZone).group(counted, through: end) { $0.set.performedAt }
        let oneRepMax = bestEstimate(counted)
        return ExerciseStats(
            totals: ExerciseTotals.of(ordered).first?.named(slug: slug, exercise: exercise)
                ?? ExerciseTotals(
                    exerciseID: 0, slug: slug, exercise: exercise, sets: 0, warmupSets: 0, reps: 0, volumeKg: 0,
                    durationS: 0, distanceM: 0),
            measure: measure, sessions: Set(ordered.map(\.set.sessionId)).count,
            firstAt: ordered.first?.set.performedAt, lastAt: ordered.last?.set.performedAt,
            bestSet: bestSet(measure: measure, records: records, oneRepMax: oneRepMax),
            oneRepMax: oneRepMax,
            repMaxes: records.filter { ($0.kind.reps ?? 0) >= 1 && ($0.kind.reps ?? 0) <= OneRepMax.reliableReps },
            records: records,
            weeks: weeks.map { WeekFigures.make($0.week, $0.items.map(\.set)) })
    }

    /// The stats of one exercise from figures grouped in the store: its totals, whether some
    /// counted set is a hold, the weeks to show (consecutive, none skipped) and the sets that
    /// can hold its records (`RecordCandidates`), among which are its best sets of every kind.
    static func make(
        slug: String, exercise: String, totals: ExerciseTotals, sessions: Int, firstAt: Date, lastAt: Date,
        holds: Bool, weeks: [WeekFigures], candidates: [HistoryEntry]
    ) -> ExerciseStats {
        let ordered = PersonalRecords.chronological(candidates)
        let records = PersonalRecords.current(in: ordered)
        let oneRepMax = bestEstimate(ordered.filter(\.set.countsAsWork))
        let measure: ExerciseMeasure? =
            totals.volumeKg > 0
            ? .load
            : totals.reps > 0
                ? .reps
                : totals.distanceM > 0
                    ? .distance
                    : holds ? .hold : nil
        return ExerciseStats(
            totals: totals.named(slug: slug, exercise: exercise), measure: measure, sessions: sessions,
            firstAt: firstAt, lastAt: lastAt,
            bestSet: bestSet(measure: measure, records: records, oneRepMax: oneRepMax),
            oneRepMax: oneRepMax,
            repMaxes: records.filter { ($0.kind.reps ?? 0) >= 1 && ($0.kind.reps ?? 0) <= OneRepMax.reliableReps },
            records: records, weeks: weeks)
    }

    /// The highest Epley estimate among reliable sets, else among all; the earlier set on a tie.
    /// One pass, keeping only the two leaders: an exercise may have thousands of sets.
    static func bestEstimate(_ entries: [HistoryEntry]) -> EstimatedMax? {
        var bestReliable: EstimatedMax?
        var bestOfAll: EstimatedMax?
        for entry in entries {
            guard let estimate = entry.set.oneRepMax else { continue }
            func beats(_ leader: EstimatedMax?) -> Bool {
                leader.map { estimate.epley > $0.estimate.epley + PersonalRecords.tolerance } ?? true
            }
            if estimate.isReliable, beats(bestReliable) {
                bestReliable = EstimatedMax(estimate: estimate, entry: entry)
            }
            if beats(bestOfAll) { bestOfAll = EstimatedMax(estimate: estimate, entry: entry) }
        }
        return bestReliable ?? bestOfAll
    }

    private static func bestSet(measure: ExerciseMeasure?, records: [PersonalRecord], oneRepMax: EstimatedMax?)
        -> HistoryEntry?
    {
        switch measure {
        case .load: oneRepMax?.entry
        case .reps: records.first { $0.kind == .mostReps }?.entry
        case .distance: records.first { $0.kind == .longestDistance }?.entry
        case .hold: records.first { $0.kind == .longestHold }?.entry
        case nil: nil
        }
    }
}
