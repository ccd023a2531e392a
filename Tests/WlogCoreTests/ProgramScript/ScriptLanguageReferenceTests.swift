import Foundation
import Testing
import WlogCore

/// The "Script Language Reference" sections: types, values, operators, if/else, assignment,
/// and the advanced sections on state, temporary variables, loops and prints.
@Suite struct ScriptLanguageReferenceTests {
    private func value(_ expression: String) throws -> String { try ScriptHarness.value(expression) }

    @Test("Liftoscript reference, Types: numbers, weights, percentages and booleans")
    func types() throws {
        #expect(try value("3, 5lb, 80%, 3 > 2") == "3, 5lb, 80%, true")
        #expect(try value("weights[1] * 2, weights[1] / 4kg, 80% * 2, rm1 * 50%") == "200kg, 25, 160%, 70kg")
    }

    @Test("Liftoscript reference, Values: numbers, kg and lb suffixes, percentages; units convert")
    func values() throws {
        #expect(try value("1, 31534532, 2.5, .5, 3kg, 100lb, 80%") == "1, 31534532, 2.5, 0.5, 3kg, 100lb, 80%")
        // 1 kg = 2.20462262 lb, so 10 lb + 1 kg = 12.2046 lb; the result keeps the left unit.
        #expect(try value("10lb + 1kg, 1kg + 10lb") == "12.205lb, 5.536kg")
        #expect(try value("1kg > 2lb, 1kg < 2.3lb") == "true, true")
    }

    @Test("Liftoscript reference, Operators: math + - / * % with the usual precedence")
    func mathOperators() throws {
        #expect(try value("7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 % 3") == "10, 4, 21, 3.5, 1")
        #expect(try value("2 + 3 * 4, (2 + 3) * 4, -2 * 3, 10 - 4 - 3, 12 / 3 / 2") == "14, 20, -6, 3, 2")
        // A % glued to a number makes a percentage; with a space it is the remainder.
        #expect(try value("10 % 4, 10%") == "2, 10%")
    }

    @Test("Liftoscript reference, Operators: comparison > < <= >= == !=")
    func comparisonOperators() throws {
        #expect(try value("3 > 2, 3 < 2, 3 <= 3, 2 >= 3, 3 == 3, 3 != 3") == "true, false, true, false, true, false")
        #expect(try value("100kg == weights[1], 5lb != 5kg") == "true, true")
    }

    @Test("Liftoscript reference, Operators: logical && || ! (short-circuit)")
    func logicalOperators() throws {
        #expect(try value("1 < 2 && 2 < 3, 1 > 2 || 2 > 3, !(1 > 2), !0") == "true, false, true, true")
        // The right side is not evaluated, so the missing 9th set is never read.
        #expect(try value("1 > 2 && completedReps[9] > 0, 1 < 2 || completedReps[9] > 0") == "false, true")
    }

    @Test("Liftoscript reference, Operators: ternary")
    func ternary() throws {
        #expect(try value("3 > 4 ? 1 : 2, 3 < 4 ? 1 : 2") == "2, 1")
        #expect(try value("cr[2] >= 8 ? 5lb : cr[2] >= 6 ? 2.5lb : 0lb") == "2.5lb")
    }

    @Test("Liftoscript reference, If/else: if, if/else, else if chains", arguments: [(12, 15), (8, 10), (3, 5)])
    func ifElse(done: Int, expected: Double) throws {
        var bindings = ScriptHarness.threeSets()
        bindings.sets[0].completedReps = done
        bindings.state = ["someVar": .number(0), "flag": .number(0)]
        try ScriptHarness.run(
            """
            if (completedReps[1] > 5) {
              state.flag = 1;
            }
            if (completedReps[1] > 10) {
              state.someVar = 15;
            } else if (completedReps[1] > 5) {
              state.someVar = 10;
            } else {
              state.someVar = 5;
            }
            """, on: &bindings)
        #expect(bindings.state["someVar"] == .number(expected))
        #expect(bindings.state["flag"] == .number(done > 5 ? 1 : 0))
    }

    @Test("Liftoscript reference, If/else: long else if chains pick the first true branch")
    func elseIfChain() throws {
        let branches = (1...80).map { "if (completedReps[2] == \($0)) {\n  print(\($0 * 10))\n}" }.joined(
            separator: " else ")
        var bindings = ScriptHarness.threeSets()
        let output = try ScriptHarness.run(branches + " else {\n  print(0)\n}", on: &bindings)
        #expect(output.prints == ["70"])
        let tooLong = (1...600).map { "if (\($0) == 1) { }" }.joined(separator: " else ")
        #expect(ScriptHarness.diagnostics(tooLong).first?.message == "more than 500 else if in a row")
    }

    @Test("Liftoscript reference, Assignment: = += -= *= /=")
    func assignment() throws {
        var bindings = ScriptHarness.threeSets()
        bindings.state = ["someVar": .number(0)]
        let steps = [
            ("state.someVar = (10 + 15) * 2", 50.0), ("state.someVar += 5", 55), ("state.someVar -= 10", 45),
            ("state.someVar *= 2", 90), ("state.someVar /= 2", 45),
        ]
        for (source, expected) in steps {
            try ScriptHarness.run(source, on: &bindings)
            #expect(bindings.state["someVar"] == .number(expected), "after \(source)")
        }
    }

