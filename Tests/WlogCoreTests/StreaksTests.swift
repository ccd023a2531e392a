import Foundation
import Testing

@testable import WlogCore

/// Runs of training days and weeks, as of a given day.
@Suite struct StreaksTests {
    typealias F = InsightFixture

    func days(_ texts: [String]) -> [TrainingDay] {
        texts.map { text in
            let parts = text.split(separator: "-").compactMap { Int($0) }
            return TrainingDay(year: parts[0], month: parts[1], day: parts[2])
        }
    }

    @Test func currentAndLongestRunsOfDays() {
        let trained = days(["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-05", "2026-11-06", "2026-11-08"])
        let asOf = { (day: String) in Streaks.days(trained, today: self.days([day])[0]) }
        #expect(asOf("2026-11-08") == Streak(current: 1, longest: 3))
        #expect(asOf("2026-11-09") == Streak(current: 1, longest: 3))  // yesterday still counts: today is not over
        #expect(asOf("2026-11-10") == Streak(current: 0, longest: 3))
        #expect(asOf("2026-11-06") == Streak(current: 2, longest: 3))
        #expect(Streaks.days([], today: days(["2026-11-10"])[0]) == Streak(current: 0, longest: 0))
    }

    @Test func daysRunOnAcrossMonthsAndNewYear() {
        let trained = days(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"])
        #expect(Streaks.days(trained, today: days(["2027-01-02"])[0]) == Streak(current: 4, longest: 4))
        #expect(
            Streaks.days(days(["2026-02-28", "2026-03-01"]), today: days(["2026-03-01"])[0])
                == Streak(current: 2, longest: 2))
    }

    @Test func localDaysAcrossTheEndOfSummerTime() {
        // 23:30 local on the 24th (CEST), 23:30 on the 25th (CET, a 25-hour day), 00:30 on the 27th.
        let times = ["2026-10-24T21:30:00Z", "2026-10-25T22:30:00Z", "2026-10-26T23:30:00Z"].map(F.time)
        let local = times.map { TrainingDay(containing: $0, timeZone: F.berlin) }
        #expect(local.map(\.text) == ["2026-10-24", "2026-10-25", "2026-10-27"])
        #expect(Streaks.days(local, today: local[2]) == Streak(current: 1, longest: 2))
        #expect(local[1].ordinal - local[0].ordinal == 1)
        #expect(TrainingDay(ordinal: local[2].ordinal) == local[2])
        #expect(TrainingDay(year: 2026, month: 10, day: 26).weekdayFromMonday == 0)
    }

    @Test func weeksRunOnThroughWeek53() {
        let buckets = WeeklyBuckets(timeZone: F.berlin)
        let weeks = [
            "2026-12-16T12:00:00Z", "2026-12-23T12:00:00Z", "2026-12-30T12:00:00Z", "2027-01-06T12:00:00Z",
            "2027-01-07T12:00:00Z",
        ]
        .map { buckets.week(containing: F.time($0)) }
        let thisWeek = buckets.week(containing: F.time("2027-01-13T12:00:00Z"))
        #expect(Streaks.weeks(weeks, thisWeek: thisWeek, timeZone: F.berlin) == Streak(current: 4, longest: 4))
        let later = buckets.week(containing: F.time("2027-01-20T12:00:00Z"))
        #expect(Streaks.weeks(weeks, thisWeek: later, timeZone: F.berlin) == Streak(current: 0, longest: 4))
    }
}
