import Foundation
import Testing
@testable import WlogCore

/// Names, slugs and equipment taken from file names when the front matter gives none.
@Suite struct ExerciseNamingTests {
    @Test func hyphenatedFileNames() throws {
        let document = try TestSupport.parse("### Setup\n- a", fileName: "reverse-hyperextension.md")
        #expect(document.metadata.name == "Reverse Hyperextension")
        #expect(document.metadata.slug == "reverse-hyperextension")
    }

    @Test func movementAndEquipmentRecoveredFromTheDescription() throws {
        let text = "---\ndescription: \"Strengthen your glutes with the Leverage Machine Reverse Hyperextension, slowly.\"\n---\n"
        let document = try TestSupport.parse(text, fileName: "reversehyperextension_leveragemachine.md")
        #expect(document.metadata.name == "Reverse Hyperextension")
        #expect(document.metadata.equipment == "Leverage Machine")
        #expect(document.metadata.slug == "reverse-hyperextension-leverage-machine")
    }

    @Test func fallsBackToTheStemWhenTheDescriptionDoesNotSpellIt() throws {
        let text = "---\ndescription: \"Press two weights from the chest.\"\n---\n"
        let document = try TestSupport.parse(text, fileName: "benchpress_dumbbell.md")
        #expect(document.metadata.name == "Benchpress")
        #expect(document.metadata.equipment == "Dumbbell")
        #expect(document.metadata.slug == "benchpress-dumbbell")
    }

    @Test func frontMatterWinsOverTheFileName() throws {
        let text = "---\nname: \"Bench Press\"\nequipment: dumbbell\ndescription: \"The Dumbbell Bench Press.\"\n---\n"
        let document = try TestSupport.parse(text, fileName: "benchpress_dumbbell.md")
        #expect(document.metadata.name == "Bench Press")
        #expect(document.metadata.equipment == "dumbbell")
        #expect(document.metadata.slug == "bench-press-dumbbell")
    }

    @Test(arguments: [("Reverse Hyperextension", "reverse-hyperextension"), ("Farmer's Walk", "farmer-s-walk"),
                      ("  Ângulo  Reto ", "angulo-reto"), ("3/4 Sit-Up", "3-4-sit-up")])
    func slugify(text: String, slug: String) {
        #expect(ExerciseNaming.slugify(text) == slug)
    }

    @Test func phraseMatchingIgnoresCaseAndPunctuation() {
        #expect(ExerciseNaming.phrase(matching: "benchpress", in: "Do the (Bench Press), daily") == "Bench Press")
        #expect(ExerciseNaming.phrase(matching: "benchpress", in: "a Bench-Press, daily") == "Bench-Press")
        #expect(ExerciseNaming.phrase(matching: "benchpress", in: "Bench, then press") == nil)
        #expect(ExerciseNaming.phrase(matching: "squat", in: "Squats are great") == nil)
    }
}
