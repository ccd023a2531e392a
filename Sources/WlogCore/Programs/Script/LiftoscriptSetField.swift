import Foundation

/// Checks a value written to a set's field and stores it: weights take a weight or a percentage
/// (a plain number means the context's unit), reps and timers whole numbers, flags 0 or 1.
enum LiftoscriptSetField {
    /// The most reps or seconds a set field accepts.
    static let maximumCount = 10_000

    static func store(
        _ value: LiftoscriptValue, in set: inout LiftoscriptSet, _ variable: LiftoscriptVariable,
        unit: WeightUnit, at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) {
        let name = variable.rawValue
        switch variable {
        case .weights:
            set.weight = try load(value, unit: unit, for: name, at: position)
        case .reps:
            set.reps = try count(value, for: name, at: position)
        case .minReps:
            set.minReps = try count(value, for: name, at: position)
        case .timers:
            let seconds = try count(value, for: name, at: position)
            set.timer = seconds == 0 ? nil : seconds
        case .rpe:
            let rpe = try number(value, for: name, at: position)
            guard (0...10).contains(rpe) else {
                throw ProgramDiagnostic(
                    at: position, "RPE must be from 0 to 10, not \(NumberText.plain(rpe))", hint: "0 removes the RPE")
            }
            set.rpe = rpe == 0 ? nil : rpe
        case .amraps: set.isAMRAP = try flag(value, for: name, at: position)
        case .logrpes: set.logsRPE = try flag(value, for: name, at: position)
        case .askweights: set.asksWeight = try flag(value, for: name, at: position)
        case .setTime:
            let seconds = try count(value, for: name, at: position)
            set.setTime = seconds == 0 ? nil : seconds
        default:
            throw ProgramDiagnostic(at: position, "'\(name)' cannot be assigned", hint: "assign to a writable variable")
        }
    }

    /// A weight or percentage for a set; a plain number is taken in `unit`.
    static func load(
        _ value: LiftoscriptValue, unit: WeightUnit, for name: String,
        at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) -> LiftoscriptValue {
        switch value {
        case .weight(let weight):
            guard weight.value >= 0 else { throw negative(name, value, at: position) }
            return value
        case .percentage(let share):
            guard share >= 0 else { throw negative(name, value, at: position) }
            return value
        case .number(let amount):
            guard amount >= 0 else { throw negative(name, value, at: position) }
            return .weight(amount, unit)
        default:
            throw ProgramDiagnostic(
                at: position, "\(name) must be a weight or a percentage, not \(value.typeName)",
                hint: "write a weight such as 60kg or 135lb, or a percentage such as 80%")
        }
    }

    /// A weight (not a percentage); a plain number is taken in `unit`.
    static func weight(
        _ value: LiftoscriptValue, unit: WeightUnit, for name: String,
        at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) -> LiftoscriptWeight {
        switch value {
        case .weight(let weight) where weight.value >= 0: return weight
        case .number(let amount) where amount >= 0: return LiftoscriptWeight(amount, unit)
        case .weight, .number: throw negative(name, value, at: position)
        default:
            throw ProgramDiagnostic(
                at: position, "\(name) must be a weight, not \(value.typeName)", hint: "write a weight such as 100kg")
        }
    }

    private static func count(_ value: LiftoscriptValue, for name: String, at position: ProgramSourcePosition)
        throws(ProgramDiagnostic) -> Int
    {
        let amount = try number(value, for: name, at: position)
        guard amount == amount.rounded() else {
            throw ProgramDiagnostic(
                at: position, "\(name) must be a whole number, not \(NumberText.plain(amount))",
                hint: "round it with floor(…), ceil(…) or round(…)")
        }
        guard (0...Double(maximumCount)).contains(amount) else {
            throw ProgramDiagnostic(
                at: position, "\(name) must be from 0 to \(maximumCount), not \(NumberText.plain(amount))",
                hint: "check the arithmetic that computes it")
        }
        return Int(amount)
    }

    private static func number(_ value: LiftoscriptValue, for name: String, at position: ProgramSourcePosition)
        throws(ProgramDiagnostic) -> Double
    {
        switch value {
        case .number(let amount): return amount
        case .boolean(let truth): return truth ? 1 : 0
        default:
            throw ProgramDiagnostic(
                at: position, "\(name) must be a number, not \(value.typeName)", hint: "use a plain number such as 8")
        }
    }

    private static func flag(_ value: LiftoscriptValue, for name: String, at position: ProgramSourcePosition)
        throws(ProgramDiagnostic) -> Bool
    {
        let amount = try number(value, for: name, at: position)
        guard amount == 0 || amount == 1 else {
            throw ProgramDiagnostic(
                at: position, "\(name) must be 0 or 1, not \(NumberText.plain(amount))", hint: "1 turns it on, 0 off")
        }
        return amount == 1
    }

    private static func negative(_ name: String, _ value: LiftoscriptValue, at position: ProgramSourcePosition)
        -> ProgramDiagnostic
    {
        ProgramDiagnostic(
            at: position, "\(name) cannot be negative (\(value))", hint: "guard the subtraction, e.g. max(0lb, …)")
    }
}
