/// The figures one logged set contributes to progress: its load, volume and 1RM estimate.
///
/// Weights are compared in kilograms whatever unit they were typed in. A load on top of
/// bodyweight (`bw+10kg`) is not an external load: it has no volume and no 1RM estimate, since
/// the lifter's own weight is not logged.
extension LoggedSet {
    /// Whether the set counts in progress figures and records: working, drop and failure sets
    /// do, warm-ups do not.
    public var countsAsWork: Bool { kind != .warmup }

    /// The load lifted, in kilograms, when it is not bodyweight and more than zero.
    public var externalLoadKg: Double? {
        guard !bodyweight, let weightKg, weightKg > 0 else { return nil }
        return weightKg
    }

    /// The load added to bodyweight, in kilograms, when there is one.
    public var addedLoadKg: Double? {
        guard bodyweight, let weightKg, weightKg > 0 else { return nil }
        return weightKg
    }

    /// Reps × external load, in kilograms; 0 for sets without both.
    public var volumeKg: Double {
        guard let reps, let load = externalLoadKg else { return 0 }
        return Double(reps) * load
    }

    /// The 1RM estimate of a set with reps and an external load, in kilograms.
    public var oneRepMax: OneRepMax? {
        guard let reps, let load = externalLoadKg else { return nil }
        return OneRepMax(weight: load, reps: reps)
    }

    /// A hold or other timed effort: a duration without reps or distance.
    public var holdSeconds: Double? {
        guard reps == nil, distanceM == nil else { return nil }
        return durationS
    }
}
