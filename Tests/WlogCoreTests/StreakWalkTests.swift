import Foundation
import Testing

@testable import WlogCore

/// The streak walk as a state: kept at any point and continued with the newer days, it gives
/// what one walk over all the days gives.
@Suite struct StreakWalkTests {
    /// The streaks of `days` as of `today`, from the runs of the whole set.
    func wholeWalk(_ days: [Int], today: Int) -> TrainingStreaks {
        TrainingStreaks(
            days: Streaks.runs(Set(days), step: 1, now: today),
            weeks: Streaks.runs(Set(days.map(Streaks.monday)), step: 7, now: Streaks.monday(today)))
    }

    @Test func aWalkKeptAtAnyPointAndContinuedIsTheWholeWalk() {
        var generator = SeededGenerator(seed: 12)
        for _ in 0..<300 {
            let count = Int.random(in: 0...30, using: &generator)
            let spread = Int.random(in: 1...80, using: &generator)
            let days = (0..<count).map { _ in 20_400 + Int.random(in: 0...spread, using: &generator) }.sorted()
            let today = (days.last ?? 20_400) + Int.random(in: 0...16, using: &generator)
            let expected = wholeWalk(days, today: today)
            for split in 0...days.count {
                var walk = StreakWalk()
                for day in days[..<split] { walk.take(day: day) }
                var kept = StreakWalk(
                    lastDay: walk.lastDay, dayRun: walk.dayRun, longestDays: walk.longestDays, weekRun: walk.weekRun,
                    longestWeeks: walk.longestWeeks)
                for day in days[split...] { kept.take(day: day) }
                #expect(kept.streaks(today: today) == expected, "\(days) split at \(split), today \(today)")
                #expect(kept.isInOrder)
            }
        }
    }

    @Test func runsThatAreAliveReachTodayOrYesterday() {
        var walk = StreakWalk()
        // A Monday-to-Wednesday run, then Friday: 20_402 is a Monday (2025-11-10).
        #expect(TrainingDay.weekdayFromMonday(ordinal: 20_402) == 0)
        for day in [20_402, 20_403, 20_404, 20_406] { walk.take(day: day) }
        #expect(
            walk.streaks(today: 20_406)
                == TrainingStreaks(days: .init(current: 1, longest: 3), weeks: .init(current: 1, longest: 1)))
        #expect(walk.streaks(today: 20_407).days == Streak(current: 1, longest: 3))
        #expect(walk.streaks(today: 20_408).days == Streak(current: 0, longest: 3))
        #expect(walk.streaks(today: 20_415).weeks == Streak(current: 1, longest: 1))
        #expect(walk.streaks(today: 20_416).weeks == Streak(current: 0, longest: 1))
        #expect(StreakWalk().streaks(today: 20_409) == .none)
    }

    @Test func anOlderDayMarksTheWalkOutOfOrder() {
        var walk = StreakWalk()
        walk.take(day: 20_410)
        walk.take(day: 20_410)
        #expect(walk.isInOrder)
        walk.take(day: 20_409)
        #expect(!walk.isInOrder)
    }
}
