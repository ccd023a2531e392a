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
        let text =
            "---\ndescription: \"Strengthen your glutes with the Leverage Machine Reverse Hyperextension, slowly.\"\n---\n"
        let document = try TestSupport.parse(text, fileName: "reversehyperextension_leveragemachine.md")
        #expect(document.metadata.name == "Reverse Hyperextension")
        #expect(document.metadata.equipment == "Leverage Machine")
        #expect(document.metadata.slug == "reverse-hyperextension-leverage-machine")
    }

    @Test func aStemTheDescriptionDoesNotSpellSplitsIntoCommonWords() throws {
        let text = "---\ndescription: \"Press two weights from the chest.\"\n---\n"
        let document = try TestSupport.parse(text, fileName: "benchpress_dumbbell.md")
        #expect(document.metadata.name == "Bench Press")
        #expect(document.metadata.equipment == "Dumbbell")
        #expect(document.metadata.slug == "benchpress-dumbbell")
    }

    @Test func fallsBackToTheStemWhenNoWordsSpellIt() throws {
        let text = "---\ndescription: \"Curl, then turn the palms down.\"\n---\n"
        let document = try TestSupport.parse(text, fileName: "zottmanx_smithmachine.md")
        #expect(document.metadata.name == "Zottmanx")
        #expect(document.metadata.equipment == "Smith Machine")
        #expect(document.metadata.slug == "zottmanx-smithmachine")
    }

    /// Issue 10, item 24: the description spells the words in another order.
    @Test func aStemSplitsIntoTheDescriptionsWordsInTheStemsOrder() throws {
        let text = "---\ndescription: \"a Dumbbell Hammer Curl on an incline bench\"\n---\n"
        let document = try TestSupport.parse(text, fileName: "inclinehammercurl_dumbbell.md")
        #expect(document.metadata.name == "Incline Hammer Curl")
        #expect(document.metadata.equipment == "Dumbbell")
        #expect(document.metadata.slug == "inclinehammercurl-dumbbell")
    }

    @Test(arguments: [
        ("squat_barbell.md", "Squat with a barbell on the back.", "Squat"),
        ("squat_barbell.md", "Squats, heavy.", "Squat"),
        ("ezbarcurl_ezbar.md", "Curl the EZ bar up.", "EZ Bar Curl"),
        ("reversehyperextension_machine.md", "the reverse hyperextension on a machine", "Reverse Hyperextension"),
        ("skullcrusher_ezbar.md", "Lower to the forehead.", "Skull Crusher"),
    ])
    func recoveredNamesAreCapitalised(fileName: String, description: String, name: String) throws {
        let document = try TestSupport.parse("---\ndescription: \"\(description)\"\n---\n", fileName: fileName)
        #expect(document.metadata.name == name)
    }

    @Test func stemWordsAreFewestAndInOrder() {
        #expect(StemWords.name(of: "inclinehammercurl", description: "Curl on the incline") == "Incline Hammer Curl")
        #expect(StemWords.name(of: "pulldown", description: nil) == "Pulldown")
        #expect(StemWords.name(of: "xqzv", description: nil) == nil)
        #expect(StemWords.name(of: "a", description: "a") == nil)
    }

    @Test func frontMatterWinsOverTheFileName() throws {
        let text = "---\nname: \"Bench Press\"\nequipment: dumbbell\ndescription: \"The Dumbbell Bench Press.\"\n---\n"
        let document = try TestSupport.parse(text, fileName: "benchpress_dumbbell.md")
        #expect(document.metadata.name == "Bench Press")
        #expect(document.metadata.equipment == "dumbbell")
        #expect(document.metadata.slug == "bench-press-dumbbell")
    }

    @Test(arguments: [
        ("Reverse Hyperextension", "reverse-hyperextension"), ("Farmer's Walk", "farmer-s-walk"),
        ("  Ângulo  Reto ", "angulo-reto"), ("3/4 Sit-Up", "3-4-sit-up"),
    ])
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
