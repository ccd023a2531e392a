import Foundation
import Testing
import WlogCore

/// `wlog exercises`: an empty library is told apart from filters that match nothing.
@Suite struct ExerciseListingTests {
    @Test func anEmptyLibraryIsToldApartFromFiltersThatMatchNothing() throws {
        let (database, file) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let store = ExerciseStore(database: database)
        let empty = try store.listing()
        #expect(empty.exercises.isEmpty && empty.libraryIsEmpty)

        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let nothing = try store.listing(muscle: "no-such-muscle")
        #expect(nothing.exercises.isEmpty && !nothing.libraryIsEmpty)
        let quadriceps = try store.listing(muscle: "QUADRICEPS")
        #expect(!quadriceps.exercises.isEmpty && !quadriceps.libraryIsEmpty)
        #expect(quadriceps.exercises == (try store.summaries(muscle: "quadriceps")))
    }
}
