import Foundation
import Testing

@testable import WlogCore

/// Bytes to text: BOM, line endings, encoding errors, size limits and mojibake.
@Suite struct DocumentTextTests {
    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = "---\r\nname: \"Plank\"\r\n---\r\n### Setup\r\n1. **Lie**: Down.\r\n"
        let document = try DocumentParser.parse(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), fileName: "x.md")
        #expect(document.metadata.name == "Plank")
        #expect(document.body[0].blocks == [DocumentBlock(style: .numbered, label: "Lie", text: "Down.")])
        #expect(!document.frontMatterYAML.contains("\r"))
    }

    /// Issue 10, item 25: every line break reads as a line feed, in the front matter, the body and the how-to.
    @Test(arguments: ["\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"])
    func everyLineBreakReadsAsALineFeed(lineBreak: String) throws {
        let text =
            "---\nname: \"Plank\"\ndescription: \"A test.\"\n---\n\n**1. Starting Position:**\n   - Stand tall.\n   \n Hold the bar.\n   - Brace.\n"
            + "### Setup\n1. **Lie**: Down.\n   Still down.\n\n<!-- howto -->\n## Step\nGo.\n"
        let unix = try TestSupport.parse(text)
        let other = try TestSupport.parse(text.replacingOccurrences(of: "\n", with: lineBreak))
        #expect(other == unix)
        let error = TestSupport.parseError(Data("a\(lineBreak)b\(lineBreak)c ".utf8) + Data([0xFF]))
        #expect(error?.line == 3)
    }

    @Test func invalidUTF8IsRejectedWithItsByteOffset() {
        let data = Data("---\nname: ok\n---\nline four ".utf8) + Data([0xC3, 0x28]) + Data(" rest".utf8)
        let error = TestSupport.parseError(data)
        #expect(error?.message == "invalid UTF-8 at byte offset 27")
        #expect(error?.line == 4)
    }

    @Test func offsetCountsTheByteOrderMark() {
        let error = TestSupport.parseError(Data([0xEF, 0xBB, 0xBF, 0x61, 0xFF]))
        #expect(error?.message == "invalid UTF-8 at byte offset 4")
    }

    @Test(arguments: ["", "   \n\n\t\n"])
    func emptyDocumentsAreRejected(text: String) {
        #expect(TestSupport.parseError(text)?.message == "the document is empty")
    }

    @Test func documentsOverOneMebibyteAreRejected() {
        let big = Data(repeating: 0x61, count: DocumentText.maximumSize + 1)
        #expect(TestSupport.parseError(big)?.message.contains("at most 1048576") == true)
        #expect(TestSupport.parseError(Data(repeating: 0x61, count: DocumentText.maximumSize)) == nil)
    }

    @Test(arguments: [
        ("Don\u{E2}\u{20AC}\u{2122}t", "Don\u{2019}t"),
        ("\u{E2}\u{20AC}\u{0153}quoted\u{E2}\u{20AC}\u{9D}", "\u{201C}quoted\u{201D}"),
        ("90\u{C2}\u{B0} angle", "90\u{B0} angle"),
        ("a \u{E2}\u{20AC}\u{201D} b", "a \u{2014} b"),
        ("\u{C2}\u{BE} squat", "\u{BE} squat"),
    ])
    func mojibakeIsRepaired(broken: String, repaired: String) {
        #expect(MojibakeRepair.repair(broken) == repaired)
    }

    @Test(arguments: [
        "\u{C2}ngulo reto", "Caf\u{E9} cr\u{E8}me", "Don\u{2019}t", "na\u{EF}ve \u{2014} \u{201C}ok\u{201D}", "\u{C3}",
        "\u{1F3CB}\u{FE0F} lift",
    ])
    func correctTextIsLeftAlone(text: String) {
        #expect(MojibakeRepair.repair(text) == text)
        #expect(!MojibakeRepair.needsRepair(text))
    }

    /// The free-exercise-db file from before its upstream encoding fix, against the fixed file.
    /// Upstream replaced curly quotes and dashes with plain ones, so both sides are folded to ASCII before comparing.
    @Test func realMojibakeInFreeExerciseDB() throws {
        struct Record: Decodable {
            let id: String
            let name: String
            let instructions: [String]
        }
        let folder = TestSupport.shared.appendingPathComponent("datasets/free-exercise-db")
        let broken = try JSONDecoder().decode(
            [Record].self, from: Data(contentsOf: folder.appendingPathComponent("exercises.pre-5197c05-mojibake.json")))
        let fixed = Dictionary(
            uniqueKeysWithValues: try JSONDecoder().decode(
                [Record].self, from: Data(contentsOf: folder.appendingPathComponent("exercises.json"))
            ).map { ($0.id, $0) })
        func folded(_ text: String) -> String {
            text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{201C}", with: "\"")
                .replacingOccurrences(of: "\u{201D}", with: "\"").replacingOccurrences(of: "\u{2013}", with: "-")
                .replacingOccurrences(of: "\u{2014}", with: "-")
        }
        var repairedRecords = 0
        for record in broken {
            let texts = [record.name] + record.instructions
            guard texts.contains(where: MojibakeRepair.needsRepair) else { continue }
            repairedRecords += 1
            let expected = try #require(fixed[record.id])
            #expect(
                texts.map { folded(MojibakeRepair.repair($0)) }
                    == ([expected.name] + expected.instructions).map(folded), "\(record.id)")
        }
        #expect(repairedRecords == 22)
    }
}
