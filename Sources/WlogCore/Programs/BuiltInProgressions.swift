import Foundation

/// `lp`, `dp` and `sum` as the Liftoscript reference defines them.
enum BuiltInProgressions {
    /// After `increaseAttempts` successes the weights go up and both counters restart; with a decrease,
    /// after `decreaseAttempts` failures they go down and both counters restart. Returns the new counters.
    static func linear(
        _ linear: LinearProgression, succeeded: Bool, prescription: Prescription, edits: inout ProgramEdits,
        messages: inout [String]
    ) -> LinearProgression {
        var next = linear
        let name = prescription.exercise.movementName
        if succeeded {
            next.successes += 1
            if next.successes >= next.increaseAttempts {
                move(prescription, by: next.increase, direction: 1, name: name, edits: &edits, messages: &messages)
                next.successes = 0
                next.failures = 0
            } else {
                messages.append("success \(next.successes) of \(next.increaseAttempts) before the next increase")
            }
        } else if let decrease = next.decrease {
            next.failures += 1
            if next.failures >= next.decreaseAttempts {
                move(prescription, by: decrease, direction: -1, name: name, edits: &edits, messages: &messages)
                next.successes = 0
                next.failures = 0
            } else {
                messages.append("failure \(next.failures) of \(next.decreaseAttempts) before the next decrease")
            }
        } else {
            messages.append("not all reps done; weights stay")
        }
        return next
    }

    /// On success, a rep more everywhere until `maxReps`; a success at `maxReps` adds the weight and goes back to `minReps`.
    static func double(
        _ double: DoubleProgression, succeeded: Bool, prescription: Prescription, edits: inout ProgramEdits,
        messages: inout [String]
    ) {
        guard succeeded else {
            messages.append("not all reps done; reps and weights stay")
            return
        }
        let current = prescription.sets.first?.reps ?? double.minReps
        if current < double.maxReps {
            edits.forEachGroup(of: prescription.key) { _, _, _, group in
                group.reps = min(group.reps + 1, double.maxReps)
            }
            messages.append("reps \(current) → \(current + 1)")
        } else {
            edits.forEachGroup(of: prescription.key) { _, _, _, group in
                group.reps = double.minReps
                if let low = group.minReps, low > double.minReps { group.minReps = double.minReps }
            }
            messages.append("reps \(current) → \(double.minReps)")
            move(
                prescription, by: double.increase, direction: 1, name: prescription.exercise.movementName,
                edits: &edits, messages: &messages)
        }
    }

    /// More weight when the reps of all sets add up to at least the threshold.
    static func repsSum(
        _ sum: RepsSumProgression, done: [PerformedSet], prescription: Prescription, edits: inout ProgramEdits,
        messages: inout [String]
    ) {
        let total = done.filter(\.completed).reduce(0) { $0 + $1.reps }
        guard total >= sum.threshold else {
            messages.append("\(total) reps, under \(sum.threshold); weights stay")
            return
        }
        messages.append("\(total) reps, at least \(sum.threshold)")
        move(
            prescription, by: sum.increase, direction: 1, name: prescription.exercise.movementName, edits: &edits,
            messages: &messages)
    }

    static func move(
        _ prescription: Prescription, by step: WeightStep, direction: Double, name: String, edits: inout ProgramEdits,
        messages: inout [String]
    ) {
        let before = ProgramExpander.firstWeight(in: edits.program, at: prescription, oneRepMaxes: edits.oneRepMaxes)
        let complete = edits.moveWeights(of: prescription.key, name: name, by: step, direction: direction)
        let negative = step.text.hasPrefix("-") != (direction < 0)
        let stepText = step.text.hasPrefix("-") ? String(step.text.dropFirst()) : step.text
        var message = "weights \(negative ? "-" : "+")\(stepText)"
        if let before,
            let after = ProgramExpander.firstWeight(in: edits.program, at: prescription, oneRepMaxes: edits.oneRepMaxes)
        {
            message += " (\(before.text) → \(after.text))"
        }
        if !complete { message += "; sets weighed as a share of 1RM stay, as no 1RM was given for \(name)" }
        messages.append(message)
    }
}

extension ProgramExpander {
    /// The first set's weight of the exercise at the prescription's place in a changed program.
    static func firstWeight(in program: Program, at prescription: Prescription, oneRepMaxes: OneRepMaxes)
        -> ProgramWeight?
    {
        guard program.weeks.indices.contains(prescription.week - 1),
            program.weeks[prescription.week - 1].days.indices.contains(prescription.day - 1)
        else { return nil }
        let exercises = program.weeks[prescription.week - 1].days[prescription.day - 1].exercises
        guard exercises.indices.contains(prescription.index) else { return nil }
        let exercise = exercises[prescription.index]
        guard let group = exercise.currentVariation.groups.first else { return nil }
        return set(group, oneRepMax: oneRepMaxes[exercise.movementName]).weight
    }
}
