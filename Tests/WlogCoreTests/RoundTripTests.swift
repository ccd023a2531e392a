import Foundation
import Testing

@testable import WlogCore

/// Lossless storage: what is imported comes back out of the tables the same, and an export re-imports unchanged.
@Suite struct RoundTripTests {
    static let seeds = ImportSource.seeds()

    @Test func everySeedIsBundled() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(
            atPath: TestSupport.repository.appendingPathComponent("Seeds").path
        )
        .filter { $0.hasSuffix(".md") }.sorted()
        #expect(Self.seeds.map(\.fileName) == onDisk)
        #expect(onDisk.count >= 61)
    }

    @Test func renderingThenParsingGivesTheSameDocument() throws {
        for seed in Self.seeds {
            let document = try DocumentParser.parse(seed.data(), fileName: seed.fileName)
            let rendered = DocumentRenderer.markdown(document)
            let again = try DocumentParser.parse(Data(rendered.utf8), fileName: DocumentRenderer.fileName(document))
            #expect(again.metadata == document.metadata, "\(seed.path)")
            #expect(again.body == document.body, "\(seed.path)")
            #expect(again.howTo == document.howTo, "\(seed.path)")
            #expect(DocumentHash.of(again) == DocumentHash.of(document), "\(seed.path)")
        }
    }

    @Test func tablesGiveBackWhatWasImported() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run(Self.seeds)
        let stored = try ExerciseStore(database: database).allDocuments()
        let parsed = try Self.seeds.map { try DocumentParser.parse($0.data(), fileName: $0.fileName) }.sorted {
            $0.metadata.slug < $1.metadata.slug
        }
        #expect(stored.count == parsed.count)
        for (out, original) in zip(stored, parsed) {
            #expect(out == original, "\(original.metadata.slug)")
        }
    }

    @Test func unusualShapesSurviveTheRoundTrip() throws {
        let text = """
            Intro before any heading.

            **Setup:**
            1. **Grip:** wide
            continued lazily
               - nested detail
            2. plain

            #### Other Notes
            | a | b |
            |---|---|

            ```
            ### inside a fence
            ```
            - **Empty**:

            <!-- howto -->
            Before the steps.

            ## Only Step
            Text.
            """
        let document = try TestSupport.parse(text, fileName: "odd_shape.md")
        let again = try TestSupport.parse(
            DocumentRenderer.markdown(document), fileName: DocumentRenderer.fileName(document))
        #expect(again.body == document.body)
        #expect(again.howTo == document.howTo)
        #expect(again.metadata == document.metadata)
    }

    /// Issue 10, item 25: a paragraph indented after a list read back as the list's last item.
    @Test(arguments: [" Hold the bar.", "  Hold the bar.", "   Hold the bar.", "\tHold the bar."])
    func anIndentedParagraphAfterAListStaysAParagraph(paragraph: String) throws {
        let text = "**Position:**\n   - Stand tall.\n   - Grip.\n\n\(paragraph)\n   - Brace.\n"
        let document = try TestSupport.parse(text)
        #expect(document.body[0].blocks.map(\.style) == [.bulleted, .bulleted, .paragraph, .bulleted])
        let again = try TestSupport.parse(DocumentRenderer.markdown(document))
        #expect(again.body == document.body)
    }

    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}", "\u{7F}", "\u{9F}", "\u{FEFF}", "\"", "\\", "\u{1}"])
    func namesFromFileNamesAreWrittenSoTheyReadBack(character: String) throws {
        let document = try TestSupport.parse("Text.\n", fileName: "odd\(character)name.md")
        #expect(document.metadata.name.contains(character))
        let again = try TestSupport.parse(DocumentRenderer.markdown(document), fileName: "other.md")
        #expect(again.metadata.name == document.metadata.name)
    }
}
