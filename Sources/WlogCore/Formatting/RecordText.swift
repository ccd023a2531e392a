/// Records and loads in words: `12 reps @ 25 kg`, `e1RM 95.3 kg`, `New PR: … (was …)`.
///
/// A load someone lifted is shown as it was typed (`225 lb`); a computed figure (an estimate,
/// a volume) in the default unit, to one decimal.
public enum RecordText {
    /// `kilograms` in `unit`, to one decimal: `95.3 kg`, `92 kg`, `210.1 lb`.
    public static func converted(_ kilograms: Double, to unit: WeightUnit) -> String {
        "\(NumberText.plain((kilograms / unit.kilograms * 10).rounded() / 10)) \(unit.rawValue)"
    }

    /// `1 rep`, `12 reps`.
    public static func reps(_ count: Int) -> String {
        count == 1 ? "1 rep" : "\(count) reps"
    }

    /// What the record is: `e1RM`, `5 reps`, `5 reps (bw+)` (a load added to bodyweight), `most reps`, `longest hold`, `longest distance`.
    public static func title(_ kind: RecordKind) -> String {
        switch kind {
        case .estimatedOneRepMax: "e1RM"
        case .repMax(let count): reps(count)
        case .addedLoadRepMax(let count): "\(reps(count)) (bw+)"
        case .mostReps: "most reps"
        case .longestHold: "longest hold"
        case .longestDistance: "longest distance"
        }
    }

    /// The record's value: a load as typed, an estimate in `unit`, reps, a time or a distance.
    public static func value(_ record: PersonalRecord, unit: WeightUnit) -> String {
        switch record.kind {
        case .estimatedOneRepMax: converted(record.value, to: unit)
        case .repMax, .addedLoadRepMax: load(record, in: record.entry.set.weightUnit)
        case .mostReps: NumberText.plain(record.value)
        case .longestHold: DurationInput.format(record.value)
        case .longestDistance: DistanceInput.format(record.value)
        }
    }

    /// The load of a rep-max record in `unit`: as typed when it was typed in `unit`, else converted.
    static func load(_ record: PersonalRecord, in unit: WeightUnit) -> String {
        let set = record.entry.set
        let prefix = set.bodyweight ? "bw+" : ""
        if set.weightUnit == unit, let amount = set.weight?.amount {
            return "\(prefix)\(NumberText.plain(amount)) \(unit.rawValue)"
        }
        return prefix + converted(record.value, to: unit)
    }

    /// `New PR: 12 reps @ 25 kg (was 22.5 kg)`, `New PR: e1RM 95.3 kg (was 92 kg)`, `New PR: most reps 15 (was 12)`.
    /// A rep max is shown in the unit of the new set, the estimate in `unit`.
    public static func announcement(_ new: NewRecord, unit: WeightUnit) -> String {
        let record = new.record
        switch record.kind {
        case .repMax(let count), .addedLoadRepMax(let count):
            let setUnit = record.entry.set.weightUnit
            return "New PR: \(reps(count)) @ \(load(record, in: setUnit)) (was \(load(new.previous, in: setUnit)))"
        case .estimatedOneRepMax, .mostReps, .longestHold, .longestDistance:
            return "New PR: \(title(record.kind)) \(value(record, unit: unit)) (was \(value(new.previous, unit: unit)))"
        }
    }
}
