import Foundation
import Testing
import WlogCore

/// Diagnostics read like a compiler's, with positions in the program file.
@Suite struct ProgramDiagnosticTests {
    @Test("A diagnostic renders as file:line:col, the line, a caret under the column and the hint")
    func rendering() {
        let source = "Squat / 3x8\nBench / 3x8 / progress: custom() {~ weights += 5 lbs ~}\n"
        let diagnostic = ProgramDiagnostic(
            at: ProgramSourcePosition(line: 2, column: 50), "unknown name 'lbs'", hint: "write 5lb")
        let expected = """
            plan.txt:2:50: unknown name 'lbs'
            Bench / 3x8 / progress: custom() {~ weights += 5 lbs ~}
                                                             ^
            hint: write 5lb
            """
        #expect(diagnostic.rendered(file: "plan.txt", source: source) == expected)
        #expect(diagnostic.description == "2:50: unknown name 'lbs'")
    }

    @Test("Control characters in the shown line become '?' and the caret stays under its column")
    func controlCharacters() {
        let source = "a\u{1B}[31m\tb"
        let diagnostic = ProgramDiagnostic(at: ProgramSourcePosition(line: 1, column: 7), "bad")
        let lines = diagnostic.rendered(file: "f", source: source).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines == ["f:1:7: bad", "a?[31m b", "      ^"])
    }

    @Test("Windows line endings do not show as a stray character; a missing line shows no source")
    func lineEndings() {
        let diagnostic = ProgramDiagnostic(at: ProgramSourcePosition(line: 2, column: 3), "bad", hint: "fix it")
        #expect(diagnostic.rendered(file: "f", source: "one\r\ntwo\r\n") == "f:2:3: bad\ntwo\n  ^\nhint: fix it")
        #expect(diagnostic.rendered(file: "f", source: "one") == "f:2:3: bad\nhint: fix it")
    }

    @Test("Positions inside a script point into the program file, past the {~ on its first line")
    func positionsInFile() {
        let diagnostics = ScriptHarness.diagnostics(
            "  weights += 5lb\n  reps += bogus\n",
            startingAt: ProgramSourcePosition(line: 7, column: 40))
        #expect(diagnostics.map(\.position) == [ProgramSourcePosition(line: 8, column: 11)])
        #expect(diagnostics.first?.message == "unknown name 'bogus'")
    }

    @Test("Every error is reported, not only the first")
    func everyError() {
        let diagnostics = ScriptHarness.diagnostics(
            "weights += 5lb\nreps = foo\nstate.x = 1\nweights[1] = bar(2)\nvar.z = (1 +",
            state: ["y"])
        #expect(diagnostics.map(\.line) == [2, 3, 4, 5])
        #expect(
            diagnostics.map(\.message) == [
                "unknown name 'foo'", "unknown state variable 'x'", "unknown function 'bar'",
                "expected a value but found the end of the script",
            ])
        #expect(diagnostics.last?.column == 13)
        let checked = ScriptHarness.diagnostics("weights += 5lb\nstate.x = 1\nweights[1] = bar(2)\n", state: ["y"])
        #expect(checked.map(\.line) == [2, 3])
        #expect(checked.map(\.message) == ["unknown state variable 'x'", "unknown function 'bar'"])
    }
}
