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
        var text = text
        return text.withUTF8 { parts(of: $0) }.map { $0.seconds * 1000 + $0.millisecond }
    }

    /// The date GRDB reads from the stored time `bytes` (`YYYY-MM-DD HH:MM:SS.SSS`, UTC), the
    /// same value to the bit, without its calendar computation (a few microseconds a date, for
    /// every set `stats` or `history` reads); nil for any other text, which GRDB must read.
    static func date(stored text: String) -> Date? {
        var text = text
        guard let parts = text.withUTF8({ parts(of: $0) }), parts.valid else { return nil }
        // As the calendar sums it: the day's start from the reference date, plus the time of day
        // with its fraction (another order of the sum can differ in the last bit).
        let fromReference = parts.seconds - 978_307_200
        let dayStart = fromReference - positiveRemainder(fromReference, 86_400)
        let timeOfDay = Double(fromReference - dayStart) + Double(parts.millisecond * 1_000_000) / 1_000_000_000
        return Date(timeIntervalSinceReferenceDate: Double(dayStart) + timeOfDay)
    }

    /// The whole seconds since 1970 and the milliseconds of a stored time, nil for other text;
    /// `valid` when it names a real moment of the Gregorian calendar from 1600 on (the
    /// calendar counts Julian days before 1582, and rolls over a day or month out of range).
    private static func parts(of bytes: UnsafeBufferPointer<UInt8>) -> (
        seconds: Int64, millisecond: Int64, valid: Bool
    )? {
        guard bytes.count == 23 else { return nil }
        func byte(_ offset: Int) -> UInt8 { bytes[offset] }
        guard byte(4) == 45, byte(7) == 45, byte(10) == 32, byte(13) == 58, byte(16) == 58, byte(19) == 46 else {
            return nil
        }
        func number(_ from: Int, _ length: Int) -> Int64? {
            var value: Int64 = 0
            for offset in from..<from + length {
                let digit = byte(offset)
                guard digit >= 48, digit <= 57 else { return nil }
                value = value * 10 + Int64(digit - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            let millisecond = number(20, 3)
        else { return nil }
        let days = StoredTimeColumn.days(year: year, month: month, day: day)
        let nextMonth: Int64 =
            month == 12
            ? StoredTimeColumn.days(year: year + 1, month: 1, day: 1)
            : StoredTimeColumn.days(year: year, month: month + 1, day: 1)
        let dayExists = year >= 1600 && (1...12).contains(month) && day >= 1 && days < nextMonth
        let valid = dayExists && hour < 24 && minute < 60 && second < 60
        return (((days * 24 + hour) * 60 + minute) * 60 + second, millisecond, valid)
    }

    /// The remainder of `value` divided by `divisor`, from 0 to `divisor - 1`.
    private static func positiveRemainder(_ value: Int64, _ divisor: Int64) -> Int64 {
        ((value % divisor) + divisor) % divisor
    }
}
