import Foundation

/// One exercise in a finished program workout: the sets the program prescribed beside the sets lifted.
public struct ProgramWorkoutSets: Hashable, Sendable, Codable {
    public var workoutID: Int64
    public var program: String
    public var position: TrainingPosition
    @ISODate public var finishedAt: Date
    public var exercise: String
    public var sets: [PrescribedBesideLifted]
}

/// One set of a finished program workout: as prescribed (nil for a set logged beyond the
/// prescription) and as lifted (nil when it was not done).
public struct PrescribedBesideLifted: Hashable, Sendable, Codable {
    public var setNumber: Int
    public var prescribedReps: Int?
    public var isAMRAP: Bool
    public var prescribedWeight: ProgramWeight?
    public var liftedReps: Int?
    public var liftedWeightKilograms: Double?

    /// `5 × 100 kg` as prescribed (`5+` for as many as possible), `—` when nothing was.
    public var prescribedText: String {
        guard let reps = prescribedReps else { return "—" }
        let repsText = "\(reps)\(isAMRAP ? "+" : "")"
        guard let weight = prescribedWeight else { return repsText }
        return "\(repsText) × \(ProgramNumber.text(weight.value)) \(weight.unit.rawValue)"
    }

    /// `5 × 100 kg` as lifted, in `unit`; `not done` when the set was not.
    public func liftedText(unit: WeightUnit) -> String {
        guard let reps = liftedReps else { return "not done" }
        guard let kilograms = liftedWeightKilograms else { return "\(reps)" }
        let weight = ProgramWeight(kilograms, .kg).converted(to: unit)
        return "\(reps) × \(ProgramNumber.text(weight.value)) \(unit.rawValue)"
    }
}
