import Foundation

/// The next workout of the active program, as `wlog next` shows it: weights in the lifter's unit,
/// rounded to what the plates load for barbell work.
public struct NextWorkout: Sendable, Codable {
    public var program: String
    public var position: TrainingPosition
    public var weekTitle: String
    public var dayTitle: String
    public var description: String?
    public var unit: WeightUnit
    public var exercises: [NextExercise]
}

/// One exercise of the next workout.
public struct NextExercise: Sendable, Codable {
    public var name: String
    /// The slug of the library exercise it resolved to.
    public var slug: String
    public var description: String?
    public var superset: String?
    public var warmups: [NextSet]
    public var sets: [NextSet]
    /// The working sets of the last session that had this exercise, heaviest first as logged.
    public var lastTime: [LastSet]
    public var progression: String?
}

/// One set to do, its weight converted and rounded for loading.
public struct NextSet: Hashable, Sendable, Codable {
    public var reps: Int
    public var minReps: Int?
    public var isAMRAP: Bool
    public var weight: Double?
    public var percentOfOneRepMax: Double?
    public var rpe: Double?
    /// Rest after the set, in seconds.
    public var rest: Int?
    /// Plates per side, for a barbell weight.
    public var plates: [Double]?

    /// `5+ × 100 kg @8, rest 3m` style words: `1x5+ 100kg @8 rest 180s`.
    public func text(unit: WeightUnit) -> String {
        var words = ["\(minReps.map { "\($0)-" } ?? "")\(reps)\(isAMRAP ? "+" : "")"]
        if let weight {
            words.append("× \(ProgramNumber.text(weight)) \(unit.rawValue)")
        } else if let percentOfOneRepMax {
            words.append("× \(ProgramNumber.text(percentOfOneRepMax))% of 1RM (no 1RM: `wlog program 1rm`)")
        }
        if let rpe { words.append("@\(ProgramNumber.text(rpe))") }
        if let rest { words.append("rest \(DurationInput.format(Double(rest)))") }
        if let plates {
            words.append(
                "[\(plates.isEmpty ? "bar only" : plates.map { ProgramNumber.text($0) }.joined(separator: " + ")) a side]"
            )
        }
        return words.joined(separator: " ")
    }
}

/// A set logged last time.
public struct LastSet: Hashable, Sendable, Codable {
    public var reps: Int?
    public var weight: Double?
    public var unit: WeightUnit
    @ISODate public var performedAt: Date

    public init(reps: Int?, weight: Double?, unit: WeightUnit, performedAt: Date) {
        self.reps = reps
        self.weight = weight
        self.unit = unit
        self.performedAt = performedAt
    }

    /// `100 kg × 5`.
    public var text: String {
        (weight.map { "\(ProgramNumber.text($0)) \(unit.rawValue) × " } ?? "") + (reps.map(String.init) ?? "-")
    }
}

extension NextSet {
    /// A prescribed set in the lifter's unit: on a barbell, rounded to what `plates` load; else to the unit's step.
    public init(_ set: PrescribedSet, unit: WeightUnit, plates: PlateSet?) {
        reps = set.reps
        minReps = set.minReps
        isAMRAP = set.isAMRAP
        percentOfOneRepMax = set.percentOfOneRepMax
        rpe = set.rpe
        rest = set.rest
        (weight, self.plates) = Self.loaded(set.weight, unit: unit, plates: plates)
    }

    /// A warm-up in the lifter's unit, rounded the same way.
    public init(_ warmup: PrescribedWarmup, unit: WeightUnit, plates: PlateSet?) {
        reps = warmup.reps
        isAMRAP = false
        (weight, self.plates) = Self.loaded(warmup.weight, unit: unit, plates: plates)
    }

    static func loaded(_ weight: ProgramWeight?, unit: WeightUnit, plates: PlateSet?) -> (Double?, [Double]?) {
        guard let weight else { return (nil, nil) }
        let converted = weight.converted(to: unit)
        guard let plates, plates.unit == unit, converted.value >= plates.bar else {
            return (converted.loadable.value, nil)
        }
        let loading = plates.load(converted.value)
        return (loading.total, loading.perSide)
    }
}