    @Test("Liftoscript reference, State Variables: a counter that adds weight after the fourth success")
    func stateVariables() throws {
        var bindings = ScriptHarness.done(3, reps: 5, at: LiftoscriptWeight(135, .lb))
        bindings.state = ["streak": .number(0), "step": .weight(10, .lb)]
        let script = """
            if (completedReps >= reps) {
              state.streak += 1
              if (state.streak > 3) {
                weights += state.step
                state.streak = 0
              }
            }
            """
        var seen: [LiftoscriptValue?] = []
        for _ in 1...4 {
            try ScriptHarness.run(script, on: &bindings)
            seen.append(bindings.state["streak"])
        }
        #expect(seen == [.number(1), .number(2), .number(3), .number(0)])
        #expect(bindings.weightTexts == ["145lb", "145lb", "145lb"])
    }

    @Test("Liftoscript reference, State Variables: only declared names, with a hint")
    func undeclaredState() {
        let diagnostics = ScriptHarness.diagnostics("state.atempt += 1", state: ["attempt"])
        #expect(diagnostics.map(\.message) == ["unknown state variable 'atempt'"])
        #expect(diagnostics.first?.hint == "declared: attempt; add atempt: 0 to custom(…)")
    }

    @Test("Liftoscript reference, Temporary Variables: var.name holds a value through the script")
    func temporaryVariables() throws {
        var bindings = ScriptHarness.done(4, reps: 9, at: LiftoscriptWeight(60, .kg))
        try ScriptHarness.run(
            """
            var.half = floor(completedReps[1] / 2)
            if (completedReps >= reps) {
              reps[2] = var.half
              reps[3] = var.half
              reps[4] = var.half
            }
            """, on: &bindings)
        #expect(bindings.sets.map(\.reps) == [9, 4, 4, 4])
        let error = try ScriptHarness.runtimeError("reps = var.unset")
        #expect(error?.message == "var.unset is read before it is given a value")
    }

    @Test("Liftoscript reference, Loops: for (var.i in array) visits each set index from 1")
    func loops() throws {
        var bindings = ScriptHarness.done(3, reps: 5, at: LiftoscriptWeight(135, .lb))
        bindings.sets[2].weight = .weight(125, .lb)
        let output = try ScriptHarness.run(
            """
            for (var.i in completedReps) {
              print(var.i)
              weights[var.i] = weights[var.i] + 5lb
            }
            """, on: &bindings)
        #expect(output.prints == ["1", "2", "3"])
        #expect(bindings.weightTexts == ["140lb", "140lb", "130lb"])
        #expect(
            ScriptHarness.diagnostics("for (i in reps) { }").first?.message
                == "a loop variable must be a temporary variable")
    }

    @Test("Liftoscript reference, Prints: any number of numbers, weights and percentages")
    func prints() throws {
        var bindings = ScriptHarness.threeSets()
        let output = try ScriptHarness.run(
            "print(1, 20lb, 30%)\nprint(100, weights[1], completedReps[2])\nprint()",
            on: &bindings)
        #expect(output.prints == ["1, 20lb, 30%", "100, 100kg, 7", ""])
    }

    @Test("Liftoscript reference, Exercise Descriptions: // inside a script is a comment")
    func comments() throws {
        var bindings = ScriptHarness.threeSets()
        let output = try ScriptHarness.run("// not code: weights = 0kg\nprint(1) // trailing\n", on: &bindings)
        #expect(output.prints == ["1"])
        #expect(bindings == ScriptHarness.threeSets())
    }
}

/// State variables the lifter is asked for (`custom(bump+: 0)`) are read by their bare name.
@Suite struct ScriptPromptedStateTests {
    @Test("Liftoscript reference, State Variables: user-prompted variables read by bare name")
    func promptedState() throws {
        var bindings = ScriptHarness.threeSets()
        bindings.state = ["bump": .number(1)]
        let script = try ScriptHarness.parse("if (bump > 0) {\n  weights += 2.5kg\n}", state: ["bump"])
        _ = LiftoscriptEvaluator(context: LiftoscriptContext(unit: .kg)).run(script, bindings: &bindings)
        #expect(bindings.weightTexts == ["102.5kg", "102.5kg", "102.5kg"])
        #expect(
            ScriptHarness.diagnostics("if (bump > 0) { weights += 2.5kg }").map(\.message) == ["unknown name 'bump'"])
    }
}

/// The values `custom(name: value, …)` gives state variables.
@Suite struct ScriptStateLiteralTests {
    @Test("Liftoscript reference, State Variables: declared values are numbers, weights or percentages")
    func literals() {
        let cases: [(String, LiftoscriptValue?)] = [
            ("0", .number(0)), ("-2.5", .number(-2.5)), ("5lb", .weight(5, .lb)), ("2.5kg", .weight(2.5, .kg)),
            ("80%", .percentage(80)), ("-5lb", .weight(-5, .lb)), ("5 lb", nil), ("reps", nil), ("", nil),
            ("1 + 1", nil),
        ]
        for (text, expected) in cases {
            let parsed = try? LiftoscriptValue.parseLiteral(text).get()
            #expect(parsed == expected, "\(text)")
        }
        guard
            case .failure(let problem) = LiftoscriptValue.parseLiteral(
                "5 lb", startingAt: ProgramSourcePosition(line: 4, column: 30))
        else {
            Issue.record("5 lb should not parse")
            return
        }
        #expect(problem.position == ProgramSourcePosition(line: 4, column: 30))
    }
}
