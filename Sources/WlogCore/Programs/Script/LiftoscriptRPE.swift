import Foundation

/// The RPE chart: the share of a one-rep max a lifter can move for some reps at some RPE.
public enum LiftoscriptRPE {
    /// The multiplier of 1RM for `reps` (clamped to 1…24) at `rpe` (clamped to 1…10).
    ///
    /// Reps left in the tank plus reps done past the first give a distance from a true single;
    /// near a single the share follows a gentle curve, further out it falls by about 2.6 points of
    /// 1RM per step, and it never goes below one half.
    /// The program's expansion uses it too: a set given only an RPE takes this share of the 1RM.
    /// Values that are not finite give the floor, one half.
    public static func multiplier(reps: Double, rpe: Double = 10) -> Double {
        guard reps.isFinite, rpe.isFinite else { return 0.5 }
        let reps = min(max(reps, 1), 24)
        let rpe = min(max(rpe, 1), 10)
        if reps == 1, rpe == 10 { return 1 }
        let distance = (10 - rpe) + (reps - 1)
        if distance >= 16 { return 0.5 }
        let percent =
            distance <= 2.92
            ? 0.347619 * distance * distance - 4.60714 * distance + 99.9667
            : -2.64249 * distance + 97.0955
        return percent / 100
    }
}
