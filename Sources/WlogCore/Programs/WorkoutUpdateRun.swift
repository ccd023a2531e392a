import Foundation

/// Runs an exercise's `update: custom() {~ ~}` script through a simulated workout, as the app does: once
/// before any set (`setIndex` 0), then after each set is done. What it does to the sets is the workout's.
struct WorkoutUpdateRun {
    let update: CustomProgression
    let prescription: Prescription
    let oneRepMax: ProgramWeight?
    /// The lifter's bodyweight (`bodyweight`), 0 when not given.
    let bodyweight: ProgramWeight?
    let state: [StateVariable]
    let effort: SimulatedEffort

    /// The sets as the workout ended with them, what was done, why the script stopped if it did, and its prints.
    struct Outcome {
        var sets: [PrescribedSet]
        var performed: [PerformedSet]
        var messages: [String] = []
        var prints: [String] = []
    }

    var unit: WeightUnit { prescription.sets.first?.weight?.unit ?? oneRepMax?.unit ?? .kg }

    func run(week: Int, dayInWeek: Int, day: Int) -> Outcome {
        let sets = prescription.sets
        var outcome = Outcome(
            sets: sets,
            performed: sets.enumerated().map { index, set in
                PerformedSet(
                    reps: effort.reps(set, index: index, of: sets.count), weight: set.weight, rpe: set.rpe,
                    completed: true, time: set.setTimer)
            })
        let start = ProgramSourcePosition(line: update.script.line, column: update.script.column)
        guard case .success(let script) = LiftoscriptScript.parse(update.script.text, startingAt: start, kind: .update)
        else {
            outcome.messages.append("update script not run: it does not parse")
            return outcome
        }
        var bindings = LiftoscriptBindings(
            sets: sets.map(scriptSet), programNumberOfSets: sets.count,
            rm1: LiftoscriptWeight(oneRepMax?.value ?? 0, oneRepMax?.unit ?? unit),
            bodyweight: LiftoscriptWeight(bodyweight?.value ?? 0, bodyweight?.unit ?? unit),
            day: day, week: week, dayInWeek: dayInWeek, setVariationIndex: prescription.exercise.variationIndex,
            descriptionIndex: prescription.exercise.descriptionIndex, setIndex: 0,
            state: Dictionary(
                state.map { ($0.name, ScriptValues.value($0.value)) }, uniquingKeysWith: { first, _ in first }))
        // One step budget for the whole workout, so a script that runs after every set costs no more than one run.
        var budget = LiftoscriptContext.defaultStepBudget
        var tapped = 0
        var stopped = false
        while true {
            bindings.setIndex = tapped
            if !stopped {
                switch LiftoscriptEvaluator(context: LiftoscriptContext(unit: unit, stepBudget: max(budget, 1))).run(
                    script, bindings: &bindings)
                {
                case .success(let output):
                    outcome.prints += output.prints
                    budget -= output.steps
                case .failure(let diagnostic):
                    outcome.messages.append("update script stopped after set \(tapped): \(diagnostic.description)")
                    stopped = true
                }
            }
            guard tapped < bindings.sets.count, tapped < SetSectionParser.maximumSets else { break }
            complete(&bindings, index: tapped)
            tapped += 1
        }
        return finish(bindings, outcome)
    }

    /// Set `index` done as the effort says, at its weight.
    func complete(_ bindings: inout LiftoscriptBindings, index: Int) {
        var set = bindings.sets[index]
        let prescribed = prescribedSet(set, like: index)
        set.completedReps = effort.reps(prescribed, index: index, of: bindings.sets.count)
        set.completedWeight = prescribed.weight.map { LiftoscriptWeight($0.value, $0.unit) }
        set.completedRPE = set.rpe
        set.completedSetTime = set.setTime
        set.isCompleted = true
        bindings.sets[index] = set
    }

    func finish(_ bindings: LiftoscriptBindings, _ outcome: Outcome) -> Outcome {
        var result = outcome
        result.sets = bindings.sets.indices.map { prescribedSet(bindings.sets[$0], like: $0) }
        result.performed = bindings.sets.map { set in
            PerformedSet(
                reps: set.completedReps ?? 0, weight: set.completedWeight.map { ProgramWeight($0.value, $0.unit) },
                rpe: set.completedRPE, completed: set.isCompleted, time: set.completedSetTime)
        }
        return result
    }

    func scriptSet(_ set: PrescribedSet) -> LiftoscriptSet {
        let weight: LiftoscriptValue =
            set.weight.map { .weight($0.value, $0.unit) } ?? .percentage(set.percentOfOneRepMax ?? 0)
        return LiftoscriptSet(
            weight: weight, reps: set.reps, minReps: set.minReps, rpe: set.rpe, timer: set.rest,
            isAMRAP: set.isAMRAP, logsRPE: set.logsRPE, asksWeight: set.asksWeight, setTime: set.setTimer)
    }

    /// A script's set as a prescribed set, keeping the label and set timer of the set at `index` (or the last).
    func prescribedSet(_ set: LiftoscriptSet, like index: Int) -> PrescribedSet {
        var result =
            prescription.sets.isEmpty
            ? PrescribedSet(reps: set.reps, isAMRAP: false, logsRPE: false, asksWeight: false)
            : prescription.sets[min(index, prescription.sets.count - 1)]
        result.reps = set.reps
        result.minReps = set.minReps < set.reps ? set.minReps : nil
        result.isAMRAP = set.isAMRAP
        result.rpe = set.rpe
        result.logsRPE = set.logsRPE
        result.asksWeight = set.asksWeight
        result.rest = set.timer
        if set.setTime != result.setTimer {
            result.setTimer = set.setTime
            if set.setTime == nil { result.setTimerCountsUp = false }
        }
        switch set.weight {
        case .weight(let weight):
            let loadable = ProgramWeight(weight.value, weight.unit).loadable
            if loadable != result.weight { result.percentOfOneRepMax = nil }
            result.weight = loadable
        case .percentage(let share):
            result.percentOfOneRepMax = share
            result.weight = oneRepMax.map { ProgramWeight($0.value * share / 100, $0.unit).loadable }
        default:
            break
        }
        return result
    }
}
