import Foundation

/// One exercise's totals over a period: what `summary` adds up, read from the store in one
/// grouped query (or from sets in memory, as the tests and the report do), and the counts and
/// sums that `ExerciseStats` is built on.
///
/// Sets, reps, volume, time and distance count working, drop and failure sets; warm-ups are
/// only counted.
public struct ExerciseTotals: Equatable, Sendable {
    public var exerciseID: Int64
    public var slug: String
    public var exercise: String
    public var sets: Int
    public var warmupSets: Int
    public var reps: Int
    /// Reps × external load, in kilograms.
    public var volumeKg: Double
    public var durationS: Double
    public var distanceM: Double

    public init(
        exerciseID: Int64, slug: String, exercise: String, sets: Int, warmupSets: Int, reps: Int,
        volumeKg: Double, durationS: Double, distanceM: Double
    ) {
        self.exerciseID = exerciseID
        self.slug = slug
        self.exercise = exercise
        self.sets = sets
        self.warmupSets = warmupSets
        self.reps = reps
        self.volumeKg = volumeKg
        self.durationS = durationS
        self.distanceM = distanceM
    }

    /// The totals of each exercise in `entries`, by exercise id.
    public static func of(_ entries: [HistoryEntry]) -> [ExerciseTotals] {
        var totals: [Int64: ExerciseTotals] = [:]
        for entry in entries {
            let set = entry.set
            var total =
                totals[set.exerciseId]
                ?? ExerciseTotals(
                    exerciseID: set.exerciseId, slug: entry.slug, exercise: entry.exercise, sets: 0, warmupSets: 0,
                    reps: 0,
                    volumeKg: 0, durationS: 0, distanceM: 0)
            if set.countsAsWork {
                total.sets += 1
                total.reps += set.reps ?? 0
                total.volumeKg += set.volumeKg
                total.durationS += set.durationS ?? 0
                total.distanceM += set.distanceM ?? 0
            } else {
                total.warmupSets += 1
            }
            totals[set.exerciseId] = total
        }
        return totals.values.sorted { $0.exerciseID < $1.exerciseID }
    }

    /// These totals under another slug and name (figures grouped by exercise id carry none).
    func named(slug: String, exercise: String) -> ExerciseTotals {
        var named = self
        named.slug = slug
        named.exercise = exercise
        return named
    }

    /// These totals with `other`'s added (the same exercise, another period).
    func adding(_ other: ExerciseTotals) -> ExerciseTotals {
        var sum = self
        sum.sets += other.sets
        sum.warmupSets += other.warmupSets
        sum.reps += other.reps
        sum.volumeKg += other.volumeKg
        sum.durationS += other.durationS
        sum.distanceM += other.distanceM
        return sum
    }
}
