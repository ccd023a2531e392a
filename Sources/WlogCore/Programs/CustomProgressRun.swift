import Foundation

/// Runs a `progress: custom(…) {~ … ~}` script through the Liftoscript evaluator and writes what it
/// changed into the program: state, per-set values everywhere the script targets, set counts, set
/// variation and description indexes, the 1RM, and other exercises' state through tags.
struct CustomProgressRun {
    let custom: CustomProgression
    let prescription: Prescription
    let performed: [PerformedSet]
    let week: Int
    let day: Int
    var edits: ProgramEdits

    init(
        custom: CustomProgression, prescription: Prescription, performed: [PerformedSet], week: Int, day: Int,
        edits: ProgramEdits
    ) {
        self.custom = custom
        self.prescription = prescription
        self.performed = performed
        self.week = week
        self.day = day
        self.edits = edits
    }

    var unit: WeightUnit {
        prescription.sets.first?.weight?.unit ?? edits.oneRepMaxes[prescription.exercise.movementName]?.unit ?? .kg
    }

    mutating func execute(messages: inout [String], prints: inout [ProgramChange]) {
        let start = ProgramSourcePosition(line: custom.script.line, column: custom.script.column)
        let script: LiftoscriptScript
        switch LiftoscriptScript.parse(
            custom.script.text, startingAt: start, kind: .progress, stateVariables: Set(custom.state.map(\.name)))
        {
        case .success(let parsed): script = parsed
        case .failure(let list):
            messages.append("script not run: \(list.diagnostics.first.map(\.description) ?? "it does not parse")")
            return
        }
        var bindings = makeBindings()
        let before = bindings
        let output: LiftoscriptRunOutput
        switch LiftoscriptEvaluator(context: LiftoscriptContext(unit: unit)).run(script, bindings: &bindings) {
        case .success(let result): output = result
        case .failure(let diagnostic):
            messages.append("script stopped, nothing changed: \(diagnostic.description)")
            return
        }
        let name = prescription.exercise.displayName
        prints += output.prints.map { ProgramChange(exercise: name, message: "print: \($0)") }
        applyState(bindings.state, messages: &messages)
        if bindings.rm1 != before.rm1 {
            let weight = ProgramWeight(bindings.rm1.value, bindings.rm1.unit)
            edits.oneRepMaxes[prescription.exercise.movementName] = weight
            messages.append("1RM → \(weight.text)")
        }
        if bindings.setVariationIndex != before.setVariationIndex {
            let index = bindings.setVariationIndex
            edits.forEachExercise(of: prescription.key) { _, _, exercise in
                exercise.variationIndex = min(index, exercise.variations.count)
            }
            messages.append("set variation → \(index)")
        }
        if bindings.exerciseVariationIndex != before.exerciseVariationIndex {
            let index = min(bindings.exerciseVariationIndex, max(prescription.exercise.exerciseVariations.count, 1))
            edits.forEachExercise(of: prescription.key) { _, _, exercise in
                exercise.exerciseVariationIndex = min(index, max(exercise.exerciseVariations.count, 1))
            }
            if index != before.exerciseVariationIndex { messages.append("exercise variation → \(index)") }
        }
        if bindings.descriptionIndex != before.descriptionIndex {
            let index = bindings.descriptionIndex
            edits.forEachExercise(of: prescription.key) { _, _, exercise in
                exercise.descriptionIndex = min(index, max(exercise.descriptions.count, 1))
            }
            messages.append("description → \(index)")
        }
        var applier = SetUpdateApplier(
            edits: edits, key: prescription.key, name: prescription.exercise.movementName, unit: unit)
        for update in output.setUpdates { applier.apply(update, messages: &messages) }
        edits = applier.edits
        for update in output.taggedStateUpdates { applyTagged(update, messages: &messages) }
    }

    func makeBindings() -> LiftoscriptBindings {
        let oneRepMax = edits.oneRepMaxes[prescription.exercise.movementName]
        let sets = prescription.sets.enumerated().map { index, set -> LiftoscriptSet in
            let done = index < performed.count ? performed[index] : nil
            let weight: LiftoscriptValue =
                set.weight.map { .weight($0.value, $0.unit) } ?? .percentage(set.percentOfOneRepMax ?? 0)
            return LiftoscriptSet(
                weight: weight,
                completedWeight: (done?.weight ?? set.weight).map { LiftoscriptWeight($0.value, $0.unit) },
                reps: set.reps, minReps: set.minReps, completedReps: done?.reps, rpe: set.rpe, completedRPE: done?.rpe,
                timer: set.rest,
                isAMRAP: set.isAMRAP, logsRPE: set.logsRPE, asksWeight: set.asksWeight,
                isCompleted: done?.completed ?? false,
                setTime: set.setTimer, completedSetTime: done?.time)
        }
        let daysBefore = edits.program.weeks.prefix(week - 1).reduce(0) { $0 + $1.days.count }
        var state: [String: LiftoscriptValue] = [:]
        for variable in custom.state { state[variable.name] = ScriptValues.value(variable.value) }
        return LiftoscriptBindings(
            sets: sets, programNumberOfSets: prescription.exercise.currentVariation.setCount,
            rm1: LiftoscriptWeight(oneRepMax?.value ?? 0, oneRepMax?.unit ?? unit), day: daysBefore + day, week: week,
            dayInWeek: day,
            setVariationIndex: prescription.exercise.variationIndex,
            descriptionIndex: prescription.exercise.descriptionIndex,
            exerciseVariationIndex: prescription.exercise.exerciseVariationIndex, state: state)
    }

    mutating func applyState(_ state: [String: LiftoscriptValue], messages: inout [String]) {
        guard case .custom(var current) = edits.program.progressions[prescription.key] else { return }
        for index in current.state.indices {
            guard let value = state[current.state[index].name].flatMap(ScriptValues.stateValue),
                value != current.state[index].value
            else { continue }
            messages.append("state.\(current.state[index].name) \(current.state[index].value.text) → \(value.text)")
            current.state[index].value = value
        }
        edits.program.progressions[prescription.key] = .custom(current)
    }

    mutating func applyTagged(_ update: LiftoscriptTaggedStateUpdate, messages: inout [String]) {
        for key in (edits.occurrences.tagged[update.tag] ?? []).sorted() {
            guard case .custom(var other) = edits.program.progressions[key],
                let index = other.state.firstIndex(where: { $0.name == update.name })
            else { continue }
            let current = ScriptValues.value(other.state[index].value)
            guard let combined = ScriptValues.combine(current, update.operation, update.value, oneRepMax: nil),
                let value = ScriptValues.stateValue(combined)
            else { continue }
            other.state[index].value = value
            edits.program.progressions[key] = .custom(other)
            messages.append("state[\(update.tag)].\(update.name) of \(key.name) → \(value.text)")
        }
    }
}
