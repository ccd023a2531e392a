import Foundation
import Testing
import WlogCore

/// The "Update" and "Bodyweight and Assisted Exercises" sections: scripts that change the sets
/// of the workout in progress.
@Suite struct ScriptUpdateTests {
    /// Three sets of 8 at 100 kg; the first done for `firstReps`, and it was just tapped.
    private func firstSetDone(_ firstReps: Int) -> LiftoscriptBindings {
        var bindings = ScriptHarness.done(3, reps: 8, at: LiftoscriptWeight(100, .kg))
        for index in 1...2 {
            bindings.sets[index].completedReps = nil
            bindings.sets[index].completedWeight = nil
            bindings.sets[index].isCompleted = false
        }
        bindings.sets[0].completedReps = firstReps
        bindings.setIndex = 1
        return bindings
    }

    private let dropSets = """
        if (setIndex == 1 && completedReps[1] >= reps[1]) {
          numberOfSets = 4
          sets(2, 4, floor(reps[1] / 2), floor(reps[1] / 2), 0, weights[1] - 20kg, 0, 0)
        }
        """

    @Test("Liftoscript reference, Update: numberOfSets adds sets and sets(…) rewrites them")
    func addsSets() throws {
        var bindings = firstSetDone(8)
        try ScriptHarness.run(dropSets, on: &bindings, kind: .update)
        #expect(bindings.sets.map(\.reps) == [8, 4, 4, 4])
        #expect(bindings.sets.map(\.minReps) == [8, 4, 4, 4])
        #expect(bindings.weightTexts == ["100kg", "80kg", "80kg", "80kg"])
        var missed = firstSetDone(6)
        try ScriptHarness.run(dropSets, on: &missed, kind: .update)
        #expect(missed == firstSetDone(6))
    }

    @Test("Liftoscript reference, Built-in functions: sets with a rep range, AMRAP, timer, RPE and logging")
    func setsArguments() throws {
        var bindings = firstSetDone(8)
        try ScriptHarness.run("sets(2, 3, 6, 10, 1, 80%, 90, 8, 1)", on: &bindings, kind: .update)
        let second = bindings.sets[1]
        #expect(
            second.minReps == 6 && second.reps == 10 && second.isAMRAP && second.timer == 90 && second.rpe == 8
                && second.logsRPE)
        #expect(bindings.weightTexts == ["100kg", "80%", "80%"])
        #expect(
            try ScriptHarness.runtimeError("sets(2, 5, 6, 6, 0, 50kg, 0, 0)", on: firstSetDone(8), kind: .update)?
                .message
                == "sets(2, 5, …) is outside the 3 sets of this workout")
        #expect(
            ScriptHarness.diagnostics("sets(2, 3, 6, 6, 0, 50kg, 0, 0)").first?.message
                == "sets(…) works only in update: custom() scripts")
    }

    @Test("Liftoscript reference, Update: completed sets are not changed")
    func completedSetsKept() throws {
        var bindings = firstSetDone(8)
        try ScriptHarness.run("weights = 50kg\nreps[1] = 3\nnumberOfSets = 0", on: &bindings, kind: .update)
        #expect(bindings.numberOfSets == 1)
        #expect(bindings.sets[0].reps == 8)
        #expect(bindings.weightTexts == ["100kg"])
    }

    @Test("Liftoscript reference, Update: only weights[set] targets, no state, no set variations")
    func updateRestrictions() {
        #expect(
            ScriptHarness.diagnostics("weights[1:2] = 5kg", kind: .update).map(\.message)
                == ["too many targets in brackets for 'weights' (at most 1)"])
        #expect(
            ScriptHarness.diagnostics("numberOfSets[1] = 5", kind: .update).map(\.message)
                == ["too many targets in brackets for 'numberOfSets' (at most 0)"])
        #expect(
            ScriptHarness.diagnostics("state.x = 1", kind: .update).map(\.message) == [
                "an update script cannot change state variables"
            ])
        #expect(
            ScriptHarness.diagnostics("setVariationIndex = 2", kind: .update).map(\.message)
                == ["'setVariationIndex' is read-only in update scripts"])
    }

    @Test("Liftoscript reference, Bodyweight and Assisted Exercises: bodyweight minus or plus the program weight")
    func bodyweight() throws {
        var assisted = ScriptHarness.threeSets()
        assisted.sets = assisted.sets.map { set in
            var set = set
            set.originalWeight = .weight(20, .kg)
            return set
        }
        var weighted = assisted
        try ScriptHarness.run(
            "if (setIndex == 0) {\n  weights = bodyweight - originalWeights[ns]\n}", on: &assisted, kind: .update)
        try ScriptHarness.run(
            "if (setIndex == 0) {\n  weights = bodyweight + originalWeights[ns]\n}", on: &weighted, kind: .update)
        #expect(assisted.weightTexts == ["100kg", "100kg", "60kg"])
        #expect(weighted.weightTexts == ["100kg", "100kg", "100kg"])
        var plain = ScriptHarness.threeSets()
        plain.sets = plain.sets.map { set in
            var set = set
            set.isCompleted = false
            return set
        }
        try ScriptHarness.run("weights = bodyweight", on: &plain, kind: .update)
        #expect(plain.weightTexts == ["80kg", "80kg", "80kg"])
    }
}
