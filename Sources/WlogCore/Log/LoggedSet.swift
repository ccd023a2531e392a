import Foundation

/// One logged set: the user's data, never removed but by an explicit delete or undo.
public struct LoggedSet: Codable, Equatable, Identifiable, Sendable {
    public var id: Int64?
    public var sessionId: Int64
    public var exerciseId: Int64
    public var batchId: Int64?
    public var performedAt: Date
    public var setNumber: Int
    public var reps: Int?
    /// The load in kilograms (the added load for bodyweight work).
    public var weightKg: Double?
    /// The unit the weight was entered in.
    public var weightUnit: WeightUnit
    public var bodyweight: Bool
    public var durationS: Double?
    public var distanceM: Double?
    public var rpe: Double?
    public var rir: Int?
    public var kind: SetKind
    public var note: String?
    public var createdAt: Date
    /// The identity of the imported row this set was made from (see `ImportKey`); `nil` for sets
    /// recorded here. Written with the set, so an imported set is stored in one insert.
    var importKey: Int64?

    public init(
        id: Int64?, sessionId: Int64, exerciseId: Int64, batchId: Int64?, performedAt: Date, setNumber: Int, reps: Int?,
        weightKg: Double?, weightUnit: WeightUnit, bodyweight: Bool, durationS: Double?, distanceM: Double?,
        rpe: Double?,
        rir: Int?, kind: SetKind, note: String?, createdAt: Date
    ) {
        self.id = id
        self.sessionId = sessionId
        self.exerciseId = exerciseId
        self.batchId = batchId
        self.performedAt = performedAt
        self.setNumber = setNumber
        self.reps = reps
        self.weightKg = weightKg
        self.weightUnit = weightUnit
        self.bodyweight = bodyweight
        self.durationS = durationS
        self.distanceM = distanceM
        self.rpe = rpe
        self.rir = rir
        self.kind = kind
        self.note = note
        self.createdAt = createdAt
    }

    /// The weight as entered: amount in its unit, or bodyweight with the added load.
    public var weight: WeightInput? {
        guard bodyweight || weightKg != nil else { return nil }
        return WeightInput(
            bodyweight: bodyweight, amount: weightKg.map { Self.rounded($0 / weightUnit.kilograms) }, unit: weightUnit)
    }

    /// Stores `weight` canonically, in kilograms, keeping the unit it was entered in.
    public mutating func setWeight(_ weight: WeightInput?) {
        bodyweight = weight?.bodyweight ?? false
        weightKg = weight?.kilograms
        weightUnit = weight?.unit ?? .kg
    }

    /// Rounds away the last bits that a kg ↔ lb round trip leaves (90 lb stays 90, not 89.99999).
    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
