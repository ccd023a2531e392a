import Foundation
import Testing

@testable import WlogCore

/// Inputs the fuzzer (scripts/fuzz) found, kept as regression tests: each must parse or be
/// refused cleanly, and survive the export round trip unchanged, as a document and as a program.
@Suite struct FuzzFindingTests {
    static let folder = TestSupport.repository.appendingPathComponent("Tests/WlogCoreTests/FuzzFindings")

    static var findings: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The documents scripts/fuzz starts from besides the seeds: each is a variation the parser accepts.
    static let corpus = TestSupport.repository.appendingPathComponent("Fuzz/Corpus/documents")

    static var corpusDocuments: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    @Test(arguments: findings)
    func findingSurvivesTheRoundTrip(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        guard let document = try? DocumentParser.parse(data, fileName: "fuzz-input.md") else { return }
        try expectRoundTrip(document)
    }

    /// The fuzzer gives every input to the program parser as well: a program that parses must
    /// render to text that parses to the same program.
    @Test(arguments: findings)
    func findingSurvivesTheProgramRoundTrip(name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        guard let program = try? ProgramParser.parse(String(decoding: data, as: UTF8.self)) else { return }
        let rendered = ProgramRenderer.liftoscript(program)
        #expect(try ProgramParser.parse(rendered) == program, "rendered:\n\(rendered)")
    }

    @Test(arguments: corpusDocuments)
    func corpusDocumentParsesAndSurvivesTheRoundTrip(name: String) throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
        let document = try DocumentParser.parse(data, fileName: "fuzz-input.md")
        try expectRoundTrip(document)
    }

    private func expectRoundTrip(_ document: ExerciseDocument) throws {
        let again = try DocumentParser.parse(
            Data(DocumentRenderer.markdown(document).utf8), fileName: DocumentRenderer.fileName(document))
        #expect(again.metadata == document.metadata)
        #expect(again.hasHowTo == document.hasHowTo)
        #expect(again.extraFrontMatter == document.extraFrontMatter)
        #expect(again.body.count == document.body.count)
        for (left, right) in zip(again.body + again.howTo, document.body + document.howTo) where left != right {
            #expect(
                left.heading == right.heading,
                "heading \(String(describing: right.heading?.unicodeScalars.map { $0.value }))")
            #expect(left.blocks == right.blocks)
        }
        #expect(again.howTo == document.howTo)
    }

    @Test func thereAreFindingsAndCorpusDocumentsToReplay() {
        #expect(!Self.findings.isEmpty)
        #expect(Self.corpusDocuments.count >= 20)
    }
}
