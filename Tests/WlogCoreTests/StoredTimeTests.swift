import Foundation
import GRDB
import Testing

@testable import WlogCore

/// `StoredTime.milliseconds(of:)` gives the number SQLite computes into `logged_set.performed_ms`
/// for the same date, so that the queries on `performed_ms` select what those on `performed_at` did.
@Suite struct StoredTimeTests {
    /// Dates around what a log holds and around what could go wrong: before 1970 (negative
    /// milliseconds), leap days and century years, millisecond fractions and half-milliseconds
    /// that the stored text cuts.
    static let dates: [Date] = {
        let utc = TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Date
        {
            calendar.date(
                from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))!
        }
        var dates = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.001), Date(timeIntervalSince1970: -0.0005),
            Date(timeIntervalSince1970: 0.0005), Date(timeIntervalSince1970: 0.999_9),
            Date(timeIntervalSince1970: -86_400.25),
            date(1917, 3, 1, 17), date(1900, 2, 28, 23, 59, 59), date(1900, 3, 1), date(1904, 2, 29, 12),
            date(1969, 12, 31, 23, 59, 59), date(2000, 2, 29, 6, 30), date(2026, 11, 30, 18, 36), date(2100, 3, 1),
            date(1600, 3, 1), date(1700, 1, 1), date(9999, 12, 31, 23, 59, 58),
        ]
        for base in Array(dates) {
            dates += [0.001, 0.123, 0.5, 0.999, 0.0004, 1.0005, -0.001, -0.7].map { base.addingTimeInterval($0) }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            dates.append(
                Date(timeIntervalSince1970: Double.random(in: -4_000_000_000...4_000_000_000, using: &generator)))
        }
        return dates
    }()

    @Test func theMillisecondsAreThoseSQLiteComputesIntoTheColumn() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        // Each date goes into a set (foreign keys deferred, then rolled back): the column's own expression computes it.
        let computed: [Int64?] = try database.writer.writeWithoutTransaction { db in
            var values: [Int64?] = []
            try db.inTransaction {
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                for (index, date) in Self.dates.enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO logged_set (id, session_id, exercise_id, performed_at, set_number, created_at)
                            VALUES (?, 1, 1, ?, 1, ?)
                            """, arguments: [index + 1, date, date])
                }
                values = try Optional<Int64>.fetchAll(db, sql: "SELECT performed_ms FROM logged_set ORDER BY id")
                return .rollback
            }
            return values
        }
        #expect(computed.count == Self.dates.count)
        for (date, column) in zip(Self.dates, computed) {
            #expect(column == StoredTime.milliseconds(of: date), "\(date.timeIntervalSince1970)")
        }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM logged_set") } == 0)
    }

    @Test func theMillisecondsOrderDatesAsTheirStoredTextDoes() {
        let stored = Self.dates.filter { $0.timeIntervalSince1970 > -62_000_000_000 }.map { date in
            (text: String.fromDatabaseValue(date.databaseValue) ?? "", milliseconds: StoredTime.milliseconds(of: date))
        }
        #expect(stored.allSatisfy { $0.text.count == 23 })
        #expect(stored.sorted { $0.text < $1.text }.map(\.milliseconds) == stored.map(\.milliseconds).sorted())
    }

    @Test func aKnownTimeGivesItsMilliseconds() {
        #expect(StoredTime.milliseconds(stored: "1970-01-01 00:00:00.000") == 0)
        #expect(StoredTime.milliseconds(stored: "1969-12-31 23:59:59.999") == -1)
        #expect(StoredTime.milliseconds(stored: "2026-11-30 18:36:00.123") == 1_796_063_760_123)
        #expect(StoredTime.milliseconds(stored: "1900-01-01 00:00:00.001") == -2_208_988_799_999)
        #expect(StoredTime.milliseconds(stored: "2026-11-30 18:36:00") == nil)
        #expect(StoredTime.milliseconds(stored: "2026/11/30 18:36:00.123") == nil)
    }
}
