import Foundation
import GRDB
import Testing

@testable import WlogCore

/// The Epley estimate has one definition, `OneRepMax.epleyFormula`: Swift evaluates it, the
/// store renders it as SQL, and migration 0005's index holds that rendering character for
/// character, which is what SQLite needs to use an index on an expression.
@Suite struct EpleyExpressionTests {
    static let expression = OneRepMax.epleyFormula.sql(weight: "weight_kg", reps: "reps")

    /// The text of every file of `Migrations/`, by name.
    static func migrations() throws -> [(name: String, sql: String)] {
        let folder = TestSupport.repository.appendingPathComponent("Migrations")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
            .map {
                ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
            }
    }

    /// The statement of migration 0005 that creates the estimate index.
    static func estimateIndex() throws -> String {
        let sql = try #require(try migrations().first { $0.name.hasPrefix("0005") }).sql
        let start = try #require(sql.range(of: "CREATE INDEX logged_set_for_estimate_records"))
        let end = try #require(sql.range(of: ";", range: start.upperBound..<sql.endIndex))
        return String(sql[start.lowerBound..<end.upperBound])
    }

    /// A fresh database in a temporary folder, removed after `body`.
    static func withDatabase<T>(_ body: (AppDatabase) throws -> T) throws -> T {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        return try body(database)
    }

    @Test func migration0005IndexesTheExpressionTheFormulaRenders() throws {
        #expect(try Self.estimateIndex().contains("exercise_id, bodyweight, \(Self.expression) DESC"))
    }

    @Test func everyMigrationWritesTheEstimateAsTheFormulaRendersIt() throws {
        for (name, sql) in try Self.migrations() {
            let copies = sql.components(separatedBy: "/ 30").count - 1
            #expect(sql.components(separatedBy: Self.expression).count - 1 == copies, "\(name)")
        }
    }

    @Test func noIndexOnTheEstimateOutlivesMigration0006() throws {
        let sql = try #require(try Self.migrations().first { $0.name.hasPrefix("0006") }).sql
        #expect(sql.contains("DROP INDEX logged_set_for_estimate_records;"))
        let indexes = try Self.withDatabase { database in
            try database.writer.read { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%30.0%'")
            }
        }
        #expect(indexes.isEmpty)
    }

    /// SQLite matches an index on an expression only to the same expression: ordered by the
    /// rendering, a query reads 0005's index; ordered by the estimate spelled otherwise, it sorts.
    @Test func thePlannerUsesTheIndexForTheRenderedExpressionOnly() throws {
        let statement = try Self.estimateIndex()
        let plans = try Self.withDatabase { database in
            try database.writer.write { db in try db.execute(sql: statement) }
            return try database.writer.read { db in
                try [Self.expression, "(weight_kg * (1 + reps / 30.0))"].map { order in
                    try Row.fetchAll(
                        db,
                        sql: """
                            EXPLAIN QUERY PLAN SELECT id FROM logged_set
                            WHERE exercise_id = 1 AND bodyweight = 0 AND kind <> 'warmup' ORDER BY \(order) DESC LIMIT 1
                            """
                    ).map { $0["detail"] as String }
                }
            }
        }
        #expect(
            plans[0].contains { $0.contains("logged_set_for_estimate_records") }
                && !plans[0].contains { $0.contains("TEMP B-TREE") },
            "\(plans[0])")
        #expect(plans[1].contains { $0.contains("TEMP B-TREE") }, "\(plans[1])")
    }

    @Test func sqliteComputesWhatSwiftComputes() throws {
        let weights = [0.5, 20, 60, 142.5, 100 * 0.45359237, 97.5 * 0.45359237]
        let cases = weights.flatMap { weight in (1...40).map { (weight, $0) } }
        let values = try Self.withDatabase { database in
            try database.writer.read { db in
                try cases.map { weight, reps in
                    try Double.fetchOne(
                        db, sql: "SELECT \(Self.expression) FROM (SELECT ? AS weight_kg, ? AS reps)",
                        arguments: [weight, reps]) ?? .nan
                }
            }
        }
        for ((weight, reps), value) in zip(cases, values) {
            let swift = OneRepMax.epley(weight: weight, reps: reps)
            #expect(abs(value - swift) < 1e-9, "\(weight) × \(reps)")
            #expect(abs(swift - (reps == 1 ? weight : weight * (1 + Double(reps) / 30))) < 1e-12)
        }
    }

    @Test func operandsAreParenthesisedWhereSQLWouldReadThemOtherwise() throws {
        let formula = LiftFormula.quotient(.sum(.weight, .integer(2)), .product(.reps, .real(0.5)))
        #expect(formula.sql(weight: "w", reps: "r") == "((w + 2) / (r * 0.5))")
        let value = try Self.withDatabase { database in
            try database.writer.read { db in
                try Double.fetchOne(
                    db, sql: "SELECT \(formula.sql(weight: "w", reps: "r")) FROM (SELECT 10.0 AS w, 3 AS r)")
            }
        }
        #expect(value == formula.value(weight: 10, reps: 3) && value == 8)
    }
}
