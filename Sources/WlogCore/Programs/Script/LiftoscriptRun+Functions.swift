import Foundation

/// The built-in functions.
extension LiftoscriptRun {
    mutating func call(
        _ function: LiftoscriptFunction, _ values: [LiftoscriptValue], _ positions: [ProgramSourcePosition],
        at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) -> LiftoscriptValue {
        let (minimum, maximum) = function.arity
        guard values.count >= minimum, values.count <= (maximum ?? Int.max) else {
            throw ProgramDiagnostic(
                at: position, "\(function.rawValue) takes \(function.arityText), not \(values.count)",
                hint: "call it as \(function.signature)")
        }
        let at = { (index: Int) in index < positions.count ? positions[index] : position }
        switch function {
        case .rpeMultiplier:
            let reps = try plainNumber(values[0], for: "the reps of rpeMultiplier", at: at(0))
            let rpe = try values.count > 1 ? plainNumber(values[1], for: "the RPE of rpeMultiplier", at: at(1)) : 10
            return .number(LiftoscriptRPE.multiplier(reps: reps, rpe: rpe))
        case .floor: return try rounded(values[0], .down, at: at(0))
        case .ceil: return try rounded(values[0], .up, at: at(0))
        case .round: return try rounded(values[0], .toNearestOrAwayFromZero, at: at(0))
        case .sum, .min, .max:
            return try LiftoscriptAggregate.apply(function, values, at: position)
        case .increment, .decrement:
            return try adjacentLoadable(values[0], by: function == .increment ? 1 : -1, at: at(0))
        case .roundWeight, .roundConvertWeight:
            let weight = try LiftoscriptSetField.weight(
                values[0], unit: context.unit, for: "the argument of \(function.rawValue)", at: at(0))
            return .weight(context.loadable(weight))
        case .calculate1RM, .calculateTrainingMax:
            let weight = try LiftoscriptSetField.weight(
                values[0], unit: context.unit, for: "the weight of \(function.rawValue)", at: at(0))
            let reps = try plainNumber(values[1], for: "the reps of \(function.rawValue)", at: at(1))
            let estimate = Self.epley(weight, reps: reps)
            if function == .calculate1RM { return .weight(estimate) }
            return .weight(context.loadable(LiftoscriptWeight(estimate.value * 0.9, estimate.unit)))
        case .zeroOrGte:
            guard case .array(let done) = values[0], case .array(let targets) = values[1] else {
                throw ProgramDiagnostic(
                    at: position, "zeroOrGte needs two arrays", hint: "call it as zeroOrGte(completedReps, reps)")
            }
            for (index, value) in done.enumerated() {
                let target = index < targets.count ? targets[index] : .number(0)
                if try operate(.equal, value, .number(0), at: at(0)).isTruthy { continue }
                let reached = try operate(.greaterOrEqual, value, target, at: at(0))
                if !reached.isTruthy { return .boolean(false) }
            }
            return .boolean(true)
        case .print:
            output.prints.append(values.map(\.description).joined(separator: ", "))
            return values.first ?? .number(0)
        case .sets:
            let setsCall = LiftoscriptSetsCall(values: values, positions: positions, unit: context.unit)
            try setsCall.apply(to: &bindings, at: position)
            return .number(0)
        }
    }

    /// The Epley estimate of a one-rep max: the weight times (1 + reps / 30); one rep is the
    /// weight itself and no reps estimate nothing.
    static func epley(_ weight: LiftoscriptWeight, reps: Double) -> LiftoscriptWeight {
        if reps <= 0 { return LiftoscriptWeight(0, weight.unit) }
        if reps == 1 { return weight }
        return LiftoscriptWeight(weight.value * (1 + reps / 30), weight.unit)
    }

    private func plainNumber(_ value: LiftoscriptValue, for role: String, at position: ProgramSourcePosition)
        throws(ProgramDiagnostic) -> Double
    {
        switch value {
        case .number(let number): return number
        case .weight(let weight): return weight.value
        default:
            throw ProgramDiagnostic(
                at: position, "\(role) must be a number, not \(value.typeName)", hint: "pass a plain number")
        }
    }

    private func rounded(
        _ value: LiftoscriptValue, _ rule: FloatingPointRoundingRule,
        at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) -> LiftoscriptValue {
        switch value {
        case .number(let number): return .number(number.rounded(rule))
        case .weight(let weight): return .weight(weight.value.rounded(rule), weight.unit)
        case .percentage(let share): return .percentage(share.rounded(rule))
        default:
            throw ProgramDiagnostic(
                at: position, "cannot round \(value.typeName)", hint: "round a number, a weight or a percentage")
        }
    }

    /// The next loadable weight up or down from `value` (rounded first); a percentage moves by 1%.
    private func adjacentLoadable(_ value: LiftoscriptValue, by direction: Double, at position: ProgramSourcePosition)
        throws(ProgramDiagnostic) -> LiftoscriptValue
    {
        if case .percentage(let share) = value { return .percentage(share + direction) }
        let weight = try LiftoscriptSetField.weight(value, unit: context.unit, for: "the weight", at: position)
        let loadable = context.loadable(weight)
        return .weight(max(0, loadable.value + direction * context.roundingStep), loadable.unit)
    }
}
