import Foundation

/// Writes a script's assignments to per-set variables (`weights[2:1:*:3] += 5lb`) and to `numberOfSets`
/// into every occurrence of the exercise they target.
struct SetUpdateApplier {
    var edits: ProgramEdits
    let key: ExerciseKey
    let name: String
    let unit: WeightUnit

    mutating func apply(_ update: LiftoscriptSetUpdate, messages: inout [String]) {
        var failed = false
        let oneRepMax = edits.oneRepMaxes[name]
        let target = update.target
        edits.forEachExercise(of: key) { week, day, exercise in
            for variation in exercise.variations.indices
            where target.covers(week: week, day: day, setVariation: variation + 1, set: nil) {
                var sets = exercise.variations[variation].groups.flatMap { group in
                    Array(
                        repeating: SetGroup(
                            count: 1, reps: group.reps, minReps: group.minReps, isAMRAP: group.isAMRAP,
                            label: group.label, details: group.details), count: group.count)
                }
                if update.variable == .numberOfSets {
                    guard let count = Self.setCount(sets.count, update), let last = sets.last else {
                        failed = true
                        continue
                    }
                    sets =
                        count <= sets.count
                        ? Array(sets.prefix(max(count, 1))) : sets + Array(repeating: last, count: count - sets.count)
                } else {
                    for index in sets.indices where target.set == nil || target.set == index + 1 {
                        var value = update.value
                        if case .array(let values) = value {
                            guard index < values.count else {
                                failed = true
                                continue
                            }
                            value = values[index]
                        }
                        if !Self.store(
                            value, update.operation, update.variable, in: &sets[index], unit: unit, oneRepMax: oneRepMax
                        ) {
                            failed = true
                        }
                    }
                }
                exercise.variations[variation].groups = Self.merged(sets)
            }
        }
        let selector = [target.week, target.day, target.setVariation, target.set].map { $0.map(String.init) ?? "*" }
            .joined(separator: ":")
        messages.append(
            "\(update.variable.rawValue)[\(selector)] \(update.operation.rawValue) \(update.value.description)"
                + (failed ? " (not applied where the value does not fit)" : ""))
    }

    static func setCount(_ current: Int, _ update: LiftoscriptSetUpdate) -> Int? {
        guard
            let combined = ScriptValues.combine(
                .number(Double(current)), update.operation, update.value, oneRepMax: nil)
        else { return nil }
        return ScriptValues.whole(combined, in: 1...SetSectionParser.maximumSets)
    }

    /// Stores one assignment in one set; false when the value does not fit the variable.
    static func store(
        _ value: LiftoscriptValue, _ operation: LiftoscriptAssignmentOperator, _ variable: LiftoscriptVariable,
        in set: inout SetGroup, unit: WeightUnit, oneRepMax: ProgramWeight?
    ) -> Bool {
        func number(_ current: Double, in range: ClosedRange<Int>) -> Int? {
            ScriptValues.combine(.number(current), operation, value, oneRepMax: nil).flatMap {
                ScriptValues.whole($0, in: range)
            }
        }
        switch variable {
        case .weights:
            let current =
                set.details.load.map(ScriptValues.value)
                ?? .percentage(
                    LiftoscriptRPE.multiplier(reps: Double(max(set.reps, 1)), rpe: set.details.rpe ?? 10) * 100)
            guard let combined = ScriptValues.combine(current, operation, value, oneRepMax: oneRepMax),
                let load = ScriptValues.load(combined, unit: unit)
            else { return false }
            set.details.load = load
        case .reps:
            guard let reps = number(Double(set.reps), in: 0...SetSectionParser.maximumReps) else { return false }
            set.reps = reps
            if let low = set.minReps, low > reps { set.minReps = reps }
        case .minReps:
            guard let low = number(Double(set.minReps ?? set.reps), in: 0...SetSectionParser.maximumReps) else {
                return false
            }
            set.minReps = low == set.reps ? nil : min(low, set.reps)
        case .timers:
            guard let seconds = number(Double(set.details.rest ?? 0), in: 0...SetSectionParser.maximumRest) else {
                return false
            }
            set.details.rest = seconds == 0 ? nil : seconds
        case .rpe:
            guard let combined = ScriptValues.combine(.number(set.details.rpe ?? 0), operation, value, oneRepMax: nil),
                case .number(let rpe) = combined, rpe.isFinite
            else { return false }
            set.details.rpe = rpe <= 0 ? nil : min(rpe, 10)
        case .amraps:
            guard let flag = number(set.isAMRAP ? 1 : 0, in: 0...1) else { return false }
            set.isAMRAP = flag == 1
        case .logrpes:
            guard let flag = number(set.details.logsRPE ? 1 : 0, in: 0...1) else { return false }
            set.details.logsRPE = flag == 1
        case .askweights:
            guard let flag = number(set.details.asksWeight ? 1 : 0, in: 0...1) else { return false }
            set.details.asksWeight = flag == 1
        case .setTime:
            guard let seconds = number(Double(set.details.setTimer ?? 0), in: 0...SetSectionParser.maximumRest) else {
                return false
            }
            set.details.setTimer = seconds == 0 ? nil : seconds
            if seconds == 0 { set.details.setTimerCountsUp = false }
        default:
            return false
        }
        return true
    }

    /// Single sets back into groups: neighbours that are the same become one group.
    static func merged(_ sets: [SetGroup]) -> [SetGroup] {
        var groups: [SetGroup] = []
        for set in sets {
            if var last = groups.last,
                SetGroup(
                    count: 1, reps: last.reps, minReps: last.minReps, isAMRAP: last.isAMRAP, label: last.label,
                    details: last.details) == set
            {
                last.count += 1
                groups[groups.count - 1] = last
            } else {
                groups.append(set)
            }
        }
        return groups
    }
}
