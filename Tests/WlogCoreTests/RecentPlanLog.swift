import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A seeded database with a log of a few thousand sets, and what the plan tests need from it: the
/// statements a library call runs, captured as SQLite runs them (a trace on the test's own
/// connection), and the plans of those that name `logged_set`.
final class RecentPlanLog {
    /// The seeded copy this test works on; its folder goes when the test ends.
    let seeded: SeededStore
    let database: AppDatabase
    /// A moment after the last session of the log.
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// 150 sessions a day apart, the newest yesterday, of 24 sets each over eight exercises (3,600
    /// sets: loads, bodyweight reps, holds, warm-ups), with statistics from `ANALYZE` when
    /// `analyzed` (the benchmark's logs have them; a lifter's database may not).
    init(analyzed: Bool) throws {
        seeded = try SeededStore()
        database = seeded.database
        try database.writer.write { db in
            let exercises = try Int64.fetchAll(db, sql: "SELECT id FROM exercise ORDER BY id LIMIT 8")
            for day in 0..<150 {
                let start = now.addingTimeInterval(Double(day - 150) * 86_400)
                try db.execute(
                    sql: "INSERT INTO workout_session (started_at, finished_at, created_at) VALUES (?, ?, ?)",
                    arguments: [start, start.addingTimeInterval(7_200), start])
                let session = db.lastInsertedRowID
                for index in 0..<24 {
                    let time = start.addingTimeInterval(Double(index) * 240)
                    let hold = index % 8 == 7
                    try db.execute(
                        sql: """
                            INSERT INTO logged_set (session_id, exercise_id, performed_at, set_number, reps, weight_kg,
                                weight_unit, bodyweight, duration_s, kind, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, 'kg', ?, ?, ?, ?)
                            """,
                        arguments: [
                            session, exercises[index % 8], time, index / 8 + 1, hold ? nil : 3 + (day + index) % 8,
                            hold || index % 8 == 6 ? nil : 40 + Double((day * 7 + index) % 30) * 2.5,
                            index % 8 == 6 ? 1 : 0, hold ? 30 + Double(day % 20) : nil,
                            index % 11 == 0 ? "warmup" : "working", time,
                        ])
                }
            }
            if analyzed { try db.execute(sql: "ANALYZE") }
        }
    }

    /// The statements `call` runs, with their bound values written in.
    func statements(of call: () throws -> Void) throws -> [String] {
        let captured = LockedStatements()
        database.writer.writeWithoutTransaction { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { captured.append(statement.expandedSQL) }
            }
        }
        defer { database.writer.writeWithoutTransaction { db in db.trace(options: [], nil) } }
        try call()
        return captured.all
    }

    /// For each statement of `sql` that names `logged_set`: its plan, one line per step.
    func plans(of sql: [String]) throws -> [(sql: String, steps: [String])] {
        try database.writer.read { db in
            try sql.filter(Self.readsTheLog).map { statement in
                let steps = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + statement).map { $0["detail"] as String }
                return (statement, steps)
            }
        }
    }

    /// A statement (not a trigger's, nor a transaction's) that names `logged_set`.
    static func readsTheLog(_ sql: String) -> Bool {
        let head = sql.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        return sql.contains("logged_set")
            && ["SELECT", "WITH", "DELETE", "UPDATE"].contains { head.hasPrefix($0) }
    }

    /// The names `logged_set` goes by in `sql`: itself and each alias it is given.
    static func names(ofTheLogIn sql: String) -> Set<String> {
        let keywords: Set<String> = [
            "INDEXED", "NOT", "WHERE", "JOIN", "ON", "LEFT", "CROSS", "INNER", "GROUP", "ORDER", "LIMIT", "USING",
            "SET", "VALUES", "UNION", "AND", "OR",
        ]
        var names: Set<String> = ["logged_set"]
        let pattern = /\blogged_set\s+(?:AS\s+)?([A-Za-z_][A-Za-z_0-9]*)/
        for match in sql.matches(of: pattern) where !keywords.contains(String(match.1).uppercased()) {
            names.insert(String(match.1))
        }
        return names
    }

    /// The steps of `steps` that read the whole of `logged_set` (a table scan, no index).
    static func fullScans(_ steps: [String], names: Set<String>) -> [String] {
        steps.filter { step in
            names.contains { step == "SCAN \($0)" || step.hasPrefix("SCAN \($0) ") && !step.contains("INDEX") }
        }
    }

    /// Whether a step reaches `logged_set` through one of its indexes or its row id.
    static func usesAnIndexOfTheLog(_ steps: [String], names: Set<String>) -> Bool {
        steps.contains { step in
            step.contains("INDEX logged_set_")
                || names.contains { step.hasPrefix("SEARCH \($0) USING INTEGER PRIMARY KEY") }
        }
    }

    /// Checks the statements of `command`: at least one reads the log, none scans its table, and
    /// the ones that read it use an index of it.
    func expectIndexed(_ command: String, _ call: () throws -> Void) throws {
        let plans = try plans(of: try statements(of: call))
        #expect(!plans.isEmpty, "\(command): no statement read logged_set")
        var indexed = false
        for plan in plans {
            let names = Self.names(ofTheLogIn: plan.sql)
            let scans = Self.fullScans(plan.steps, names: names)
            #expect(scans.isEmpty, "\(command) scans logged_set: \(plan.sql)\n\(plan.steps)")
            indexed = indexed || Self.usesAnIndexOfTheLog(plan.steps, names: names)
        }
        #expect(indexed, "\(command): no plan uses an index of logged_set: \(plans.map(\.steps))")
    }
}
