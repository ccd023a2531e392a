import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Importing documents: all or nothing, idempotent, ids kept, nothing deleted.
@Suite struct ImportTests {
    static func source(_ name: String, _ text: String) -> ImportSource {
        ImportSource(path: "fixtures/\(name)", data: Data(text.utf8))
    }

    static let squat = source(
        "goblet-squat.md",
        "---\nname: Goblet Squat\nmuscles: [quadriceps]\n---\n### Setup\n1. **Hold**: The bell at the chest.\n")
    static let row = source(
        "ring-row.md", "---\ndescription: Pull the chest to the rings.\n---\n### Execution\n- Pull.\n")

    func exerciseCount(_ database: AppDatabase) throws -> Int {
        try ExerciseStore(database: database).count()
    }

    @Test func importsEverySeedThenNothingChanges() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let importer = DocumentImporter(database: database)
        let first = try importer.run(ImportSource.seeds())
        #expect(first.added == ImportSource.seeds().count && first.updated == 0 && first.unchanged == 0)
        let changesBefore = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT updated_at FROM exercise ORDER BY id")
        }
        let second = try importer.run(ImportSource.seeds())
        #expect(second.description == "0 added, 0 updated, \(first.added) unchanged")
        let changesAfter = try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT updated_at FROM exercise ORDER BY id")
        }
        #expect(changesAfter == changesBefore)
    }

    @Test func oneInvalidFileMeansNothingIsWritten() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let broken = Self.source("broken.md", "---\nname: a: b\n---\n")
        #expect {
            try DocumentImporter(database: database).run([Self.squat, broken, Self.row])
        } throws: { error in
            let failure = error as? ImportFailure
            return failure?.problems.map(\.path) == ["fixtures/broken.md"]
                && failure?.description.hasPrefix("fixtures/broken.md:2: ") == true
        }
        #expect(try exerciseCount(database) == 0)
    }

    @Test func skipInvalidImportsTheRestAndListsTheSkipped() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let summary = try DocumentImporter(database: database).run(
            [Self.squat, Self.source("empty.md", ""), Self.row], skipInvalid: true)
        #expect(summary.added == 2)
        #expect(
            summary.skipped.map(\.description) == [
                "fixtures/empty.md:1: the document is empty (write at least a name or a description)"
            ])
        #expect(try exerciseCount(database) == 2)
    }

    @Test func anUpdateKeepsTheIdAndReplacesTheContent() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let importer = DocumentImporter(database: database)
        _ = try importer.run([Self.squat, Self.row])
        let lookup = ExerciseStore(database: database)
        let before = try lookup.resolve("goblet-squat")
        let edited = Self.source(
            "goblet-squat.md",
            "---\nname: Goblet Squat\nmuscles: [glutes]\n---\n### Setup\n1. **Hold**: The bell high.\n")
        let summary = try importer.run([edited])
        #expect(summary.description == "0 added, 1 updated, 0 unchanged")
        let after = try lookup.resolve("goblet-squat")
        #expect(after.id == before.id)
        #expect(try ExerciseStore(database: database).document(of: after).body[0].blocks[0].text == "The bell high.")
        #expect(try ExerciseStore(database: database).summaries(muscle: "quadriceps").isEmpty)
        #expect(try ExerciseStore(database: database).search("high").map(\.slug) == ["goblet-squat"])
    }

    @Test func importNeverDeletesAnExercise() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let importer = DocumentImporter(database: database)
        _ = try importer.run([Self.squat, Self.row])
        _ = try importer.run([Self.row])
        #expect(try exerciseCount(database) == 2)
    }

    @Test func twoFilesWithOneSlugAreRejected() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let twin = Self.source("other/goblet-squat.md", "### Setup\n- x\n")
        #expect(throws: ImportFailure.self) { try DocumentImporter(database: database).run([Self.squat, twin]) }
        #expect(try exerciseCount(database) == 0)
    }

    @Test func aFailureWhileWritingRollsBackTheWholeRun() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        try database.writer.write { db in
            try db.execute(
                sql:
                    "CREATE TRIGGER refuse_row BEFORE INSERT ON exercise WHEN NEW.slug = 'ring-row' BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        }
        #expect(throws: StoreError.self) { try DocumentImporter(database: database).run([Self.squat, Self.row]) }
        #expect(try exerciseCount(database) == 0)
    }

    @Test func foldersAreSearchedRecursivelyForDocuments() throws {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("deep/er"), withIntermediateDirectories: true)
        try Data("### Setup\n- a\n".utf8).write(to: folder.appendingPathComponent("deep/er/a-lift.markdown"))
        try Data("### Setup\n- b\n".utf8).write(to: folder.appendingPathComponent("b-lift.txt"))
        try Data("not a document".utf8).write(to: folder.appendingPathComponent("notes.json"))
        let found = ImportSource.files(at: [folder.path, folder.appendingPathComponent("missing").path])
        #expect(found.sources.map(\.fileName).sorted() == ["a-lift.markdown", "b-lift.txt"])
        #expect(found.problems.map(\.error.message) == ["no such file or folder"])
    }

    /// A symbolic link to a folder is not followed (a link back up would never end); a link to a
    /// document is imported like the document; a folder whose name looks like a document's is
    /// searched, not taken for a file.
    @Test func folderListingFollowsNoLinkToAFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        let files = FileManager.default
        try files.createDirectory(at: folder.appendingPathComponent("inner.md"), withIntermediateDirectories: true)
        try Data("### Setup\n- a\n".utf8).write(to: folder.appendingPathComponent("inner.md/a-lift.md"))
        try files.createSymbolicLink(
            atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        try files.createSymbolicLink(
            atPath: folder.appendingPathComponent("linked.md").path,
            withDestinationPath: folder.appendingPathComponent("inner.md/a-lift.md").path)
        let found = ImportSource.files(at: [folder.path])
        #expect(found.sources.map(\.fileName) == ["a-lift.md", "linked.md"])
        #expect(found.problems.isEmpty)
    }

    @Test func progressIsReportedToTheEnd() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        final class Calls: @unchecked Sendable {
            var values: [Int] = []
            let lock = NSLock()
        }
        let calls = Calls()
        _ = try DocumentImporter(database: database).run([Self.squat, Self.row]) { done, total in
            calls.lock.withLock { calls.values.append(done * 100 / total) }
        }
        #expect(calls.values.first == 0)
        #expect(calls.values.last == 100)
        #expect(calls.values == calls.values.sorted())
    }
}
