import Foundation
import Testing

@testable import WlogCore

/// How `show` lays a document out: steps, labels and lists nested under a step.
@Suite struct DocumentLayoutTests {
    static let gobletSquat = """
        ---
        name: Goblet Squat
        ---
        ### Execution
        1. **Hold the Weight**: Cup it at the chest.
        2. **Squat Down**:
           - Initiate the movement by pushing the hips back.
           - **Chest**: Keep it up
             and the elbows in.
        3. **Stand Up**: Drive through the feet.
           1. Exhale at the top.

        """

    /// Issue 10, item 23: the first nested item was joined to the step's label line.
    @Test func aListNestedUnderAStepStandsOnItsOwnLinesUnderTheStep() throws {
        let document = try TestSupport.parse(Self.gobletSquat)
        let lines = DocumentLayout.render(document).split(separator: "\n").map(String.init)
        let execution = try #require(lines.firstIndex(of: "EXECUTION"))
        #expect(
            Array(lines[(execution + 1)...]) == [
                "  1. Hold the Weight: Cup it at the chest.",
                "  2. Squat Down:",
                "     • Initiate the movement by pushing the hips back.",
                "     • Chest: Keep it up",
                "       and the elbows in.",
                "  3. Stand Up: Drive through the feet.",
                "     1. Exhale at the top.",
            ])
    }

    @Test func aLongNestedItemWrapsUnderItsOwnText() throws {
        let text =
            "### Execution\n1. **Squat Down**:\n   - " + Array(repeating: "word", count: 30).joined(separator: " ")
            + "\n"
        let lines = DocumentLayout.render(try TestSupport.parse(text), width: 40).split(separator: "\n").map(
            String.init)
        let step = try #require(lines.firstIndex(of: "  1. Squat Down:"))
        #expect(lines[step + 1].hasPrefix("     • word word"))
        #expect(lines[(step + 2)...].allSatisfy { $0.hasPrefix("       word") && $0.count <= 40 })
        #expect(lines[(step + 1)...].joined().split(separator: " ").filter { $0 == "word" }.count == 30)
    }

    @Test func howToBlocksKeepTheirBulletsAndLabels() throws {
        let text =
            "Intro.\n\n<!-- howto -->\n## Post the Hand\n- **Hand**: Behind the hips.\n- Lift the hips.\n\nA closing line.\n"
        let lines = DocumentLayout.render(try TestSupport.parse(text)).split(separator: "\n").map(String.init)
        let step = try #require(lines.firstIndex(of: "  1. Post the Hand"))
        #expect(
            Array(lines[(step + 1)...]) == [
                "     • Hand: Behind the hips.", "     • Lift the hips.", "     A closing line.",
            ])
    }

    @Test func aParagraphThatLooksLikeAListIsLeftAsWritten() throws {
        let text = "### Notes\n```\n- not an item\n```\n"
        #expect(DocumentLayout.render(try TestSupport.parse(text)).contains("  - not an item\n"))
    }
}
