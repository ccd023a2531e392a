import Foundation
import Testing

@testable import WlogCore

/// `WeeklyBuckets.week(containing:)` takes its weeks from arithmetic on the local clock where it
/// can: every week it gives is the calendar's, in zones with summer time, midnight changes of the
/// clock, skipped days, odd offsets and local mean time, before and after every change of a clock.
@Suite struct IsoWeekArithmeticTests {
    static let zones = [
        "UTC", "Europe/Berlin", "Europe/Amsterdam", "America/New_York", "America/Sao_Paulo", "America/Havana",
        "Asia/Tehran", "Australia/Lord_Howe", "Pacific/Apia", "Pacific/Kiritimati", "America/St_Johns",
        "Africa/Casablanca", "Asia/Kathmandu", "America/Santiago",
    ]

    /// The week as the calendar computes it, which the buckets must give.
    static func calendarWeek(containing date: Date, in timeZone: TimeZone) throws -> IsoWeek {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        // The calendar finds no week for some moments of local mean time; the buckets then take
        // the seven days from the moment, as they always have.
        let interval =
            calendar.dateInterval(of: .weekOfYear, for: date) ?? DateInterval(start: date, duration: 7 * 86400)
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: interval.start)
        return IsoWeek(
            year: try #require(parts.yearForWeekOfYear), week: try #require(parts.weekOfYear), start: interval.start,
            end: interval.end)
    }

    /// Moments every 83 hours from 1890 to 2045, and around each change of the zone's clock.
    static func moments(in timeZone: TimeZone) -> [Date] {
        let first = Date(timeIntervalSince1970: -2_524_521_600)  // 1890-01-01
        let last = Date(timeIntervalSince1970: 2_366_841_600)  // 2045-01-01
        var moments = Array(stride(from: first.timeIntervalSince1970, to: last.timeIntervalSince1970, by: 83 * 3600))
            .map { Date(timeIntervalSince1970: $0) }
        var change = timeZone.nextDaylightSavingTimeTransition(after: first)
        while let moment = change, moment < last {
            for shift: TimeInterval in [-259_200, -90_000, -3600, -1, 0, 1, 3600, 88_200, 259_200] {
                moments.append(moment.addingTimeInterval(shift))
            }
            change = timeZone.nextDaylightSavingTimeTransition(after: moment)
        }
        return moments
    }

    @Test(arguments: zones) func everyWeekIsTheCalendars(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let buckets = WeeklyBuckets(timeZone: timeZone)
        var differing: [String] = []
        for moment in Self.moments(in: timeZone) {
            let expected = try Self.calendarWeek(containing: moment, in: timeZone)
            let week = buckets.week(containing: moment)
            if week != expected { differing.append("\(moment): \(week) instead of \(expected)") }
        }
        #expect(differing.isEmpty, "\(differing.count) weeks differ in \(zone): \(differing.prefix(3))")
    }

    @Test func mostWeeksComeFromTheArithmetic() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let moments = stride(from: 0.0, to: 2_000_000_000, by: 83 * 3600).map { Date(timeIntervalSince1970: $0) }
        let covered = IsoWeekArithmetic.covered(in: berlin)
        let found = moments.filter { IsoWeekArithmetic.week(containing: $0, in: berlin, covered: covered) != nil }
        #expect(Double(found.count) > 0.9 * Double(moments.count))
        // In UTC, every week of a century-long log.
        let century = stride(from: -1_700_000_000.0, to: 1_800_000_000, by: 83 * 3600).map {
            Date(timeIntervalSince1970: $0)
        }
        let utc = IsoWeekArithmetic.covered(in: .gmt)
        #expect(century.allSatisfy { IsoWeekArithmetic.week(containing: $0, in: .gmt, covered: utc) != nil })
    }

    @Test func beforeSeventeenHundredTheCalendarDecides() throws {
        let old = Date(timeIntervalSince1970: -9_000_000_000)  // 1684
        #expect(IsoWeekArithmetic.week(containing: old, in: .gmt, covered: IsoWeekArithmetic.covered(in: .gmt)) == nil)
        #expect(
            WeeklyBuckets(timeZone: .gmt).week(containing: old) == (try Self.calendarWeek(containing: old, in: .gmt)))
    }
}
