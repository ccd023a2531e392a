import Foundation
import Testing

@testable import WlogCore

/// Resolving what a user types to one exercise.
@Suite struct LookupTests {
    let database: AppDatabase
    let lookup: ExerciseStore

    init() throws {
        (database, _) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        lookup = ExerciseStore(database: database)
    }

    @Test(arguments: [
        ("reverse-hyperextension", "reverse-hyperextension"), ("REVERSE-HYPEREXTENSION", "reverse-hyperextension"),
        ("Reverse Hyperextension", "reverse-hyperextension"), ("barbell back squat", "back-squat"),
        ("Forearm Plank", "plank"), ("reverse-hyp", "reverse-hyperextension"), ("Farmer", "farmers-walk"),
    ])
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
            try lookup.resolve("squot")
        } throws: { error in
            guard case .notFound(_, let suggestions) = error as? ExerciseLookupError else { return false }
            return suggestions.contains("back-squat")
        }
    }

    @Test func variantsOfOneMovementResolveToTheDefault() throws {
        let importer = DocumentImporter(database: database)
        let description =
            "description: \"Press from the chest with the Dumbbell Chest Press, or the Machine Chest Press.\""
        _ = try importer.run([
            ImportSource(path: "x/chestpress_dumbbell.md", data: Data("---\n\(description)\n---\n".utf8)),
            ImportSource(path: "x/chestpress_machine.md", data: Data("---\n\(description)\n---\n".utf8)),
        ])
        #expect(try lookup.resolve("chest-press-dumbbell").equipment == "Dumbbell")
        #expect(try lookup.resolve("Chest Press").slug == "chest-press-dumbbell")
    }

    /// A bare movement name that a custom exercise also answers to means the library's exercise,
    /// unless the custom one was logged last.
    @Test func aBareNameMeansTheLibraryExerciseUnlessTheOtherWasLoggedLast() throws {
        let custom = try ExerciseStore(database: database).addCustom(name: "Squat")
        let squat = try lookup.resolve("back-squat")
        #expect(try lookup.resolve("squat").slug == "back-squat")
        let log = WorkoutLog(database: database)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        func record(_ exercise: Exercise, at time: Date) throws {
            _ = try log.record(
                try RecordPlan.make(RecordRequest(reps: "5"), settings: LogSettings(), now: time), exercise: exercise,
                now: time)
        }
        try record(custom, at: start)
        try record(squat, at: start.addingTimeInterval(86_400))
        #expect(try lookup.resolve("squat").slug == "back-squat")
        try record(custom, at: start.addingTimeInterval(2 * 86_400))
        #expect(try lookup.resolve("squat").slug == custom.slug)
        #expect(try lookup.resolve("Barbell Back Squat").slug == "back-squat")
    }
}
