import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Multi-row inserts store every row once, in order, whatever the count (full statements plus a
/// remainder split into powers of two), and text as GRDB binds it.
@Suite struct BulkInsertTests {
    @Test(arguments: [0, 1, 2, 5, 199, 200, 333, 334, 1000])
    func everyRowIsStoredOnceInOrder(count: Int) throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        try database.writer.write { db in
            try db.execute(sql: "CREATE TEMP TABLE bulk (n INTEGER NOT NULL, label TEXT, note TEXT)")
            var rows = BulkInsert(into: "bulk", columns: ["n", "label", "note"])
            for n in 0..<count {
                rows.add(n)
                rows.add("row \(n)")
                rows.add(n.isMultiple(of: 3) ? nil : "note")
            }
            try rows.flush(db)
            let stored = try Row.fetchAll(db, sql: "SELECT n, label, note FROM bulk ORDER BY rowid")
            #expect(stored.map { $0[0] as Int } == Array(0..<count))
            #expect(stored.map { $0[1] as String } == (0..<count).map { "row \($0)" })
            #expect(
                stored.filter { ($0[2] as String?) == nil }.count == (0..<count).filter { $0.isMultiple(of: 3) }.count)
            try rows.flush(db)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM bulk") == count)
        }
    }

    @Test func textEndsAtANulAsGRDBBindsIt() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let stored = try database.writer.write { db in
            try db.execute(sql: "CREATE TEMP TABLE bulk (label TEXT)")
            var rows = BulkInsert(into: "bulk", columns: ["label"])
            rows.add("before\u{0}after")
            try rows.flush(db)
            try db.execute(sql: "INSERT INTO bulk (label) VALUES (?)", arguments: ["before\u{0}after"])
            return try String.fetchAll(db, sql: "SELECT label FROM bulk ORDER BY rowid")
        }
        #expect(stored.count == 2 && stored[0] == stored[1])
    }
}
