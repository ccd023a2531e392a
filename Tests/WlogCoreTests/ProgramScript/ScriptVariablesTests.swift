import Foundation
import Testing
import WlogCore

/// The "Advanced" sections on predefined variables: what a script reads, what it may write, and
/// the `[week:day:setvariation:set]` targets.
@Suite struct ScriptVariablesTests {
    @Test(
        "Liftoscript reference, Predefined read-only variables: every one, aliases included",
        arguments: [
            ("weights", "[100kg, 100kg, 100kg]"), ("w[2]", "100kg"), ("originalWeights", "[101.3kg, 100kg, 100kg]"),
            ("completedWeights", "[100kg, 100kg, 0kg]"), ("cw[1]", "100kg"), ("reps", "[8, 8, 8]"), ("r[3]", "8"),
            ("minReps", "[8, 8, 6]"), ("mr[3]", "6"), ("completedReps", "[8, 7, 0]"), ("cr[2]", "7"),
            ("completedRepsLeft", "[8, 0, 0]"), ("RPE", "[0, 0, 8]"), ("completedRPE", "[7.5, 0, 0]"),
            ("timers", "[0, 0, 90]"), ("rm1", "140kg"), ("bodyweight", "80kg"), ("day", "5"), ("week", "2"),
            ("dayInWeek", "2"), ("programNumberOfSets", "3"), ("numberOfSets", "3"), ("ns", "3"),
            ("completedNumberOfSets", "2"), ("setVariationIndex", "1"), ("descriptionIndex", "1"),
            ("amraps", "[0, 0, 1]"), ("logrpes", "[0, 0, 1]"), ("askweights", "[0, 0, 1]"), ("setIndex", "0"),
        ])
    func readOnlyVariables(name: String, expected: String) throws {
        #expect(try ScriptHarness.value(name) == expected)
    }

    @Test("Liftoscript reference, Predefined read-only variables: weights are after rounding, originalWeights before")
    func percentageWeights() throws {
        var bindings = ScriptHarness.threeSets()
        bindings.sets[0].weight = .percentage(80)
        bindings.sets[0].originalWeight = .percentage(80)
        // rm1 is 140 kg: 80% is 112 kg, given as 112.5 kg.
        #expect(try ScriptHarness.value("weights[1], originalWeights[1]", on: bindings) == "112.5kg, 80%")
        try ScriptHarness.run("weights[1] += 2.5kg", on: &bindings)
        #expect(bindings.weightTexts == ["115kg", "100kg", "100kg"])
    }

