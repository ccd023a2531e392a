import Foundation
import Testing

@testable import WlogCore

/// Sets written compactly, the way lifters write them.
@Suite struct SetSummaryTests {
    func set(
        reps: Int? = nil, weight: WeightInput? = nil, duration: Double? = nil, distance: Double? = nil,
        rpe: Double? = nil, rir: Int? = nil
    ) -> LoggedSet {
        var set = LoggedSet(
            id: nil, sessionId: 1, exerciseId: 1, batchId: nil, performedAt: Date(), setNumber: 1, reps: reps,
            weightKg: nil,
            weightUnit: .kg, bodyweight: false, durationS: duration, distanceM: distance, rpe: rpe, rir: rir,
            kind: .working, note: nil, createdAt: Date())
        set.setWeight(weight)
        return set
    }

    let kg20 = WeightInput(bodyweight: false, amount: 20, unit: .kg)

    @Test func sameRepsAndWeight() {
        #expect(
            SetSummary.compact([set(reps: 12, weight: kg20), set(reps: 12, weight: kg20), set(reps: 12, weight: kg20)])
                == "3×12 @ 20 kg")
        #expect(SetSummary.compact([set(reps: 12, weight: kg20)]) == "12 @ 20 kg")
    }

    @Test func repsVaryAtOneWeight() {
        let kg40 = WeightInput(bodyweight: false, amount: 40, unit: .kg)
        #expect(
            SetSummary.compact([set(reps: 12, weight: kg40), set(reps: 10, weight: kg40), set(reps: 8, weight: kg40)])
                == "12, 10, 8 @ 40 kg")
    }

    @Test func weightsVary() {
        let sets = [
            set(reps: 5, weight: WeightInput(bodyweight: false, amount: 100, unit: .lb)),
            set(reps: 5, weight: WeightInput(bodyweight: false, amount: 42.5, unit: .kg)),
        ]
        #expect(SetSummary.compact(sets) == "5 @ 100 lb, 5 @ 42.5 kg")
    }

    @Test func bodyweightTimeDistanceAndEffort() {
        #expect(
            SetSummary.compact([set(reps: 8, weight: WeightInput(bodyweight: true, amount: nil, unit: .kg))])
                == "8 @ bw")
        #expect(
            SetSummary.compact([
                set(reps: 8, weight: WeightInput(bodyweight: true, amount: 10, unit: .kg)),
                set(reps: 8, weight: WeightInput(bodyweight: true, amount: 10, unit: .kg)),
            ]) == "2×8 @ bw+10 kg")
        #expect(SetSummary.compact([set(duration: 45), set(duration: 45)]) == "2×45s")
        #expect(SetSummary.compact([set(duration: 90, distance: 400)]) == "400 m in 1m30s")
        #expect(
            SetSummary.compact([set(reps: 5, weight: kg20, rpe: 8), set(reps: 5, weight: kg20, rpe: 8)])
                == "2×5 @ 20 kg (RPE 8)")
    }

    @Test func effortThatDiffersBetweenSetsIsKeptForEachRun() {
        #expect(
            SetSummary.compact([
                set(reps: 5, weight: kg20, rpe: 7), set(reps: 5, weight: kg20, rpe: 8),
                set(reps: 5, weight: kg20, rpe: 8),
            ])
                == "5 @ 20 kg (RPE 7), 2×5 @ 20 kg (RPE 8)")
        #expect(
            SetSummary.compact([set(reps: 5, weight: kg20), set(reps: 5, weight: kg20, rir: 2)])
                == "5 @ 20 kg, 5 @ 20 kg (RIR 2)")
        #expect(SetSummary.compact([set(reps: 5, weight: kg20, rpe: 8, rir: 2)]) == "5 @ 20 kg (RPE 8, RIR 2)")
    }

    @Test func poundsSurviveTheRoundTripThroughKilograms() {
        let lb = set(reps: 5, weight: WeightInput(bodyweight: false, amount: 225, unit: .lb))
        #expect(SetSummary.load(lb) == "225 lb")
        #expect(lb.weight?.amount == 225)
    }
}
