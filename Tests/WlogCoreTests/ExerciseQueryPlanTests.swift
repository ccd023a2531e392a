import Foundation
import GRDB
import Testing

@testable import WlogCore

/// The exercise store's shared query pieces use the indexes the schema gives them.
@Suite struct ExerciseQueryPlanTests {
    @Test func theSlugLookupSearchesTheUniqueIndexOnSlug() throws {
        let (database, file) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let plan = try database.writer.read { db in
            let statement = try ExerciseRow.all().filter(slug: "bench-press").makePreparedRequest(db).statement
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments)
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("SEARCH exercise USING INDEX sqlite_autoindex_exercise_1 (slug=?)"), "\(plan)")
        #expect(try ExerciseStore(database: database).resolve("bench-press").slug == "bench-press")
    }
}
