import Foundation

/// The share of a one-rep max a lifter moves for a number of reps at an RPE, as Liftoscript's `rpeMultiplier`.
///
/// The curve counts the reps a set is away from a true single (reps done minus one, plus reps left in
/// reserve, `10 - RPE`): a gentle quadratic for the first three of them, then a straight line losing about
/// 2.6 % per rep, and never below half of the one-rep max. One rep at RPE 10 is the max itself.
public enum RPEChart {
    public static func multiplier(reps: Double, rpe: Double) -> Double {
        guard reps.isFinite, rpe.isFinite else { return 0.5 }
        if reps == 1, rpe == 10 { return 1 }
        let clampedReps = min(max(reps, 1), 24)
        let clampedRPE = min(max(rpe, 1), 10)
        let distance = (10 - clampedRPE) + (clampedReps - 1)
        if distance >= 16 { return 0.5 }
        if distance <= 2.92 {
            return (0.347619 * distance * distance - 4.60714 * distance + 99.9667) / 100
        }
        return (97.0955 - 2.64249 * distance) / 100
    }
}
