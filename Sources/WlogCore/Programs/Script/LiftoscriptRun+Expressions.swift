import Foundation

/// Evaluating expressions.
extension LiftoscriptRun {
    mutating func evaluate(_ expression: LiftoscriptExpression) throws(ProgramDiagnostic) -> LiftoscriptValue {
        try step(at: expression.position)
        switch expression.kind {
        case .literal(let value):
            return value
        case .variable(let variable):
            return read(variable)
        case .state(let name):
            guard let value = bindings.state[name] else {
                throw ProgramDiagnostic(
                    at: expression.position, "state variable '\(name)' has no value",
                    hint: "declare it in custom(\(name): 0)")
            }
            return value
        case .temporary(let name):
            guard let value = temporaries[name] else {
                throw ProgramDiagnostic(
                    at: expression.position, "var.\(name) is read before it is given a value",
                    hint: "assign it first: var.\(name) = …")
            }
            return value
        case .index(let base, let index):
            let array = try evaluate(base)
            let number = try evaluate(index)
            return try element(of: array, at: number, position: index.position)
        case .unary(.negate, let operand):
            let value = try evaluate(operand)
            return try operate(.multiply, value, .number(-1), at: expression.position)
        case .unary(.not, let operand):
            let value = try evaluate(operand)
            return .boolean(!value.isTruthy)
        case .binary(.and, let left, let right):
            guard try evaluate(left).isTruthy else { return .boolean(false) }
            return .boolean(try evaluate(right).isTruthy)
        case .binary(.or, let left, let right):
            if try evaluate(left).isTruthy { return .boolean(true) }
            return .boolean(try evaluate(right).isTruthy)
        case .binary(let operation, let left, let right):
            let leftValue = try evaluate(left)
            let rightValue = try evaluate(right)
            return try operate(operation, leftValue, rightValue, at: expression.position)
        case .ternary(let condition, let whenTrue, let whenFalse):
            if try evaluate(condition).isTruthy { return try evaluate(whenTrue) }
            return try evaluate(whenFalse)
        case .call(let name, let arguments):
            var values: [LiftoscriptValue] = []
            for argument in arguments { values.append(try evaluate(argument)) }
            guard let function = LiftoscriptFunction(rawValue: name) else {
                throw ProgramDiagnostic(
                    at: expression.position, "unknown function '\(name)'", hint: "see the list of built-in functions")
            }
            let result = try call(function, values, arguments.map(\.position), at: expression.position)
            try Self.requireFinite(result, at: expression.position)
            return result
        case .invalid:
            throw ProgramDiagnostic(
                at: expression.position, "this part of the script could not be read",
                hint: "fix the errors the parser reported")
        }
    }

    func operate(
        _ operation: LiftoscriptBinaryOperator, _ left: LiftoscriptValue, _ right: LiftoscriptValue,
        at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) -> LiftoscriptValue {
        let result: LiftoscriptValue
        do {
            result = try LiftoscriptArithmetic.apply(operation, left, right)
        } catch {
            throw ProgramDiagnostic(at: position, error.message, hint: error.hint)
        }
        try Self.requireFinite(result, at: position)
        return result
    }

    /// Fails when a result is infinite or not a number, so no such value reaches the program.
    static func requireFinite(_ value: LiftoscriptValue, at position: ProgramSourcePosition) throws(ProgramDiagnostic) {
        guard value.isFinite else {
            throw ProgramDiagnostic(
                at: position, "the result is too large to be a number", hint: "keep numbers within a sensible range")
        }
    }

    private func element(
        of base: LiftoscriptValue, at index: LiftoscriptValue,
        position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) -> LiftoscriptValue {
        guard case .array(let values) = base else {
            throw ProgramDiagnostic(
                at: position, "cannot index \(base.typeName)",
                hint: "only per-set variables such as reps[2] take an index")
        }
        let number = try wholeNumber(index, for: "a set index", at: position)
        guard number >= 1, number <= values.count else {
            throw ProgramDiagnostic(
                at: position,
                "set \(number) does not exist: there \(values.count == 1 ? "is 1 set" : "are \(values.count) sets")",
                hint: "set indexes start at 1; guard with if (numberOfSets >= \(max(number, 1))) { … }")
        }
        return values[number - 1]
    }

    /// A set's weight as `weights` reads it: a percentage becomes that share of `rm1`, rounded to
    /// the loadable step, as the weight the lifter is given.
    func resolved(_ weight: LiftoscriptValue) -> LiftoscriptValue {
        guard case .percentage(let share) = weight else { return weight }
        return .weight(context.loadable(LiftoscriptWeight(bindings.rm1.value * share / 100, bindings.rm1.unit)))
    }

    /// The current value of a predefined variable; values not logged read as 0.
    func read(_ variable: LiftoscriptVariable) -> LiftoscriptValue {
        let zeroWeight = LiftoscriptValue.weight(LiftoscriptWeight(0, context.unit))
        let count = { (value: Int?) in LiftoscriptValue.number(Double(value ?? 0)) }
        let flag = { (value: Bool) in LiftoscriptValue.number(value ? 1 : 0) }
        let sets = bindings.sets
        switch variable {
        case .weights: return .array(sets.map { resolved($0.weight) })
        case .originalWeights: return .array(sets.map(\.originalWeight))
        case .completedWeights: return .array(sets.map { $0.completedWeight.map { .weight($0) } ?? zeroWeight })
        case .reps: return .array(sets.map { count($0.reps) })
        case .minReps: return .array(sets.map { count($0.minReps) })
        case .completedReps: return .array(sets.map { count($0.completedReps) })
        case .completedRepsLeft: return .array(sets.map { count($0.completedRepsLeft) })
        case .rpe: return .array(sets.map { .number($0.rpe ?? 0) })
        case .completedRPE: return .array(sets.map { .number($0.completedRPE ?? 0) })
        case .timers: return .array(sets.map { count($0.timer) })
        case .amraps: return .array(sets.map { flag($0.isAMRAP) })
        case .logrpes: return .array(sets.map { flag($0.logsRPE) })
        case .askweights: return .array(sets.map { flag($0.asksWeight) })
        case .setTime: return .array(sets.map { count($0.setTime) })
        case .completedSetTime: return .array(sets.map { count($0.completedSetTime) })
        case .rm1: return .weight(bindings.rm1)
        case .bodyweight: return .weight(bindings.bodyweight)
        case .day: return count(bindings.day)
        case .week: return count(bindings.week)
        case .dayInWeek: return count(bindings.dayInWeek)
        case .programNumberOfSets: return count(bindings.programNumberOfSets)
        case .numberOfSets: return count(bindings.numberOfSets)
        case .completedNumberOfSets: return count(bindings.completedNumberOfSets)
        case .setVariationIndex: return count(bindings.setVariationIndex)
        case .descriptionIndex: return count(bindings.descriptionIndex)
        case .exerciseVariationIndex: return count(bindings.exerciseVariationIndex)
        case .setIndex: return count(bindings.setIndex)
        }
    }
}
