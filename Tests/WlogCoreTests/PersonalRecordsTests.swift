import Testing

@testable import WlogCore

/// Records, their order, ties and the `New PR` lines, from sets written by hand.
@Suite struct PersonalRecordsTests {
    typealias F = InsightFixture
    static let pullUp: (id: Int64, slug: String, name: String) = (2, "pull-up", "Pull-Up")

    @Test func currentRecordsInOrderWithTiesKeptByTheEarlierSet() {
        let entries = [
            F.entry(1, "2026-11-02T18:00:00Z", reps: 5, weight: F.kg(100)),
            F.entry(2, "2026-11-05T18:00:00Z", reps: 5, weight: F.kg(100)),  // a tie: set 1 keeps both records
            F.entry(3, "2026-11-05T18:05:00Z", reps: 3, weight: F.kg(105)),  // e1RM 115.5 < 116.67
            F.entry(4, "2026-11-09T18:00:00Z", reps: 8, weight: F.kg(90)),  // e1RM 114
            F.entry(5, "2026-11-09T18:10:00Z", reps: 5, weight: F.kg(110), kind: .warmup),  // never counts
            F.entry(6, "2026-11-02T18:30:00Z", reps: 10, weight: F.bodyweight(), exercise: Self.pullUp),
            F.entry(7, "2026-11-09T18:30:00Z", reps: 12, weight: F.bodyweight(plus: 5), exercise: Self.pullUp),
        ]
        for order in [entries, entries.reversed()] {
            let records = PersonalRecords.current(in: order)
            #expect(
                records.map(\.kind) == [
                    .estimatedOneRepMax, .repMax(reps: 3), .repMax(reps: 5), .repMax(reps: 8),
                    .addedLoadRepMax(reps: 12), .mostReps,
                ])
            #expect(records.map { $0.entry.set.id } == [1, 3, 1, 4, 7, 7])
            #expect(abs(records[0].value - 100 * 35 / 30.0) < 1e-9)
            #expect(records.map(\.value).dropFirst() == [105, 100, 90, 5, 12])
        }
    }

    @Test func aHeavierSetIsANewRecordOfBothKinds() {
        let earlier = [F.entry(1, "2026-11-02T18:00:00Z", reps: 12, weight: F.kg(22.5))]
        let new = F.entry(2, "2026-11-05T18:00:00Z", reps: 12, weight: F.kg(25))
        let broken = PersonalRecords.broken(by: [new], over: earlier)
        #expect(
            broken.map { RecordText.announcement($0, unit: .kg) } == [
                "New PR: 12 reps @ 25 kg (was 22.5 kg)",
                "New PR: e1RM 35 kg (was 31.5 kg)",  // 25 × 1.4 and 22.5 × 1.4
            ])
    }

    @Test func aTieIsNoNewRecord() {
        let earlier = [F.entry(1, "2026-11-02T18:00:00Z", reps: 12, weight: F.kg(25))]
        #expect(
            PersonalRecords.broken(by: [F.entry(2, "2026-11-05T18:00:00Z", reps: 12, weight: F.kg(25))], over: earlier)
                .isEmpty)
    }

    @Test func theFirstTimeHasNothingToBeat() {
        #expect(
            PersonalRecords.broken(by: [F.entry(1, "2026-11-02T18:00:00Z", reps: 5, weight: F.kg(100))], over: [])
                .isEmpty)
        let onlyWarmups = [F.entry(1, "2026-11-02T18:00:00Z", reps: 5, weight: F.kg(60), kind: .warmup)]
        #expect(
            PersonalRecords.broken(
                by: [F.entry(2, "2026-11-02T18:10:00Z", reps: 5, weight: F.kg(100))], over: onlyWarmups
            ).isEmpty)
    }

    @Test func aNewRepCountSetsNoRepMaxButMayBeatTheEstimate() {
        let earlier = [F.entry(1, "2026-11-02T18:00:00Z", reps: 12, weight: F.kg(22.5))]
        let broken = PersonalRecords.broken(
            by: [F.entry(2, "2026-11-05T18:00:00Z", reps: 3, weight: F.kg(30))], over: earlier)
        #expect(broken.map { RecordText.announcement($0, unit: .kg) } == ["New PR: e1RM 33 kg (was 31.5 kg)"])
    }

    @Test func warmupsAndHighRepSetsSetNoRecords() {
        let earlier = [F.entry(1, "2026-11-02T18:00:00Z", reps: 5, weight: F.kg(100))]
        #expect(
            PersonalRecords.broken(
                by: [F.entry(2, "2026-11-05T18:00:00Z", reps: 5, weight: F.kg(120), kind: .warmup)], over: earlier
            ).isEmpty)
        // 30 × 60 kg estimates 120 kg by Epley, but from over 12 reps: no estimate record.
        #expect(
            PersonalRecords.broken(by: [F.entry(3, "2026-11-05T18:00:00Z", reps: 30, weight: F.kg(60))], over: earlier)
                .isEmpty)
        let drop = PersonalRecords.broken(
            by: [F.entry(4, "2026-11-05T18:00:00Z", reps: 5, weight: F.kg(101), kind: .drop)], over: earlier)
        #expect(drop.map(\.record.kind) == [.repMax(reps: 5), .estimatedOneRepMax])
    }

    @Test func kilogramsAndPoundsAreComparedInKilograms() {
        let earlier = [F.entry(1, "2026-11-02T18:00:00Z", reps: 5, weight: F.kg(100))]
        // 220 lb is 99.79 kg: lighter, though the number is larger.
        #expect(
            PersonalRecords.broken(by: [F.entry(2, "2026-11-05T18:00:00Z", reps: 5, weight: F.lb(220))], over: earlier)
                .isEmpty)
        // 225 lb is 102.06 kg. The rep max is shown in pounds, as typed; 100 kg is 220.46 lb.
        let heavier = PersonalRecords.broken(
            by: [F.entry(3, "2026-11-05T18:00:00Z", reps: 5, weight: F.lb(225))], over: earlier)
        #expect(
            heavier.map { RecordText.announcement($0, unit: .kg) } == [
                "New PR: 5 reps @ 225 lb (was 220.5 lb)",
                "New PR: e1RM 119.1 kg (was 116.7 kg)",  // 102.058 × 35/30 and 100 × 35/30
            ])
        #expect(heavier.map { RecordText.announcement($0, unit: .lb) }.last == "New PR: e1RM 262.5 lb (was 257.2 lb)")
        let mixed = PersonalRecords.current(
            in: earlier + [F.entry(3, "2026-11-05T18:00:00Z", reps: 5, weight: F.lb(225))])
        #expect(mixed.first { $0.kind == .repMax(reps: 5) }.map { RecordText.value($0, unit: .kg) } == "225 lb")
    }

    @Test func bodyweightTimedAndDistanceRecords() {
        let plank: (id: Int64, slug: String, name: String) = (3, "plank", "Plank")
        let run: (id: Int64, slug: String, name: String) = (4, "run", "Run")
        let earlier = [
            F.entry(1, "2026-11-02T18:00:00Z", reps: 10, weight: F.bodyweight(), exercise: Self.pullUp),
            F.entry(2, "2026-11-02T18:05:00Z", reps: 5, weight: F.bodyweight(plus: 10), exercise: Self.pullUp),
            F.entry(3, "2026-11-02T18:10:00Z", duration: 45, exercise: plank),
            F.entry(4, "2026-11-02T18:20:00Z", duration: 120, distance: 400, exercise: run),
        ]
        let lines = { (new: HistoryEntry) in
            PersonalRecords.broken(by: [new], over: earlier).map { RecordText.announcement($0, unit: .kg) }
        }
        #expect(
            lines(F.entry(5, "2026-11-05T18:00:00Z", reps: 12, weight: F.bodyweight(), exercise: Self.pullUp)) == [
                "New PR: most reps 12 (was 10)"
            ])
        #expect(
            lines(F.entry(6, "2026-11-05T18:00:00Z", reps: 5, weight: F.bodyweight(plus: 12.5), exercise: Self.pullUp))
                == ["New PR: 5 reps @ bw+12.5 kg (was bw+10 kg)"])
        #expect(
            lines(F.entry(7, "2026-11-05T18:00:00Z", duration: 90, exercise: plank)) == [
                "New PR: longest hold 1m30s (was 45s)"
            ])
        #expect(
            lines(F.entry(8, "2026-11-05T18:00:00Z", duration: 400, distance: 1200, exercise: run)) == [
                "New PR: longest distance 1.2 km (was 400 m)"
            ])
        #expect(lines(F.entry(9, "2026-11-05T18:00:00Z", duration: 100, distance: 400, exercise: run)).isEmpty)
    }

    @Test func theBestSetOfABatchIsComparedWithTheBestBefore() {
        let earlier = [F.entry(1, "2026-11-02T18:00:00Z", reps: 5, weight: F.kg(80))]
        let batch = [80, 82.5, 85].enumerated().map { index, load in
            F.entry(Int64(index + 2), "2026-11-05T18:00:00Z", reps: 5, weight: F.kg(load))
        }
        #expect(
            PersonalRecords.broken(by: batch, over: earlier).map { RecordText.announcement($0, unit: .kg) } == [
                "New PR: 5 reps @ 85 kg (was 80 kg)",
                "New PR: e1RM 99.2 kg (was 93.3 kg)",  // 85 × 35/30 = 99.17, 80 × 35/30 = 93.33
            ])
    }
}
