import Foundation
import Testing
import WlogCore

/// The "Built-in functions" section, one test per function, expected values worked by hand.
@Suite struct ScriptBuiltinFunctionTests {
    private func value(_ expression: String, unit: WeightUnit = .kg) throws -> String {
        var bindings = ScriptHarness.threeSets()
        return try ScriptHarness.run("print(\(expression))", on: &bindings, unit: unit).printedText
    }

    // distance = (10 - RPE) + (reps - 1); share = (0.347619 d² - 4.60714 d + 99.9667) / 100 up to
    // d = 2.92, (97.0955 - 2.64249 d) / 100 beyond, 0.5 from d = 16, and exactly 1 for a single at 10.
    @Test(
        "Liftoscript reference, Built-in functions: rpeMultiplier",
        arguments: [
            ("13, 9", "6274"), ("1, 10", "10000"), ("1, 9", "9571"), ("3, 10", "9214"), ("5, 8", "8124"),
            ("12", "6803"), ("24, 1", "5000"), ("30, 10", "5000"), ("0, 12", "10000"),
        ])
    func rpeMultiplier(arguments: String, expected: String) throws {
        #expect(try value("round(rpeMultiplier(\(arguments)) * 10000)") == expected)
    }

    @Test("Liftoscript reference, Built-in functions: floor")
    func floor() throws {
        #expect(try value("floor(152.4lb), floor(2.7), floor(-2.5), floor(82.5%)") == "152lb, 2, -3, 82%")
    }

    @Test("Liftoscript reference, Built-in functions: ceil")
    func ceil() throws {
        #expect(try value("ceil(152.4lb), ceil(2.7), ceil(2), ceil(80.1%)") == "153lb, 3, 2, 81%")
    }

    @Test("Liftoscript reference, Built-in functions: round")
    func round() throws {
        #expect(try value("round(152.4lb), round(2.7), round(2.5), round(2.49)") == "152lb, 3, 3, 2")
    }

    @Test("Liftoscript reference, Built-in functions: sum")
    func sum() throws {
        // completedReps are 8, 7, 0 and reps 8, 8, 8.
        #expect(
            try value("sum(completedReps), sum(1, 2, 3), sum(reps, completedReps), sum(10, completedReps)")
                == "15, 6, 39, 25")
        #expect(try value("sum(weights), sum(weights, 5lb), sum(10%, 20%)") == "300kg, 302.268kg, 30%")
    }

    @Test("Liftoscript reference, Built-in functions: min")
    func min() throws {
        #expect(
            try value("min(weights), min(7, 2, 5), min(reps, completedReps), min(10, completedReps), min(5lb, 3kg)")
                == "100kg, 2, 0, 0, 5lb")
    }

    @Test("Liftoscript reference, Built-in functions: max")
    func max() throws {
        #expect(
            try value(
                "max(completedReps), max(2, 7, 5), max(reps, completedReps), max(1, completedReps), max(5lb, 3kg)")
                == "8, 7, 8, 8, 3kg")
    }

    @Test("Liftoscript reference, Built-in functions: increment (next loadable weight)")
    func increment() throws {
        #expect(
            try value("increment(100kg), increment(101kg), increment(completedWeights[1]), increment(80%)")
                == "102.5kg, 102.5kg, 102.5kg, 81%")
        #expect(try value("increment(135lb), increment(50kg)", unit: .lb) == "140lb, 115lb")
    }

    @Test("Liftoscript reference, Built-in functions: decrement (previous loadable weight)")
    func decrement() throws {
        #expect(
            try value("decrement(100kg), decrement(1kg), decrement(0kg), decrement(80%)") == "97.5kg, 0kg, 0kg, 79%")
        #expect(try value("decrement(135lb)", unit: .lb) == "130lb")
    }

    @Test("Liftoscript reference, Built-in functions: calculate1RM (Epley)")
    func calculate1RM() throws {
        // 100 × (1 + 5 / 30) = 116.667; one rep is the weight itself; no reps estimate nothing.
        #expect(
            try value("calculate1RM(100kg, 5), calculate1RM(100kg, 1), calculate1RM(100kg, 0), calculate1RM(135lb, 10)")
                == "116.667kg, 100kg, 0kg, 180lb")
    }

    @Test("Liftoscript reference, Built-in functions: calculateTrainingMax (90% of the estimate, loadable)")
    func calculateTrainingMax() throws {
        // 0.9 × 116.667 = 105; 0.9 × 133.333 = 120; 0.9 × 112.75 = 101.475, which loads as 102.5.
        #expect(
            try value(
                "calculateTrainingMax(100kg, 5), calculateTrainingMax(100kg, 10), calculateTrainingMax(102.5kg, 3)")
                == "105kg, 120kg, 102.5kg")
    }

    @Test("Liftoscript reference, Built-in functions: roundWeight")
    func roundWeight() throws {
        // rm1 is 140 kg: 80% is 112 kg, which loads as 112.5 kg.
        #expect(try value("roundWeight(rm1 * 80%), roundWeight(101.2kg), roundWeight(5lb)") == "112.5kg, 100kg, 2.5kg")
        // 50 kg is 110.23 lb, which loads as 110 lb.
        #expect(
            try value("roundWeight(133lb), roundWeight(50kg), roundConvertWeight(50kg)", unit: .lb)
                == "135lb, 110lb, 110lb")
    }

    @Test("Liftoscript reference, Built-in functions: zeroOrGte")
    func zeroOrGte() throws {
        #expect(try value("zeroOrGte(completedReps, reps)") == "false")
        var skipped = ScriptHarness.done(3, reps: 5, at: LiftoscriptWeight(60, .kg))
        skipped.sets[1].completedReps = 0
        skipped.sets[2].completedReps = 6
        #expect(
            try ScriptHarness.value("zeroOrGte(completedReps, reps), completedReps >= reps", on: skipped)
                == "true, false")
    }

    @Test("Liftoscript reference, Built-in functions: wrong argument counts and unknown functions are diagnostics")
    func argumentCounts() {
        let diagnostics = ScriptHarness.diagnostics(
            "var.a = floor(1, 2)\nvar.b = rpeMultiplier()\nvar.c = squat(1)\nvar.d = min()")
        #expect(
            diagnostics.map(\.message) == [
                "floor takes 1 argument, not 2", "rpeMultiplier takes 1 or 2 arguments, not 0",
                "unknown function 'squat'", "min takes at least 1 argument, not 0",
            ])
        #expect(diagnostics.first?.hint == "call it as floor(value)")
        #expect(diagnostics.map(\.column) == [9, 9, 9, 9])
    }
}
