import Foundation
import Testing

@testable import WlogCore

/// `--at` times: absolute, clock-only, named days and "ago", in the user's zone, across DST changes.
@Suite struct TimeExpressionTests {
    static let expectedForm = "a time such as \"2026-11-24 18:30\", 18:30, yesterday, \"yesterday 18:30\" or \"2h ago\""

    /// An instant written as ISO 8601 with its offset, read independently of the code under test.
    private func instant(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text), "bad test instant \(text)")
    }

    private func zone(_ identifier: String) throws -> TimeZone {
        try #require(TimeZone(identifier: identifier), "unknown zone \(identifier)")
    }

    /// Parses `text` at `now` in `zoneIdentifier`; both instants are ISO 8601 with offsets.
    private func parse(_ text: String, now: String, in zoneIdentifier: String) throws -> Date {
        try TimeExpression.parse(text, now: instant(now), timeZone: zone(zoneIdentifier))
    }

    // Tuesday 24 November 2026, 15:00 local: Berlin is UTC+1, New York UTC-5.
    static let berlinNow = "2026-11-24T15:00:00+01:00"
    static let newYorkNow = "2026-11-24T15:00:00-05:00"

    @Test(
        arguments: [
            ("now", "2026-11-24T15:00:00+01:00"),
            ("  NOW  ", "2026-11-24T15:00:00+01:00"),
            ("2026-11-24 18:30", "2026-11-24T18:30:00+01:00"),
            ("2026-11-24 18:30:15", "2026-11-24T18:30:15+01:00"),
            ("2026-11-24T18:30", "2026-11-24T18:30:00+01:00"),
            ("2026-11-24t18:30", "2026-11-24T18:30:00+01:00"),
            ("2026-11-24T18:30:15", "2026-11-24T18:30:15+01:00"),
            ("2026-11-24   18:30", "2026-11-24T18:30:00+01:00"),
            ("2026-11-24", "2026-11-24T12:00:00+01:00"),
            ("2026-1-5 9:05", "2026-01-05T09:05:00+01:00"),
            ("2026-07-01 08:00", "2026-07-01T08:00:00+02:00"),
            ("2026-07-01", "2026-07-01T12:00:00+02:00"),
            ("2028-02-29 10:00", "2028-02-29T10:00:00+01:00"),
            ("2027-01-01 00:00", "2027-01-01T00:00:00+01:00"),
            ("18:30", "2026-11-24T18:30:00+01:00"),
            ("7:05", "2026-11-24T07:05:00+01:00"),
            ("00:00", "2026-11-24T00:00:00+01:00"),
            ("23:59:59", "2026-11-24T23:59:59+01:00"),
            ("yesterday", "2026-11-23T15:00:00+01:00"),
            ("Yesterday", "2026-11-23T15:00:00+01:00"),
            ("yesterday 18:30", "2026-11-23T18:30:00+01:00"),
            ("YESTERDAY 06:00:30", "2026-11-23T06:00:30+01:00"),
            ("today 07:15", "2026-11-24T07:15:00+01:00"),
            ("Today 23:00", "2026-11-24T23:00:00+01:00"),
            ("2h ago", "2026-11-24T13:00:00+01:00"),
            ("2H AGO", "2026-11-24T13:00:00+01:00"),
            ("2 hours ago", "2026-11-24T13:00:00+01:00"),
            ("1 hour ago", "2026-11-24T14:00:00+01:00"),
            ("90m ago", "2026-11-24T13:30:00+01:00"),
            ("90 min ago", "2026-11-24T13:30:00+01:00"),
            ("45 minutes ago", "2026-11-24T14:15:00+01:00"),
            ("30s ago", "2026-11-24T14:59:30+01:00"),
            ("0m ago", "2026-11-24T15:00:00+01:00"),
            ("3 days ago", "2026-11-21T15:00:00+01:00"),
            ("1d ago", "2026-11-23T15:00:00+01:00"),
            ("1 day ago", "2026-11-23T15:00:00+01:00"),
            ("2 weeks ago", "2026-11-10T15:00:00+01:00"),
        ] as [(String, String)])
    func berlinForms(text: String, expected: String) throws {
        #expect(try parse(text, now: Self.berlinNow, in: "Europe/Berlin") == instant(expected))
    }

    @Test(
        arguments: [
            ("now", "2026-11-24T15:00:00-05:00"),
            ("2026-11-24 18:30", "2026-11-24T18:30:00-05:00"),
            ("2026-11-24T18:30", "2026-11-24T18:30:00-05:00"),
            ("2026-11-24", "2026-11-24T12:00:00-05:00"),
            ("2026-07-04 09:00", "2026-07-04T09:00:00-04:00"),
            ("18:30", "2026-11-24T18:30:00-05:00"),
            ("yesterday", "2026-11-23T15:00:00-05:00"),
            ("yesterday 18:30", "2026-11-23T18:30:00-05:00"),
            ("today 07:15", "2026-11-24T07:15:00-05:00"),
            ("2h ago", "2026-11-24T13:00:00-05:00"),
            ("90 min ago", "2026-11-24T13:30:00-05:00"),
            ("3 days ago", "2026-11-21T15:00:00-05:00"),
        ] as [(String, String)])
    func newYorkForms(text: String, expected: String) throws {
        #expect(try parse(text, now: Self.newYorkNow, in: "America/New_York") == instant(expected))
    }

    @Test func theSameWallClockIsADifferentInstantInEachZone() throws {
        let now = try instant("2026-11-24T14:00:00Z")
        let berlin = try TimeExpression.parse("2026-11-24 18:30", now: now, timeZone: zone("Europe/Berlin"))
        let newYork = try TimeExpression.parse("2026-11-24 18:30", now: now, timeZone: zone("America/New_York"))
        #expect(newYork.timeIntervalSince(berlin) == 6 * 3600)
    }

    @Test func todayIsTheLocalDayNotTheUTCDay() throws {
        // 00:30 in Berlin is still 23 November in UTC.
        #expect(
            try parse("18:30", now: "2026-11-24T00:30:00+01:00", in: "Europe/Berlin")
                == instant("2026-11-24T18:30:00+01:00"))
        #expect(
            try parse("yesterday 18:30", now: "2026-11-24T00:30:00+01:00", in: "Europe/Berlin")
                == instant("2026-11-23T18:30:00+01:00"))
        // 21:00 in New York is already 25 November in UTC.
        #expect(
            try parse("today 07:15", now: "2026-11-24T21:00:00-05:00", in: "America/New_York")
                == instant("2026-11-24T07:15:00-05:00"))
        #expect(
            try parse("yesterday 07:15", now: "2026-11-24T21:00:00-05:00", in: "America/New_York")
                == instant("2026-11-23T07:15:00-05:00"))
    }

    // MARK: - Daylight saving changes

    /// Berlin springs forward on 29 March 2026 and falls back on 25 October; New York on 8 March and 1 November.
    /// The 00:30 case is where subtracting 24 hours would land on the wrong day (23:30 on 28 March).
    @Test(
        arguments: [
            ("Europe/Berlin", "2026-03-30T09:00:00+02:00", "2026-03-29T12:00:00+02:00"),
            ("Europe/Berlin", "2026-03-30T00:30:00+02:00", "2026-03-29T12:00:00+02:00"),
            ("Europe/Berlin", "2026-03-29T12:00:00+02:00", "2026-03-28T12:00:00+01:00"),
            ("Europe/Berlin", "2026-10-26T08:00:00+01:00", "2026-10-25T12:00:00+01:00"),
            ("America/New_York", "2026-03-09T10:00:00-04:00", "2026-03-08T12:00:00-04:00"),
            ("America/New_York", "2026-11-02T09:00:00-05:00", "2026-11-01T12:00:00-05:00"),
        ] as [(String, String, String)])
    func yesterdayNoonIsNoonOnTheWallClockAcrossDST(zoneIdentifier: String, now: String, expected: String) throws {
        let date = try parse("yesterday 12:00", now: now, in: zoneIdentifier)
        #expect(date == (try instant(expected)))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try zone(zoneIdentifier)
        #expect(calendar.component(.hour, from: date) == 12)
        #expect(calendar.component(.minute, from: date) == 0)
    }

    @Test func yesterdayKeepsTheWallClockSoTheDayIsTwentyThreeOrTwentyFiveHours() throws {
        let springNow = try instant("2026-03-29T12:00:00+02:00")
        let spring = try TimeExpression.parse("yesterday", now: springNow, timeZone: zone("Europe/Berlin"))
        #expect(spring == (try instant("2026-03-28T12:00:00+01:00")))
        #expect(springNow.timeIntervalSince(spring) == 23 * 3600)

        let autumnNow = try instant("2026-11-01T12:00:00-05:00")
        let autumn = try TimeExpression.parse("yesterday", now: autumnNow, timeZone: zone("America/New_York"))
        #expect(autumn == (try instant("2026-10-31T12:00:00-04:00")))
        #expect(autumnNow.timeIntervalSince(autumn) == 25 * 3600)
        #expect(try TimeExpression.parse("1d ago", now: autumnNow, timeZone: zone("America/New_York")) == autumn)
    }

    @Test func hoursAgoAreExactAcrossDST() throws {
        // 04:00 CEST, two hours after clocks went from 02:00 to 03:00: two hours earlier is 01:00 CET.
        #expect(
            try parse("2h ago", now: "2026-03-29T04:00:00+02:00", in: "Europe/Berlin")
                == instant("2026-03-29T01:00:00+01:00"))
        // Noon CEST on the day of the change: 24 hours earlier the clocks read 11:00 CET, not noon.
        #expect(
            try parse("24 hours ago", now: "2026-03-29T12:00:00+02:00", in: "Europe/Berlin")
                == instant("2026-03-28T11:00:00+01:00"))
    }

    @Test func aSkippedWallClockTimeMovesForwardByTheSkippedHour() throws {
        // 02:30 does not exist in Berlin on 29 March 2026; it is taken as 03:30 CEST.
        #expect(
            try parse("2026-03-29 02:30", now: Self.berlinNow, in: "Europe/Berlin")
                == instant("2026-03-29T03:30:00+02:00"))
    }

    @Test func futureTimesAreLeftForTheCallerToReject() throws {
        #expect(try parse("23:00", now: Self.berlinNow, in: "Europe/Berlin") > instant(Self.berlinNow))
        #expect(
            try parse("2030-01-01 08:00", now: Self.berlinNow, in: "Europe/Berlin")
                == instant("2030-01-01T08:00:00+01:00"))
    }

    // MARK: - Rejections

    @Test(arguments: [
        "", "   ", "tomorrow", "today", "yesterday yesterday", "now 18:30", "nan", "soon",
        "2026-02-30 10:00", "2026-02-29", "2026-02-29 10:00", "2026-11-31", "2026-13-01", "2026-00-10", "2026-11-00",
        "2026-11-24 25:00", "2026/11/24", "24-11-2026", "26-11-24", "2026-11-24-01", "2026-011-24", "2026-11-24T",
        "T18:30", "2026-11-24 18:30 extra", "2026-11-24 18:30 ago",
        "25:00", "24:00", "18:60", "18:5", "18:030", "18:30:60", "18:30:5", "018:30", "18", "1830", "18.30", ":30",
        "18:",
        "-1:30", "yesterday 25:00", "today 24:00", "yesterday 2026-11-24", "１８:３０",
        "ago", "2 ago", "h ago", "2x ago", "-2h ago", "2.5h ago", "2 3h ago", "2 h x ago", "1234567 days ago", "2h",
        "in 2h", "2 hours", "2hours ago ago", "2 years ago",
    ])
    func unacceptedTimesAreRejected(text: String) {
        #expect(throws: LogInputError(option: "--at", value: text, expected: Self.expectedForm)) {
            try TimeExpression.parse(text, now: instant(Self.berlinNow), timeZone: zone("Europe/Berlin"))
        }
    }

    @Test func theErrorReadsWell() {
        let error = LogInputError(option: "--at", value: "soon", expected: Self.expectedForm)
        #expect(
            error.description
                == "--at: \"soon\" is not accepted; expected a time such as \"2026-11-24 18:30\", 18:30, yesterday, \"yesterday 18:30\" or \"2h ago\""
        )
    }
}
