import Foundation
import Testing

@testable import WlogCore

/// `record` checks new sets against a few candidate sets per kind of record, not the whole
/// history; over a varied history, the records among the candidates must be the records of all sets.
@Suite struct RecordCandidatesTests {
    @Test func candidatesHoldTheSameRecordsAsTheWholeHistory() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let exercise = try ExerciseStore(database: database).resolve("pull-up")
        let log = WorkoutLog(database: database)
        var generator = SeededGenerator(seed: 7)
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        for index in 0..<240 {
            let reps = Int.random(in: 1...15, using: &generator)
            let request: RecordRequest
            switch index % 6 {
            case 0: request = RecordRequest(reps: "\(reps)", weight: "\(Int.random(in: 20...120, using: &generator))kg")
            case 1:
                request = RecordRequest(
                    reps: "\(reps)", weight: "\(Int.random(in: 40...260, using: &generator))lb", warmup: index % 12 == 1
                )
            case 2:
                request = RecordRequest(reps: "\(reps)", weight: "bw+\(Int.random(in: 1...40, using: &generator))kg")
            case 3: request = RecordRequest(reps: "\(reps)", weight: "bw")
            case 4: request = RecordRequest(duration: "\(Int.random(in: 10...180, using: &generator))s")
            default: request = RecordRequest(distance: "\(Int.random(in: 50...2000, using: &generator))m", kind: .drop)
            }
            let time = start.addingTimeInterval(Double(index) * 3600)
            _ = try log.record(
                try RecordPlan.make(request, settings: LogSettings(), now: time), exercise: exercise, now: time)
        }
        let insight = InsightStore(database: database)
        let id = try #require(exercise.id)
        let everything = try insight.sets(exerciseID: id)
        let candidates = try insight.recordCandidates(exerciseID: id)
        #expect(candidates.count < everything.count / 2)
        func holders(_ entries: [HistoryEntry]) -> [String: Int64] {
            Dictionary(
                PersonalRecords.current(in: entries).map { ("\($0.kind)", $0.entry.set.id ?? 0) },
                uniquingKeysWith: { first, _ in first })
        }
        let expected = holders(everything)
        #expect(expected.count >= 20)
        #expect(holders(candidates) == expected)
    }
}

/// A small deterministic generator (SplitMix64), so the history is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
