import Foundation
import Testing
@testable import WlogCore

/// Resolving what a user types to one exercise.
@Suite struct LookupTests {
    let database: AppDatabase
    let lookup: ExerciseLookup

    init() throws {
        (database, _) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        lookup = ExerciseLookup(database: database)
    }

    @Test(arguments: [("reverse-hyperextension", "reverse-hyperextension"), ("REVERSE-HYPEREXTENSION", "reverse-hyperextension"),
                      ("Reverse Hyperextension", "reverse-hyperextension"), ("barbell back squat", "back-squat"),
                      ("Forearm Plank", "plank"), ("reverse-hyp", "reverse-hyperextension"), ("Farmer", "farmers-walk")])
    func resolves(query: String, slug: String) throws {
        #expect(try lookup.resolve(query).slug == slug)
    }

    @Test func anAmbiguousPrefixListsTheCandidates() {
        #expect {
            try lookup.resolve("revers")
        } throws: { error in
            guard case .ambiguous(_, let candidates) = error as? ExerciseLookupError else { return false }
            return candidates.sorted() == ["reverse-fly", "reverse-hyperextension", "reverse-lunge"]
        }
    }

    @Test func noMatchSuggestsTheClosest() {
        #expect {
            try lookup.resolve("bnech press")
        } throws: { error in
            "\(error)".contains("bench-press")
        }
        #expect {
            try lookup.resolve("squat")
        } throws: { error in
            guard case .notFound(_, let suggestions) = error as? ExerciseLookupError else { return false }
            return suggestions.contains("back-squat") && suggestions.contains("front-squat")
        }
    }

    @Test func variantsOfOneMovementResolveToTheDefault() throws {
        let importer = DocumentImporter(database: database)
        let description = "description: \"Press from the chest with the Dumbbell Chest Press, or the Machine Chest Press.\""
        _ = try importer.run([
            ImportSource(path: "x/chestpress_dumbbell.md", data: Data("---\n\(description)\n---\n".utf8)),
            ImportSource(path: "x/chestpress_machine.md", data: Data("---\n\(description)\n---\n".utf8)),
        ])
        #expect(try lookup.resolve("chest-press-dumbbell").equipment == "Dumbbell")
        #expect(try lookup.resolve("Chest Press").slug == "chest-press-dumbbell")
    }
}
