import Foundation
import Testing

@testable import WlogCore

/// ISO weeks in local time: across the end of summer time and across New Year.
@Suite struct WeeklyBucketsTests {
    typealias F = InsightFixture
    let buckets = WeeklyBuckets(timeZone: InsightFixture.berlin)

    @Test func theWeekSummerTimeEndsIn() {
        // Berlin leaves summer time on Sunday 2026-10-25 at 03:00 CEST (01:00 UTC).
        let sundayNight = buckets.week(containing: F.time("2026-10-25T22:30:00Z"))  // Sunday 23:30 CET
        let mondayMorning = buckets.week(containing: F.time("2026-10-25T23:30:00Z"))  // Monday 00:30 CET
        #expect(sundayNight.label == "2026-W43")
        #expect(mondayMorning.label == "2026-W44")
        #expect(sundayNight.start == F.time("2026-10-18T22:00:00Z"))  // Monday 00:00 CEST
        #expect(sundayNight.end == F.time("2026-10-25T23:00:00Z"))  // Monday 00:00 CET
        #expect(sundayNight.end.timeIntervalSince(sundayNight.start) == 169 * 3600)
        #expect(mondayMorning.start == sundayNight.end)
    }

    @Test func newYearIn2026HasAWeek53() {
        #expect(buckets.week(containing: F.time("2026-12-27T12:00:00Z")).label == "2026-W52")
        #expect(buckets.week(containing: F.time("2026-12-28T12:00:00Z")).label == "2026-W53")
        #expect(buckets.week(containing: F.time("2027-01-03T22:30:00Z")).label == "2026-W53")  // Sunday 23:30 local
        #expect(buckets.week(containing: F.time("2027-01-03T23:30:00Z")).label == "2027-W01")  // Monday 00:30 local
        let weeks = buckets.weeks(from: F.time("2026-12-20T12:00:00Z"), through: F.time("2027-01-10T12:00:00Z"))
        #expect(weeks.map(\.label) == ["2026-W51", "2026-W52", "2026-W53", "2027-W01"])
    }

    @Test func groupingKeepsEmptyWeeksAndCrossesBothBoundaries() {
        let sets = [
            F.entry(1, "2026-10-25T22:30:00Z", reps: 5, weight: F.kg(100)),
            F.entry(2, "2026-10-25T23:30:00Z", reps: 5, weight: F.kg(100)),
            F.entry(3, "2026-11-10T18:00:00Z", reps: 5, weight: F.kg(100)),
        ]
        let groups = buckets.group(sets) { $0.set.performedAt }
        #expect(groups.map(\.week.label) == ["2026-W43", "2026-W44", "2026-W45", "2026-W46"])
        #expect(groups.map { $0.items.compactMap(\.set.id) } == [[1], [2], [], [3]])
        let throughNewYear = buckets.group(
            [F.entry(4, "2026-12-31T12:00:00Z", reps: 1)], through: F.time("2027-01-05T12:00:00Z")
        ) { $0.set.performedAt }
        #expect(throughNewYear.map(\.week.label) == ["2026-W53", "2027-W01"])
    }

    @Test func theSameMomentFallsInAnotherWeekElsewhere() throws {
        // Sunday 23:30 in Berlin is already Monday in Tokyo.
        let tokyo = WeeklyBuckets(timeZone: try #require(TimeZone(identifier: "Asia/Tokyo")))
        #expect(tokyo.week(containing: F.time("2026-10-25T22:30:00Z")).label == "2026-W44")
    }
}
