import Foundation

/// Assignments: temporaries, state, and the program's predefined variables.
extension LiftoscriptRun {
    mutating func assign(
        _ target: LiftoscriptAssignmentTarget, _ operation: LiftoscriptAssignmentOperator,
        _ expression: LiftoscriptExpression, at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) {
        let value = try evaluate(expression)
        switch target {
        case .temporary(let name):
            temporaries[name] = try combined(temporaries[name], operation, value, name: "var.\(name)", at: position)
        case .state(let name):
            let result = try combined(bindings.state[name], operation, value, name: "state.\(name)", at: position)
            try requireScalar(result, for: "state.\(name)", at: position)
            bindings.state[name] = result
        case .taggedState(let tagExpression, let name):
            let tagValue = try evaluate(tagExpression)
            let tag = try wholeNumber(tagValue, for: "a tag", at: tagExpression.position)
            try requireScalar(value, for: "state[\(tag)].\(name)", at: position)
            output.taggedStateUpdates.append(
                LiftoscriptTaggedStateUpdate(tag: tag, name: name, operation: operation, value: value))
        case .variable(let variable, let selectors):
            try assign(variable, selectors, operation, value, at: position)
        }
    }

    /// `current op value`, or `value` for plain `=`.
    private func combined(
        _ current: LiftoscriptValue?, _ operation: LiftoscriptAssignmentOperator, _ value: LiftoscriptValue,
        name: String, at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) -> LiftoscriptValue {
        guard let arithmetic = operation.arithmetic else { return value }
        guard let current else {
            throw ProgramDiagnostic(
                at: position, "\(name) has no value to \(operation.rawValue) to", hint: "assign it first with =")
        }
        return try operate(arithmetic, current, value, at: position)
    }

    private func requireScalar(_ value: LiftoscriptValue, for name: String, at position: ProgramSourcePosition)
        throws(ProgramDiagnostic)
    {
        switch value {
        case .number, .weight, .percentage: return
        default:
            throw ProgramDiagnostic(
                at: position, "\(name) can hold a number, a weight or a percentage, not \(value.typeName)",
                hint: "use a condition to pick a number, e.g. c ? 1 : 0")
        }
    }

    private mutating func assign(
        _ variable: LiftoscriptVariable, _ selectors: [LiftoscriptSelector],
        _ operation: LiftoscriptAssignmentOperator, _ value: LiftoscriptValue,
        at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) {
        switch variable {
        case .rm1:
            let result = try combined(.weight(bindings.rm1), operation, value, name: "rm1", at: position)
            bindings.rm1 = try LiftoscriptSetField.weight(result, unit: context.unit, for: "rm1", at: position)
        case .setVariationIndex, .descriptionIndex, .exerciseVariationIndex:
            let current = read(variable)
            let result = try wholeNumber(
                combined(current, operation, value, name: variable.rawValue, at: position),
                for: variable.rawValue, at: position)
            guard result >= 1 else {
                throw ProgramDiagnostic(
                    at: position, "\(variable.rawValue) must be 1 or more, not \(result)", hint: "indexes start at 1")
            }
            switch variable {
            case .setVariationIndex: bindings.setVariationIndex = result
            case .exerciseVariationIndex: bindings.exerciseVariationIndex = result
            default: bindings.descriptionIndex = result
            }
        case .numberOfSets:
            let target = try setTarget(selectors, setLast: false)
            try assignNumberOfSets(target, operation, value, at: position)
        default:
            let target = try setTarget(selectors, setLast: true)
            output.setUpdates.append(
                LiftoscriptSetUpdate(variable: variable, target: target, operation: operation, value: value))
            guard
                target.covers(
                    week: bindings.week, day: bindings.dayInWeek, setVariation: bindings.setVariationIndex, set: nil)
            else { return }
            for index in bindings.sets.indices where target.set == nil || target.set == index + 1 {
                if kind == .update, bindings.sets[index].isCompleted { continue }
                var item = value
                if case .array(let values) = value {
                    guard index < values.count else {
                        throw ProgramDiagnostic(
                            at: position, "the array has \(values.count) values but set \(index + 1) needs one",
                            hint: "assign an array with one value per set, or a single value")
                    }
                    item = values[index]
                }
                let current = read(variable).arrayElement(index)
                let result = try combined(
                    current, operation, item, name: "\(variable.rawValue)[\(index + 1)]", at: position)
                let unit = context.unit
                try LiftoscriptSetField.store(result, in: &bindings.sets[index], variable, unit: unit, at: position)
            }
        }
    }

    private mutating func assignNumberOfSets(
        _ target: LiftoscriptSetTarget, _ operation: LiftoscriptAssignmentOperator,
        _ value: LiftoscriptValue, at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) {
        output.setUpdates.append(
            LiftoscriptSetUpdate(variable: .numberOfSets, target: target, operation: operation, value: value))
        guard
            target.covers(
                week: bindings.week, day: bindings.dayInWeek, setVariation: bindings.setVariationIndex, set: nil)
        else { return }
        let result = try wholeNumber(
            combined(read(.numberOfSets), operation, value, name: "numberOfSets", at: position),
            for: "numberOfSets", at: position)
        guard (0...LiftoscriptContext.maximumSets).contains(result) else {
            throw ProgramDiagnostic(
                at: position, "numberOfSets must be from 0 to \(LiftoscriptContext.maximumSets), not \(result)",
                hint: "keep the number of sets within what a workout can hold")
        }
        let kept = kind == .update ? (bindings.sets.lastIndex(where: \.isCompleted).map { $0 + 1 } ?? 0) : 0
        let count = max(result, kept)
        if count < bindings.sets.count {
            bindings.sets.removeLast(bindings.sets.count - count)
        } else if count > bindings.sets.count {
            var added =
                bindings.sets.last ?? LiftoscriptSet(weight: .weight(LiftoscriptWeight(0, context.unit)), reps: 0)
            added.completedWeight = nil
            added.completedReps = nil
            added.completedRepsLeft = nil
            added.completedRPE = nil
            added.isCompleted = false
            bindings.sets.append(contentsOf: repeatElement(added, count: count - bindings.sets.count))
        }
    }

    /// The target the selectors name; leading selectors left out mean any. `setLast` says the
    /// last selector is the set (per-set variables) rather than the set variation (`numberOfSets`).
    private mutating func setTarget(_ selectors: [LiftoscriptSelector], setLast: Bool) throws(ProgramDiagnostic)
        -> LiftoscriptSetTarget
    {
        var numbers: [Int?] = []
        for selector in selectors {
            switch selector {
            case .any: numbers.append(nil)
            case .value(let expression):
                let value = try evaluate(expression)
                let number = try wholeNumber(value, for: "a target index", at: expression.position)
                guard number >= 1 else {
                    throw ProgramDiagnostic(
                        at: expression.position, "target indexes start at 1, not \(number)", hint: "use * for any")
                }
                numbers.append(number)
            }
        }
        let width = setLast ? 4 : 3
        let padded = [Int?](repeating: nil, count: max(width - numbers.count, 0)) + numbers
        return LiftoscriptSetTarget(
            week: padded[0], day: padded[1], setVariation: padded[2], set: setLast ? padded[3] : nil)
    }
}

extension LiftoscriptValue {
    /// Element `index` of an array (0-based), or nil.
    func arrayElement(_ index: Int) -> LiftoscriptValue? {
        guard case .array(let values) = self, values.indices.contains(index) else { return nil }
        return values[index]
    }
}
