import Foundation
import Testing
import WlogCore

/// Bad scripts get diagnostics, never a crash or a hang: errors with positions and hints,
/// bounded nesting, a step budget, and random input.
@Suite struct ScriptRobustnessTests {
    @Test("Unclosed constructs are diagnostics: a block, a parenthesis, a call, a target")
    func unclosed() {
        let block = ScriptHarness.diagnostics("if (reps[1] > 5) {\n  weights += 5lb\n")
        #expect(block.map(\.message) == ["'{' is never closed"])
        #expect(block.first?.position == ProgramSourcePosition(line: 1, column: 18))
        #expect(
            ScriptHarness.diagnostics("var.x = (1 + 2").map(\.message) == [
                "expected ')' but found the end of the script"
            ])
        #expect(
            ScriptHarness.diagnostics("print(1, 2").map(\.message) == ["expected ')' but found the end of the script"])
        #expect(ScriptHarness.diagnostics("weights[1 = 5kg").map(\.message) == ["expected ']' but found '='"])
        #expect(ScriptHarness.diagnostics("}").map(\.message) == ["unexpected '}'"])
    }

    @Test("Unknown names, stray characters and unused expressions are diagnostics with hints")
    func unknownNames() {
        let diagnostics = ScriptHarness.diagnostics("weights += incrementt\nvar.x = Reps[1]\nreps == 5\nvar.y = 5 #")
        #expect(
            diagnostics.map(\.message) == [
                "unknown name 'incrementt'", "unknown name 'Reps'",
                "this expression is computed but not used", "unexpected character '#' in script",
            ])
        #expect(diagnostics[1].hint == "did you mean 'reps'?")
        #expect(diagnostics[2].hint?.contains("use == inside if") == true)
    }

    @Test("Type mismatches at run time name both types and where")
    func typeMismatch() throws {
        let error = try ScriptHarness.runtimeError("var.x = 1\n  var.y = weights[1] * 5lb")
        #expect(error?.message == "cannot use '*' on a weight and a weight")
        #expect(error?.position == ProgramSourcePosition(line: 2, column: 11))
        #expect(try ScriptHarness.runtimeError("var.x = 5 / (reps[1] - 8)")?.message == "division by zero")
        #expect(try ScriptHarness.runtimeError("var.x = reps[4]")?.message == "set 4 does not exist: there are 3 sets")
        #expect(
            try ScriptHarness.runtimeError("var.x = 80% + 5kg")?.message
                == "cannot use '+' on a percentage and a weight")
    }

    @Test("Numbers stay finite: over-long literals and overflowing arithmetic are diagnostics")
    func finiteNumbers() throws {
        let long = "var.x = 1" + String(repeating: "0", count: 40)
        #expect(ScriptHarness.diagnostics(long).map(\.message) == ["the number 100000000000… is too long"])
        let big = Array(repeating: "999999999999999999999999999999", count: 12).joined(separator: " * ")
        #expect(try ScriptHarness.runtimeError("weights = \(big) * 1kg")?.message == "the result of '*' is too large")
    }

    @Test("A run that fails changes nothing, even after earlier statements ran")
    func failedRunChangesNothing() throws {
        var bindings = ScriptHarness.threeSets()
        bindings.state = ["n": .number(1)]
        let script = try ScriptHarness.parse("state.n += 1\nweights = 10kg\nnumberOfSets = 5\nreps = 1 / 0")
        let result = LiftoscriptEvaluator(context: LiftoscriptContext(unit: .kg)).run(script, bindings: &bindings)
        guard case .failure(let diagnostic) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.line == 4)
        var expected = ScriptHarness.threeSets()
        expected.state = ["n": .number(1)]
        #expect(bindings == expected)
    }

    @Test("Every run is bounded by the step budget")
    func stepBudget() throws {
        var bindings = ScriptHarness.done(100, reps: 5, at: LiftoscriptWeight(60, .kg))
        let source =
            "for (var.i in reps) {\n for (var.j in reps) {\n  for (var.k in reps) {\n   var.x = var.i\n  }\n }\n}"
        let error = try ScriptHarness.runtimeError(source, on: bindings, stepBudget: 50_000)
        #expect(error?.message == "the script ran longer than its budget of 50000 steps")
        let small = try ScriptHarness.run("for (var.i in reps) {\n var.x = var.i\n}", on: &bindings)
        #expect(small.steps > 100 && small.steps < 1_000)
    }

    @Test("Nesting deeper than the parser's limit is a diagnostic, not a stack overflow")
    func deepNesting() {
        let parentheses = "var.x = " + String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        #expect(ScriptHarness.diagnostics(parentheses).first?.message == "the script nests deeper than 64 levels")
        let blocks = String(repeating: "if (1) {", count: 5_000) + String(repeating: "}", count: 5_000)
        #expect(ScriptHarness.diagnostics(blocks).first?.message == "the script nests deeper than 64 levels")
        let negations = "var.x = " + String(repeating: "-!", count: 5_000) + "1"
        #expect(ScriptHarness.diagnostics(negations).first?.message == "the script nests deeper than 64 levels")
        let long = String(repeating: "var.x = 1\n", count: 10_001)
        #expect(ScriptHarness.diagnostics(long).first?.message == "the script is longer than 100000 characters")
    }

    private static let vocabulary = [
        "if", "else", "for", "in", "var", "state", ".", "x", "i", "(", ")", "{", "}", "[", "]", ":", "*", "?", ",", ";",
        "=", "+=", "-=", "*=", "/=", "+", "-", "/", "%", ">", "<", ">=", "<=", "==", "!=", "&&", "||", "!",
        "1", "0", "2.5", "5lb", "60kg", "80%", "weights", "reps", "completedReps", "numberOfSets", "ns", "rm1",
        "setVariationIndex", "print", "sum", "min", "floor", "sets", "rpeMultiplier", "increment", "roundWeight",
        "zeroOrGte", "calculate1RM", "\n", " ", "//", "{~", "~}", "\u{0}", "é",
    ]

    @Test("Random bytes and random token soup never crash the lexer, parser or evaluator, and stay in budget")
    func randomInput() {
        var generator = SeededGenerator(seed: 13)
        let context = LiftoscriptContext(unit: .kg, stepBudget: 2_000)
        var parsedCount = 0
        for round in 0..<1_500 {
            let source: String
            if round.isMultiple(of: 3) {
                let bytes = (0..<Int.random(in: 0...120, using: &generator)).map { _ in
                    UInt8.random(in: 0...255, using: &generator)
                }
                source = String(decoding: bytes, as: UTF8.self)
            } else {
                source = (0..<Int.random(in: 1...40, using: &generator))
                    .map { _ in Self.vocabulary.randomElement(using: &generator)! }.joined(separator: " ")
            }
            for kind in [LiftoscriptScriptKind.progress, .update] {
                guard case .success(let script) = LiftoscriptScript.parse(source, kind: kind, stateVariables: ["x"])
                else { continue }
                parsedCount += 1
                var bindings = ScriptHarness.threeSets()
                bindings.state = ["x": .number(1)]
                if case .success(let output) = LiftoscriptEvaluator(context: context).run(script, bindings: &bindings) {
                    #expect(output.steps <= context.stepBudget, "\(source)")
                    #expect(bindings.sets.allSatisfy { $0.weight.description.contains("-") == false }, "\(source)")
                }
            }
        }
        #expect(parsedCount > 20)
    }
}
