import Foundation
import Testing

@testable import WlogCore

/// `summary` figures for a week, from sets written by hand.
@Suite struct TrainingSummaryTests {
    typealias F = InsightFixture
    static let pullUp: (id: Int64, slug: String, name: String) = (2, "pull-up", "Pull-Up")
    static let stretch: (id: Int64, slug: String, name: String) = (3, "stretch", "Stretch")

    @Test func aWeekWithMusclesStreaksAndWarmupsLeftOut() {
        let week = [
            F.entry(1, "2026-11-02T17:00:00Z", reps: 10, weight: F.kg(40), kind: .warmup, session: 1),
            F.entry(2, "2026-11-02T17:10:00Z", reps: 5, weight: F.kg(80), session: 1),
            F.entry(3, "2026-11-02T17:15:00Z", reps: 5, weight: F.lb(180), session: 1),
            F.entry(4, "2026-11-02T17:20:00Z", reps: 5, weight: F.kg(80), kind: .failure, session: 1),
            F.entry(5, "2026-11-04T17:00:00Z", reps: 8, weight: F.bodyweight(), session: 2, exercise: Self.pullUp),
            F.entry(6, "2026-11-04T17:05:00Z", reps: 6, weight: F.bodyweight(), session: 2, exercise: Self.pullUp),
            F.entry(7, "2026-11-04T17:10:00Z", duration: 60, session: 2, exercise: Self.stretch),
        ]
        let earlier = [F.time("2026-11-01T10:00:00Z")]  // a session on Sunday of the week before
        let starts = [F.time("2026-11-02T17:00:00Z"), F.time("2026-11-04T17:00:00Z")]
        let range = SummaryPeriod.week.range(now: F.time("2026-11-04T19:00:00Z"), timeZone: F.berlin)
        #expect(range.from == F.time("2026-11-01T23:00:00Z") && range.until == F.time("2026-11-08T23:00:00Z"))
        let summary = TrainingSummary.make(
            totals: ExerciseTotals.of(week), sessionStarts: starts, allSessionStarts: earlier + starts,
            primaryMuscles: [1: ["chest", "Shoulders"], 2: ["lats"], 3: []],
            from: range.from, until: range.until, now: F.time("2026-11-04T19:00:00Z"), timeZone: F.berlin)
        #expect(summary.trainingDays == 2 && summary.sessions == 2)
        #expect(summary.sets == 6 && summary.warmupSets == 1)
        #expect(summary.reps == 5 + 5 + 5 + 8 + 6)
        #expect(abs(summary.volumeKg - (400 + 5 * 180 * 0.45359237 + 400)) < 1e-9)
        #expect(summary.durationS == 60)
        #expect(summary.muscles.map { "\($0.muscle) \($0.sets)" } == ["chest 3", "shoulders 3", "lats 2", "other 1"])
        #expect(summary.exercises.map { "\($0.slug) \($0.sets)" } == ["bench-press 3", "pull-up 2", "stretch 1"])
        #expect(summary.dayStreak == Streak(current: 1, longest: 2))  // Sunday 1st and Monday 2nd; Wednesday 4th alone
        #expect(summary.weekStreak == Streak(current: 2, longest: 2))  // 2026-W44 and 2026-W45
        let text = InsightLayout.summary(summary, unit: .kg, timeZone: F.berlin)
        #expect(
            text.hasPrefix(
                "2026-11-02 to 2026-11-08\n2 training days, 2 sessions, 6 sets (1 warm-up set not counted), 29 reps, volume 1208 kg, time 1m\n"
            ))
        #expect(text.contains("streak: 1 day now, longest 2 days; 2 weeks now, longest 2 weeks"))
    }

    @Test func monthsFollowTheLocalCalendarAcrossSummerTime() {
        let october = SummaryPeriod.month.range(now: F.time("2026-10-20T12:00:00Z"), timeZone: F.berlin)
        #expect(october.from == F.time("2026-09-30T22:00:00Z"))  // 1 October 00:00 CEST
        #expect(october.until == F.time("2026-10-31T23:00:00Z"))  // 1 November 00:00 CET
        let since = SummaryPeriod.since(F.time("2026-10-01T00:00:00Z")).range(
            now: F.time("2026-10-20T12:00:00Z"), timeZone: F.berlin)
        #expect(since.from == F.time("2026-10-01T00:00:00Z") && since.until == F.time("2026-10-20T12:01:00Z"))
    }
}
