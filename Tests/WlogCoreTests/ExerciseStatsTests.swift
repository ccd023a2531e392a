import Foundation
import Testing

@testable import WlogCore

/// `stats` figures for one exercise, against totals worked out by hand.
@Suite struct ExerciseStatsTests {
    typealias F = InsightFixture
    static let fixture = [
        F.entry(1, "2026-11-02T17:00:00Z", reps: 10, weight: F.kg(40), kind: .warmup, session: 1),
        F.entry(2, "2026-11-02T17:10:00Z", reps: 5, weight: F.kg(80), session: 1),
        F.entry(3, "2026-11-02T17:15:00Z", reps: 5, weight: F.kg(80), session: 1),
        F.entry(4, "2026-11-04T17:00:00Z", reps: 8, weight: F.kg(70), session: 2),
        F.entry(5, "2026-11-16T17:00:00Z", reps: 3, weight: F.lb(200), session: 3),
        F.entry(6, "2026-11-16T17:10:00Z", reps: 15, weight: F.kg(50), session: 3),
    ]
    static let poundsInKilograms = 200 * 0.45359237  // 90.718474

    func stats(_ entries: [HistoryEntry] = fixture) -> ExerciseStats {
        ExerciseStats.make(
            slug: "bench-press", exercise: "Bench Press", entries: entries, through: F.time("2026-11-24T12:00:00Z"),
            timeZone: F.berlin)
    }

    @Test func totalsLeaveWarmupsOut() {
        let stats = stats()
        #expect(stats.measure == .load)
        #expect(stats.sessions == 3 && stats.sets == 5 && stats.warmupSets == 1)
        #expect(stats.reps == 5 + 5 + 8 + 3 + 15)
        #expect(abs(stats.volumeKg - (400 + 400 + 560 + 3 * Self.poundsInKilograms + 750)) < 1e-9)
    }

    @Test func theBestEstimateComesFromTwelveRepsOrFewer() throws {
        let stats = stats()
        let best = try #require(stats.oneRepMax)
        #expect(best.entry.set.id == 5 && best.estimate.reps == 3)
        #expect(abs(best.estimate.epley - Self.poundsInKilograms * 1.1) < 1e-9)  // 99.79, not the 15-rep 75
        #expect(abs((best.estimate.brzycki ?? 0) - Self.poundsInKilograms * 36 / 34) < 1e-9)
        #expect(stats.bestSet?.set.id == 5)
        let onlyHighReps = ExerciseStats.bestEstimate([Self.fixture[5]])
        #expect(onlyHighReps?.estimate.isReliable == false && onlyHighReps?.estimate.epley == 75)
    }

    @Test func theRepMaxTableHoldsOneToTwelveReps() {
        let stats = stats()
        #expect(stats.repMaxes.map { $0.kind.reps } == [3, 5, 8])
        #expect(stats.repMaxes.map { $0.entry.set.id } == [5, 2, 4])  // set 2 was first to 80 kg
        #expect(stats.repMaxes.map { RecordText.value($0, unit: .kg) } == ["200 lb", "80 kg", "70 kg"])
        #expect(stats.records.contains { $0.kind == .repMax(reps: 15) })
    }

    @Test func weeksRunFromTheFirstSetToNowWithEmptyWeeks() {
        let weeks = stats().weeks
        #expect(weeks.map(\.week.label) == ["2026-W45", "2026-W46", "2026-W47", "2026-W48"])
        #expect(weeks.map(\.sets) == [3, 0, 2, 0])
        #expect(weeks.map(\.reps) == [18, 0, 18, 0])
        #expect(abs(weeks[0].volumeKg - 1360) < 1e-9 && weeks[1].volumeKg == 0)
        #expect(abs(weeks[2].volumeKg - (3 * Self.poundsInKilograms + 750)) < 1e-9)
        #expect(abs((weeks[0].bestOneRepMaxKg ?? 0) - 80 * 35 / 30) < 1e-9)
        #expect(weeks[1].bestOneRepMaxKg == nil)
        #expect(abs((weeks[2].bestOneRepMaxKg ?? 0) - Self.poundsInKilograms * 1.1) < 1e-9)
    }

    @Test func exercisesWithoutALoadGetTheFiguresThatFit() {
        let bodyweight = stats([
            F.entry(1, "2026-11-02T17:00:00Z", reps: 8, weight: F.bodyweight()),
            F.entry(2, "2026-11-09T17:00:00Z", reps: 11),
        ])
        #expect(bodyweight.measure == .reps && bodyweight.bestSet?.set.id == 2 && bodyweight.oneRepMax == nil)
        #expect(bodyweight.weeks.map(\.mostReps) == [8, 11, nil, nil])
        let hold = stats([
            F.entry(1, "2026-11-02T17:00:00Z", duration: 45), F.entry(2, "2026-11-02T17:05:00Z", duration: 60),
        ])
        #expect(
            hold.measure == .hold && hold.durationS == 105 && hold.bestSet?.set.id == 2
                && hold.weeks.first?.longestHoldS == 60)
        let carry = stats([
            F.entry(1, "2026-11-02T17:00:00Z", weight: F.kg(32), distance: 40),
            F.entry(2, "2026-11-03T17:00:00Z", weight: F.kg(32), distance: 60),
        ])
        #expect(
            carry.measure == .distance && carry.distanceM == 100 && carry.volumeKg == 0 && carry.bestSet?.set.id == 2)
    }

    @Test func theTerminalLayoutShowsEstimatesTableAndTrends() {
        let text = InsightLayout.stats(stats(), unit: .kg, timeZone: F.berlin)
        #expect(
            text.contains(
                "2026-11-02 to 2026-11-16: 3 sessions, 5 sets (1 warm-up set not counted), 36 reps, volume 2382 kg"))
        #expect(text.contains("estimated 1RM  99.8 kg (Epley), 96.1 kg (Brzycki) from 3 @ 200 lb on 2026-11-16"))
        #expect(text.contains("3     200 lb  2026-11-16  99.8 kg"))
        #expect(text.contains("by week, 2026-W45 to 2026-W48"))
        #expect(text.contains("volume          █ ▆   1022 kg to 1360 kg"))  // 1360 → █, 1022 → 5.26 → ▆
        #expect(text.contains("e1RM            ▁ █   93.3 kg to 99.8 kg"))
    }
}
