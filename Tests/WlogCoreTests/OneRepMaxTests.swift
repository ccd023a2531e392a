import Testing

@testable import WlogCore

/// Both 1RM formulas against values worked out by hand.
@Suite struct OneRepMaxTests {
    func close(_ value: Double?, _ expected: Double) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < 1e-9
    }

    @Test func epleyAndBrzyckiForAFiveRepSet() throws {
        let estimate = try #require(OneRepMax(weight: 100, reps: 5))
        #expect(close(estimate.epley, 100 * 35 / 30))  // 116.666…
        #expect(close(estimate.brzycki, 100 * 36 / 32))  // 112.5
        #expect(estimate.isReliable)
    }

    @Test func tenRepsIsWhereTheTwoFormulasMeet() throws {
        let estimate = try #require(OneRepMax(weight: 60, reps: 10))
        #expect(close(estimate.epley, 80))  // 60 × 40/30
        #expect(close(estimate.brzycki, 80))  // 60 × 36/27
    }

    @Test func aSingleIsTheWeightItself() throws {
        let estimate = try #require(OneRepMax(weight: 142.5, reps: 1))
        #expect(estimate.epley == 142.5)
        #expect(estimate.brzycki == 142.5)
    }

    @Test func moreThanTwelveRepsIsLessReliable() throws {
        #expect(try #require(OneRepMax(weight: 50, reps: 12)).isReliable)
        let fifteen = try #require(OneRepMax(weight: 50, reps: 15))
        #expect(!fifteen.isReliable)
        #expect(close(fifteen.epley, 75))  // 50 × 1.5
        #expect(close(fifteen.brzycki, 50 * 36 / 22))  // 81.81…
        #expect(try #require(OneRepMax(weight: 20, reps: 37)).brzycki == nil)
    }

    @Test func noEstimateWithoutALoadOrReps() {
        #expect(OneRepMax(weight: 0, reps: 5) == nil)
        #expect(OneRepMax(weight: 100, reps: 0) == nil)
    }

    @Test func bodyweightAndWarmupSetsGiveNoEstimateOrRecord() {
        let pullUp = InsightFixture.entry(
            1, "2026-11-02T18:00:00Z", reps: 8, weight: InsightFixture.bodyweight(plus: 10))
        #expect(pullUp.set.oneRepMax == nil && pullUp.set.volumeKg == 0)
        let warmup = InsightFixture.entry(
            2, "2026-11-02T18:00:00Z", reps: 5, weight: InsightFixture.kg(100), kind: .warmup)
        #expect(warmup.set.oneRepMax != nil)
        #expect(RecordKind.candidates(of: warmup.set).isEmpty)
    }
}
