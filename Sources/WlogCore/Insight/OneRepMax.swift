/// The heaviest single a lifter could manage, estimated from a set of several reps.
///
/// Epley: `w × (1 + r/30)`; Brzycki: `w × 36 / (37 − r)`. One rep is the weight itself (both
/// formulas agree there once Epley is read that way). Above `reliableReps` reps the estimates
/// drift apart and are marked as less reliable.
public struct OneRepMax: Equatable, Sendable {
    /// Sets of more reps than this give less reliable estimates.
    public static let reliableReps = 12

    /// The Epley estimate, in the unit of the weight given.
    public var epley: Double
    /// The Brzycki estimate; `nil` from 37 reps on, where the formula has no meaning.
    public var brzycki: Double?
    /// The reps the estimate comes from.
    public var reps: Int

    /// Whether the set had few enough reps for the estimate to be trusted.
    public var isReliable: Bool { reps <= Self.reliableReps }

    /// The estimate from `reps` reps at `weight`; `nil` without reps or without a positive weight.
    public init?(weight: Double, reps: Int) {
        guard reps >= 1, weight > 0, weight.isFinite else { return nil }
        self.reps = reps
        epley = Self.epley(weight: weight, reps: reps)
        brzycki = Self.brzycki(weight: weight, reps: reps)
    }

    /// Epley, `w × (1 + r/30)` and `w` for a single: the one definition of the estimate, which
    /// the store renders as SQL for figures grouped there and for the expression of migration
    /// 0005's index.
    public static let epleyFormula = LiftFormula.single(
        .weight, otherwise: .product(.weight, .sum(.integer(1), .quotient(.reps, .real(30)))))

    /// `epleyFormula`'s value for `reps` reps at `weight`.
    public static func epley(weight: Double, reps: Int) -> Double {
        epleyFormula.value(weight: weight, reps: reps)
    }

    /// `w × 36 / (37 − r)`; `nil` from 37 reps on.
    public static func brzycki(weight: Double, reps: Int) -> Double? {
        reps < 37 ? weight * 36 / Double(37 - reps) : nil
    }
}
