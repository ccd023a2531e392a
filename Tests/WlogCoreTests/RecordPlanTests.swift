import Foundation
import Testing

@testable import WlogCore

/// Turning what was typed after `wlog record` into sets, and refusing what is wrong.
@Suite struct RecordPlanTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let utc = TimeZone(identifier: "UTC") ?? .current

    func plan(_ request: RecordRequest, unit: WeightUnit = .kg) throws(LogInputError) -> RecordPlan {
        try RecordPlan.make(request, settings: LogSettings(defaultUnit: unit), now: now, timeZone: utc)
    }

    func rejection(_ request: RecordRequest) -> LogInputError? {
        do {
            _ = try plan(request)
            return nil
        } catch {
            return error
        }
    }

    @Test func setsTimesReps() throws {
        let result = try plan(RecordRequest(sets: 3, reps: "12"))
        #expect(result.sets.count == 3)
        #expect(result.sets.allSatisfy { $0.reps == 12 && $0.weight == nil && $0.kind == .working })
        #expect(result.performedAt == now)
    }

    @Test func oneValuePerSet() throws {
        let result = try plan(RecordRequest(reps: "12,10,8", weight: "40,45,50", rpe: "7,8,9.5"))
        #expect(result.sets.map(\.reps) == [12, 10, 8])
        #expect(result.sets.map { $0.weight?.kilograms } == [40, 45, 50])
        #expect(result.sets.map(\.rpe) == [7, 8, 9.5])
    }

    @Test func aSingleValueAppliesToEverySet() throws {
        let result = try plan(RecordRequest(sets: 3, reps: "5", weight: "90lb", rir: "2"))
        #expect(
            result.sets.allSatisfy { $0.weight == WeightInput(bodyweight: false, amount: 90, unit: .lb) && $0.rir == 2 }
        )
    }

    @Test func listsAgreeWithSets() throws {
        #expect(try plan(RecordRequest(sets: 3, reps: "12,10,8")).sets.count == 3)
        let error = rejection(RecordRequest(sets: 4, reps: "12,10,8"))
        #expect(error?.option == "--reps")
        #expect(error?.value == "12,10,8")
        let mismatch = rejection(RecordRequest(reps: "12,10,8", weight: "40,45"))
        #expect(mismatch?.option == "--weight")
    }

    @Test func defaultUnitAppliesToBareNumbers() throws {
        let result = try plan(RecordRequest(reps: "5", weight: "100"), unit: .lb)
        #expect(result.sets[0].weight?.unit == .lb)
        #expect(abs((result.sets[0].weight?.kilograms ?? 0) - 45.359237) < 1e-9)
    }

    @Test func bodyweightTimedAndDistanceWork() throws {
        #expect(
            try plan(RecordRequest(sets: 3, reps: "8", weight: "bw+10kg")).sets[0].weight
                == WeightInput(bodyweight: true, amount: 10, unit: .kg))
        #expect(try plan(RecordRequest(duration: "45s,1m30s")).sets.map(\.durationS) == [45, 90])
        #expect(
            try plan(RecordRequest(distance: "400m", warmup: true)).sets == [
                PlannedSet(
                    reps: nil, weight: nil, durationS: nil, distanceM: 400, rpe: nil, rir: nil, kind: .warmup, note: nil
                )
            ])
    }

    @Test func kindsAndNotes() throws {
        #expect(try plan(RecordRequest(reps: "10", kind: .drop, note: "slow")).sets[0].kind == .drop)
        #expect(try plan(RecordRequest(reps: "10", kind: .drop, note: "slow")).sets[0].note == "slow")
        #expect(try plan(RecordRequest(reps: "10", kind: .warmup, warmup: true)).sets[0].kind == .warmup)
        #expect(rejection(RecordRequest(reps: "10", kind: .failure, warmup: true))?.option == "--kind")
    }

    @Test func performedAtIsParsedAndTheFutureRefused() throws {
        #expect(try plan(RecordRequest(reps: "5", at: "2h ago")).performedAt == now.addingTimeInterval(-7200))
        let future = rejection(RecordRequest(reps: "5", at: "2030-01-01 10:00"))
        #expect(future?.option == "--at")
        #expect(future?.expected.contains("not in the future") == true)
    }

    @Test(arguments: [
        (RecordRequest(sets: 0, reps: "5"), "--sets"), (RecordRequest(sets: 101, reps: "5"), "--sets"),
        (RecordRequest(reps: "0"), "--reps"), (RecordRequest(reps: "1001"), "--reps"),
        (RecordRequest(reps: "ten"), "--reps"),
        (RecordRequest(reps: "12,,8"), "--reps"), (RecordRequest(reps: "5", weight: "-20"), "--weight"),
        (RecordRequest(reps: "5", weight: "5000kg"), "--weight"),
        (RecordRequest(reps: "5", weight: "heavy"), "--weight"),
        (RecordRequest(reps: "5", rpe: "11"), "--rpe"), (RecordRequest(reps: "5", rpe: "0.5"), "--rpe"),
        (RecordRequest(reps: "5", rpe: "7.3"), "--rpe"),
        (RecordRequest(reps: "5", rir: "-1"), "--rir"), (RecordRequest(duration: "forever"), "--duration"),
        (RecordRequest(distance: "-400m"), "--distance"), (RecordRequest(sets: 3), "--reps"),
        (RecordRequest(reps: "5", at: "someday"), "--at"),
    ])
    func rejectionsNameTheOptionAndTheAcceptedForm(request: RecordRequest, option: String) {
        let error = rejection(request)
        #expect(error?.option == option)
        #expect(error.map { !$0.expected.isEmpty && $0.description.contains(option) } == true)
    }
}
