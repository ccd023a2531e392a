import Foundation
import Testing

@testable import WlogCore

/// Bad programs: every problem reported at its line and column with a hint; nothing crashes or hangs.
@Suite struct ProgramDiagnosticsTests {
    typealias T = ProgramTesting

    @Test("Diagnostics: an unknown section names the section and lists the known ones")
    func unknownSection() {
        let errors = T.diagnostics("Squat / 3x5 / tempo: 3010\n")
        #expect(errors.count == 1)
        #expect(errors.first?.message == "unknown section `tempo:`")
        #expect(errors.first?.column == 15)
        #expect(errors.first?.hint?.contains("progress:") == true)
    }

    @Test("Diagnostics: every problem of a program is reported, in order")
    func everyProblem() {
        let errors = T.diagnostics("Squat / 3x\nBench Press / 3x5 / progress: lp(5lb, 0)\n# Week 2\nRow / 3x5 banana\n")
        #expect(errors.map(\.line) == [1, 2, 4])
        #expect(errors.map(\.column) == [9, 39, 11])
    }

    @Test("Diagnostics: a line without sets, an empty program, a second section of a kind")
    func missingPieces() {
        #expect(T.diagnostics("Squat / progress: lp(5lb)\n").first?.message == "`Squat` has no sets")
        #expect(T.diagnostics("// only a description\n").first?.message == "the program has no exercises")
        #expect(
            T.diagnostics("Squat / 3x5 / warmup: none / warmup: none\n").first?.message
                == "a second `warmup:` section on one line")
        #expect(T.diagnostics("Squat / 3x5 / 60kg / 70kg\n").first?.message.contains("a second section") == true)
    }

    @Test("Diagnostics: rendered like a compiler's, FILE:LINE:COL, the line, a caret and a hint")
    func rendered() throws {
        let source = "Squat / 3x5\nBench Press / 3x5 / tempo: 3010\n"
        do {
            _ = try ProgramParser.parse(source)
            Issue.record("parsed")
        } catch {
            let text = error.rendered(file: "plan.txt", source: source)
            #expect(
                text.hasPrefix(
                    "plan.txt:2:21: unknown section `tempo:`\nBench Press / 3x5 / tempo: 3010\n                    ^\nhint: "
                ))
        }
    }

    @Test("Diagnostics: control characters and odd bytes are refused without a crash")
    func oddInput() {
        let inputs = [
            "\u{0}", "Squat / 3x5 \u{1B}[31m\n", "{~", "~}", "Squat / ...", "[1-2] / 3x5", "Squat[9999999999] / 3x5",
            "Squat / 100x1000000", "Squat / 3x5 / progress: custom(", String(repeating: "/", count: 5000),
            String(repeating: "Squat / ...Squat\n", count: 50), "Squat / 3x5-2", "## \n# \n\\",
        ]
        for input in inputs {
            _ = try? ProgramParser.parse(input)
        }
        let escaped = T.diagnostics("Squat / 3x5 \u{1B}[31m\n")
        #expect(escaped.first.map { !$0.message.unicodeScalars.contains { $0.value == 0x1B } } == true)
    }

    @Test("Diagnostics: a long chain of reuses is cut short, a circle is reported")
    func reuseChains() {
        let chain = (0..<200).map { "Lift \($0) / ...Lift \($0 + 1)" }.joined(separator: "\n") + "\nLift 200 / 3x5\n"
        #expect(T.diagnostics(chain).contains { $0.message.contains("chain of more than 64 reuses") })
        let circle = T.diagnostics("Squat / ...Bench Press\nBench Press / ...Squat\n")
        #expect(circle.first?.message.contains("in a circle") == true)
    }

    @Test("Diagnostics: a program longer than the limit is refused before any work")
    func tooLong() {
        let errors = T.diagnostics(String(repeating: "a", count: ProgramLines.maximumLength + 1))
        #expect(errors.first?.message.contains("longer than") == true)
    }

    @Test("Diagnostics: repeats that would blow up are refused")
    func repeatsBounded() {
        var text = "# Week 1\n## Day 1\n"
        for index in 0..<200 { text += "Lift \(index)[1-501] / 3x5\n" }
        for week in 2...501 { text += "# Week \(week)\n## Day 1\n" }
        let errors = T.diagnostics(text)
        #expect(errors.contains { $0.message.contains("more than \(ProgramPlacement.maximumEntries)") })
    }
}
