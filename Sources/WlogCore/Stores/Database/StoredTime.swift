import Foundation
import GRDB

/// A set's time as `logged_set.performed_ms` holds it: milliseconds since 1970-01-01 00:00 UTC,
/// negative before.
///
/// The column is computed by SQLite from the text GRDB stores for a `Date`
/// (`YYYY-MM-DD HH:MM:SS.SSS`, UTC); `milliseconds(of:)` computes the same number from that same
/// text, so that a query on `performed_ms` with these arguments selects exactly the sets a query
/// on `performed_at` with the dates would. Days are counted in the proleptic Gregorian calendar,
/// as SQLite's `julianday()` counts them.
enum StoredTime {
    /// The SQL that turns the stored time `column` into these milliseconds: the expression of
    /// migration 0014's `performed_ms`, for the other times (a session's start).
    static func millisecondsSQL(of column: String) -> String {
        "CAST(round((julianday(\(column)) - 2440587.5) * 86400000.0) AS INTEGER)"
    }

    /// The milliseconds `performed_ms` holds for a set performed at `date`. A date whose year has
    /// no four digits (which no set holds: SQLite reads no such time) gets the milliseconds of its
    /// time interval, which keep the order.
    static func milliseconds(of date: Date) -> Int64 {
        if case .string(let text) = date.databaseValue.storage, let value = milliseconds(stored: text) {
            return value
        }
        return Int64(max(min((date.timeIntervalSince1970 * 1000).rounded(.down), 9e15), -9e15))
    }

    /// The milliseconds of a stored time `YYYY-MM-DD HH:MM:SS.SSS`, nil for any other text.
    static func milliseconds(stored text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 23, Array("-- ::.".utf8) == [4, 7, 10, 13, 16, 19].map({ bytes[$0] }) else { return nil }
        func number(_ start: Int, _ length: Int) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[start..<start + length] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            let millisecond = number(20, 3)
        else { return nil }
        let days = daysSince1970(year: year, month: month, day: day)
        return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond
    }

    /// Days from 1970-01-01 to the date, in the proleptic Gregorian calendar (March-based years,
    /// so that the leap day ends the year).
    private static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
