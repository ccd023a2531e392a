import Foundation
import Testing

@testable import WlogCore

/// The reference document, as shipped in ../shared, parsed section by section.
@Suite struct ReferenceDocumentTests {
    let document: ExerciseDocument

    init() throws {
        let data = try Data(contentsOf: TestSupport.referenceDocument)
        document = try DocumentParser.parse(data, fileName: "reverse-hyperextension.md")
    }

    @Test func frontMatterAndNameFromFileName() {
        #expect(document.metadata.video == "AezVMtpMMmk")
        #expect(
            document.metadata.description?.hasPrefix(
                "Strengthen your glutes, hamstrings, and lower back with the Leverage Machine") == true)
        #expect(document.metadata.name == "Reverse Hyperextension")
        #expect(document.metadata.slug == "reverse-hyperextension")
        #expect(document.metadata.equipment == nil)
    }

    @Test func bodySectionsInOrderAndTyped() {
        #expect(document.body.map(\.kind) == [.setup, .execution, .tips, .mistakes, .benefits])
        #expect(
            document.body.map(\.heading) == [
                "Setup", "Execution", "Tips for Proper Form", "Common Mistakes", "Benefits",
            ])
        #expect(document.body.allSatisfy { $0.headingLevel == 3 })
    }

    @Test func numberedStepsWithLabels() throws {
        let setup = try #require(document.section(.setup))
        #expect(setup.blocks.map(\.label) == ["Position Yourself", "Feet Placement"])
        #expect(setup.blocks.allSatisfy { $0.style == .numbered })
        let execution = try #require(document.section(.execution))
        #expect(
            execution.blocks.map(\.label) == [
                "Starting Position", "Engagement", "Lift Leg", "Peak Contraction", "Lower Back",
            ])
        #expect(execution.blocks[0].text == "Keep your legs extended straight down towards the floor.")
        #expect(
            execution.blocks[4].text
                == "Gradually lower your legs back to the starting position, maintaining control throughout the movement."
        )
    }

    @Test func bulletsWithLabelsAndMojibakeRepaired() throws {
        let tips = try #require(document.section(.tips))
        #expect(tips.blocks.map(\.label) == ["Breathing", "Avoid Swinging", "Body Alignment"])
        #expect(tips.blocks.allSatisfy { $0.style == .bulleted })
        let mistakes = try #require(document.section(.mistakes))
        #expect(mistakes.blocks.map(\.label) == ["Hip Rolling", "Overextending"])
        #expect(mistakes.blocks[1].text == "Don\u{2019}t hyperextend your back; focus on glute engagement.")
    }

    @Test func benefitsKeepTheClosingParagraph() throws {
        let benefits = try #require(document.section(.benefits))
        #expect(benefits.blocks.map(\.style) == [.bulleted, .bulleted, .paragraph])
        #expect(benefits.blocks.map(\.label) == [nil, nil, nil])
        #expect(benefits.blocks[0].text == "Strengthens the posterior chain, particularly the glutes and hamstrings.")
        #expect(
            benefits.blocks[2].text
                == "Make sure to adjust the machine settings to fit your body proportions for optimal results.")
    }

    @Test func howToSteps() {
        #expect(document.hasHowTo)
        #expect(
            document.howTo.map(\.heading) == [
                "Position on the Machine", "Starting Position", "Lift Legs Upward", "Lower Back Down",
            ])
        #expect(
            document.howTo.allSatisfy { $0.kind == .step && $0.blocks.count == 1 && $0.blocks[0].style == .paragraph })
        #expect(
            document.howTo[3].blocks[0].text
                == "Gradually lower your legs back to the starting position while maintaining control throughout. Exhale while lifting and inhale while lowering."
        )
    }

    @Test func everySentenceOfTheFileIsKept() throws {
        let raw = MojibakeRepair.repair(try String(contentsOf: TestSupport.referenceDocument, encoding: .utf8))
        let stored = DocumentHash.searchableText(of: document) + "\n" + (document.metadata.video ?? "")
        let sentences = raw.split(separator: "\n")
            .map { $0.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces) }
            .filter { $0.count > 20 && !$0.hasPrefix("description:") }
            .map { $0.drop { !$0.isLetter } }
        #expect(sentences.count > 20)
        for sentence in sentences {
            #expect(
                stored.replacingOccurrences(of: ": ", with: " ").contains(
                    sentence.replacingOccurrences(of: ": ", with: " ")), "lost: \(sentence)")
        }
    }

    @Test func seedCopyDiffersOnlyByRepairAndAddedMetadata() throws {
        let seed = try DocumentParser.parse(
            Data(contentsOf: TestSupport.repository.appendingPathComponent("Seeds/reverse-hyperextension.md")),
            fileName: "reverse-hyperextension.md")
        #expect(seed.body == document.body)
        #expect(seed.howTo == document.howTo)
        #expect(seed.metadata.description == document.metadata.description)
        #expect(seed.metadata.equipment == "leverage machine")
        #expect(!seed.metadata.muscles.isEmpty)
    }
}