    @Test("Liftoscript reference, Predefined read-only variables: assigning one is an error with a hint")
    func readOnlyWrite() {
        let diagnostics = ScriptHarness.diagnostics("completedReps = 5")
        #expect(diagnostics.map(\.message) == ["'completedReps' is read-only in progress scripts"])
        #expect(diagnostics.first?.hint?.contains("weights, reps, minReps, RPE, timers") == true)
        #expect(
            ScriptHarness.diagnostics("cr[1] += 1").map(\.message) == [
                "'completedReps' is read-only in progress scripts"
            ])
    }

    @Test("Liftoscript reference, Advanced: completedReps >= reps holds when it holds for every set")
    func arrayComparison() throws {
        #expect(
            try ScriptHarness.value("completedReps >= reps, completedReps[1] >= reps[1], weights >= 50lb")
                == "false, true, true")
        let done = ScriptHarness.done(3, reps: 5, at: LiftoscriptWeight(60, .kg))
        #expect(try ScriptHarness.value("completedReps >= reps, completedReps > reps", on: done) == "true, false")
    }

    @Test("Liftoscript reference, Advanced: weights += 5lb, weights[2] += 5lb, weights[2:3:*:*] += 5lb")
    func weightIncrements() throws {
        var bindings = ScriptHarness.threeSets()
        let output = try ScriptHarness.run(
            "weights[2] += 2.5kg\nweights[2:3:*:*] += 5kg\nweights[2:2:*:*] += 1kg", on: &bindings)
        // Week 2 day 3 is another workout: recorded for the program, this workout unchanged.
        #expect(bindings.weightTexts == ["101kg", "103.5kg", "101kg"])
        #expect(
            output.setUpdates == [
                LiftoscriptSetUpdate(
                    variable: .weights, target: LiftoscriptSetTarget(set: 2), operation: .add, value: .weight(2.5, .kg)),
                LiftoscriptSetUpdate(
                    variable: .weights, target: LiftoscriptSetTarget(week: 2, day: 3), operation: .add,
                    value: .weight(5, .kg)),
                LiftoscriptSetUpdate(
                    variable: .weights, target: LiftoscriptSetTarget(week: 2, day: 2), operation: .add,
                    value: .weight(1, .kg)),
            ])
    }

    @Test("Liftoscript reference, Advanced: weights = weights[numberOfSets] + 5lb sets every set from the last")
    func assignFromLastSet() throws {
        var bindings = ScriptHarness.done(3, reps: 5, at: LiftoscriptWeight(135, .lb))
        bindings.sets[2].weight = .weight(145, .lb)
        try ScriptHarness.run("weights = weights[numberOfSets] + 5lb", on: &bindings, unit: .lb)
        #expect(bindings.weightTexts == ["150lb", "150lb", "150lb"])
    }

    @Test("Liftoscript reference, Predefined write variables: leading selectors left out mean any")
    func targets() throws {
        var bindings = ScriptHarness.threeSets()
        let output = try ScriptHarness.run(
            """
            weights = 50kg
            weights[5] = 50kg
            weights[3:*:5] = 50kg
            reps[week:dayInWeek:*:1 + 1] = 6
            timers[*:*:1:3] = 120
            minReps[1] = 5
            RPE[3] = 9
            amraps[1] = 1
            logrpes[2] = 1
            askweights[3] = 0
            """, on: &bindings)
        #expect(
            output.setUpdates.map(\.target) == [
                LiftoscriptSetTarget(), LiftoscriptSetTarget(set: 5), LiftoscriptSetTarget(day: 3, set: 5),
                LiftoscriptSetTarget(week: 2, day: 2, set: 2), LiftoscriptSetTarget(setVariation: 1, set: 3),
                LiftoscriptSetTarget(set: 1), LiftoscriptSetTarget(set: 3), LiftoscriptSetTarget(set: 1),
                LiftoscriptSetTarget(set: 2), LiftoscriptSetTarget(set: 3),
            ])
        #expect(bindings.weightTexts == ["50kg", "50kg", "50kg"])
        #expect(bindings.sets.map(\.reps) == [8, 6, 8])
        #expect(bindings.sets.map(\.timer) == [nil, nil, 120])
        #expect(bindings.sets.map(\.minReps) == [5, 8, 6])
        #expect(bindings.sets.map(\.rpe) == [nil, nil, 9])
        #expect(bindings.sets.map(\.isAMRAP) == [true, false, true])
        #expect(bindings.sets.map(\.logsRPE) == [false, true, true])
        #expect(bindings.sets.map(\.asksWeight) == [false, false, false])
        #expect(
            ScriptHarness.diagnostics("weights[1:1:1:1:1] = 5kg").first?.message
                == "too many targets in brackets for 'weights' (at most 4)")
    }

    @Test("Liftoscript reference, Predefined write variables: type mismatches are runtime diagnostics")
    func writeTypes() throws {
        #expect(try ScriptHarness.runtimeError("reps = 7.5")?.message == "reps must be a whole number, not 7.5")
        #expect(try ScriptHarness.runtimeError("reps = 5kg")?.message == "reps must be a number, not a weight")
        #expect(
            try ScriptHarness.runtimeError("weights = 3 > 2")?.message
                == "weights must be a weight or a percentage, not a true/false value")
        #expect(try ScriptHarness.runtimeError("amraps = 2")?.message == "amraps must be 0 or 1, not 2")
        #expect(try ScriptHarness.runtimeError("weights -= 200kg")?.message == "weights cannot be negative (-100kg)")
    }

    @Test("Liftoscript reference, Advanced: rm1 can be assigned")
    func rm1() throws {
        var bindings = ScriptHarness.threeSets()
        try ScriptHarness.run("rm1 = weights[1]", on: &bindings)
        #expect(bindings.rm1 == LiftoscriptWeight(100, .kg))
        try ScriptHarness.run("rm1 += 5lb", on: &bindings)
        #expect(abs(bindings.rm1.value - 102.26796185) < 1e-9)
    }

    @Test("Liftoscript reference, Number of sets: sets grow to 5, then weight goes up and sets go back to 3")
    func numberOfSets() throws {
        let script = """
            if (completedReps >= reps) {
              if (numberOfSets < 5) {
                numberOfSets += 1
              } else {
                weights += 5lb
                numberOfSets = 3
              }
            }
            """
        var three = ScriptHarness.done(3, reps: 8, at: LiftoscriptWeight(135, .lb))
        try ScriptHarness.run(script, on: &three, unit: .lb)
        #expect(three.numberOfSets == 4)
        #expect(three.sets[3].reps == 8 && three.sets[3].completedReps == nil && three.sets[3].isCompleted == false)
        var five = ScriptHarness.done(5, reps: 8, at: LiftoscriptWeight(135, .lb))
        try ScriptHarness.run(script, on: &five, unit: .lb)
        #expect(five.weightTexts == ["140lb", "140lb", "140lb"])
    }

    @Test("Liftoscript reference, Number of sets: numberOfSets[2:3:1] targets one week, day and set variation")
    func numberOfSetsTarget() throws {
        var bindings = ScriptHarness.threeSets()
        let output = try ScriptHarness.run("numberOfSets[2:3:1] += 1", on: &bindings)
        #expect(bindings.numberOfSets == 3)
        #expect(
            output.setUpdates == [
                LiftoscriptSetUpdate(
                    variable: .numberOfSets, target: LiftoscriptSetTarget(week: 2, day: 3, setVariation: 1),
                    operation: .add, value: .number(1))
            ])
        #expect(
            try ScriptHarness.runtimeError("numberOfSets = 101")?.message
                == "numberOfSets must be from 0 to 100, not 101")
    }

    @Test("Liftoscript reference, Set Variations: setVariationIndex moves to the next scheme on a failure")
    func setVariations() throws {
        let script =
            "if (completedReps >= reps) {\n  weights = weights[ns] + 5lb\n} else {\n  setVariationIndex += 1\n}"
        var failed = ScriptHarness.threeSets()
        try ScriptHarness.run(script, on: &failed)
        #expect(failed.setVariationIndex == 2)
        #expect(failed.weightTexts == ["100kg", "100kg", "100kg"])
        #expect(
            try ScriptHarness.runtimeError("setVariationIndex = 0")?.message
                == "setVariationIndex must be 1 or more, not 0")
    }

    @Test("Liftoscript reference, Advanced Descriptions: descriptionIndex switches the shown description")
    func descriptions() throws {
        var bindings = ScriptHarness.threeSets()
        try ScriptHarness.run("if (descriptionIndex == 1) {\n  descriptionIndex = 2\n}", on: &bindings)
        #expect(bindings.descriptionIndex == 2)
    }

    @Test("Liftoscript reference, Tags: state[tag].name = value changes other exercises' state")
    func tags() throws {
        var bindings = ScriptHarness.threeSets()
        let output = try ScriptHarness.run("state[1].rating = 10\nstate[100 + 1].rating += 2", on: &bindings)
        #expect(
            output.taggedStateUpdates == [
                LiftoscriptTaggedStateUpdate(tag: 1, name: "rating", operation: .assign, value: .number(10)),
                LiftoscriptTaggedStateUpdate(tag: 101, name: "rating", operation: .add, value: .number(2)),
            ])
        #expect(bindings == ScriptHarness.threeSets())
    }
}
