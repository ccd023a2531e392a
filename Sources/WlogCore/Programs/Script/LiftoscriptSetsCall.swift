import Foundation

/// `sets(fromIndex, toIndex, minReps, maxReps, isAmrap, weight, timer, rpe, shouldLogRpe)` in an
/// update script: rewrites sets fromIndex…toIndex of this workout, leaving completed sets alone.
/// A timer or RPE of 0 means none; `shouldLogRpe` may be left out (0).
struct LiftoscriptSetsCall {
    let values: [LiftoscriptValue]
    let positions: [ProgramSourcePosition]
    let unit: WeightUnit

    func apply(to bindings: inout LiftoscriptBindings, at position: ProgramSourcePosition) throws(ProgramDiagnostic) {
        let from = try whole(0, "fromIndex")
        let to = try whole(1, "toIndex")
        guard from >= 1, from <= to, to <= bindings.sets.count else {
            throw ProgramDiagnostic(
                at: position, "sets(\(from), \(to), …) is outside the \(bindings.sets.count) sets of this workout",
                hint: "raise numberOfSets first, then call sets(…) for sets 1 to numberOfSets")
        }
        var template = bindings.sets[from - 1]
        try LiftoscriptSetField.store(values[2], in: &template, .minReps, unit: unit, at: at(2))
        try LiftoscriptSetField.store(values[3], in: &template, .reps, unit: unit, at: at(3))
        try LiftoscriptSetField.store(values[4], in: &template, .amraps, unit: unit, at: at(4))
        try LiftoscriptSetField.store(values[5], in: &template, .weights, unit: unit, at: at(5))
        try LiftoscriptSetField.store(values[6], in: &template, .timers, unit: unit, at: at(6))
        try LiftoscriptSetField.store(values[7], in: &template, .rpe, unit: unit, at: at(7))
        try LiftoscriptSetField.store(
            values.count > 8 ? values[8] : .number(0), in: &template, .logrpes, unit: unit, at: at(8))
        guard template.minReps <= template.reps else {
            throw ProgramDiagnostic(
                at: at(2), "minReps (\(template.minReps)) is more than maxReps (\(template.reps))",
                hint: "give the smaller number first")
        }
        for index in (from - 1)..<to where !bindings.sets[index].isCompleted {
            var set = bindings.sets[index]
            set.minReps = template.minReps
            set.reps = template.reps
            set.isAMRAP = template.isAMRAP
            set.weight = template.weight
            set.originalWeight = template.weight
            set.timer = template.timer
            set.rpe = template.rpe
            set.logsRPE = template.logsRPE
            bindings.sets[index] = set
        }
    }

    private func at(_ index: Int) -> ProgramSourcePosition {
        index < positions.count ? positions[index] : positions.last ?? .start
    }

    private func whole(_ index: Int, _ name: String) throws(ProgramDiagnostic) -> Int {
        guard case .number(let number) = values[index], number == number.rounded(), abs(number) < 1e9 else {
            throw ProgramDiagnostic(
                at: at(index), "\(name) must be a whole number, not \(values[index])", hint: "set indexes start at 1")
        }
        return Int(number)
    }
}
