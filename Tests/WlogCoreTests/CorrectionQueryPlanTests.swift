import Foundation
import GRDB
import Testing

@testable import WlogCore

/// `record`, its `last:` line, its record check, and `undo` cost what they touch, not the size
/// of the log: every statement they run reads `logged_set` through an index (`SEARCH`), never a
/// scan of the table or of a whole index.
@Suite struct CorrectionQueryPlanTests {
    /// The statements `body` runs on the database's one connection.
    static func statements(on database: AppDatabase, during body: () throws -> Void) throws -> [String] {
        let seen = LockedStatements()
        try database.writer.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { seen.append(statement.sql) }
            }
        }
        defer { try? database.writer.writeWithoutTransaction { db in db.trace(options: [], nil) } }
        try body()
        return seen.all
    }

    /// The plan lines of `sql` that scan `logged_set` (named or as `s`).
    static func scansOfTheLog(_ sql: String, in database: AppDatabase) throws -> [String] {
        let details = try database.writer.read { db in
            let plan = try db.makeStatement(sql: "EXPLAIN QUERY PLAN \(sql)")
            let unbound = StatementArguments([DatabaseValue](repeating: .null, count: sql.filter { $0 == "?" }.count))
            return try Row.fetchAll(plan, arguments: unbound).map { row -> String in row["detail"] }
        }
        return details.filter { $0.hasPrefix("SCAN logged_set") || $0.hasPrefix("SCAN s ") || $0 == "SCAN s" }
    }

    @Test func recordLastAndUndoSearchTheLogThroughIndexes() throws {
        let database = try SeededStore.database()
        let bench = try ExerciseStore(database: database).resolve("bench-press")
        let log = WorkoutLog(database: database)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        for day in 0..<20 {
            let time = start.addingTimeInterval(Double(day) * 86_400)
            _ = try log.record(
                try RecordPlan.make(
                    RecordRequest(sets: 3, reps: "5", weight: "\(60 + day)kg"), settings: LogSettings(), now: time),
                exercise: bench, now: time)
        }
        try database.writer.write { db in try db.execute(sql: "ANALYZE") }
        let now = start.addingTimeInterval(20 * 86_400)
        let sql = try Self.statements(on: database) {
            let result = try log.record(
                try RecordPlan.make(
                    RecordRequest(sets: 5, reps: "5", weight: "90kg"), settings: LogSettings(), now: now),
                exercise: bench, now: now)
            _ = try InsightStore(database: database).newRecords(setBy: result)
            _ = try log.lastPerformance(of: bench, before: now)
            _ = try log.undo()
        }
        let queries = sql.filter { $0.range(of: "logged_set", options: .caseInsensitive) != nil && !$0.hasPrefix("--") }
        #expect(queries.count >= 6)
        for query in queries {
            #expect(try Self.scansOfTheLog(query, in: database).isEmpty, "\(query)")
        }
    }
}

/// Statement texts collected from a trace callback.
final class LockedStatements: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []
    var all: [String] { lock.withLock { statements } }
    func append(_ sql: String) { lock.withLock { statements.append(sql) } }
}
