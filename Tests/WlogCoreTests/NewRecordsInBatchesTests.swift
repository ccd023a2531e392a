import Foundation
import Testing

@testable import WlogCore

/// `record` announces every record a batch breaks, whatever the batch size: checked against a
/// brute-force reading of the whole log (every earlier set, every kind of record it holds).
@Suite struct NewRecordsInBatchesTests {
    /// The best value of every record kind over `entries`, read set by set.
    static func bestValues(_ entries: [HistoryEntry]) -> [RecordKind: Double] {
        var best: [RecordKind: Double] = [:]
        for entry in entries {
            for candidate in RecordKind.candidates(of: entry.set) {
                best[candidate.kind] = max(best[candidate.kind] ?? -.infinity, candidate.value)
            }
        }
        return best
    }

    /// The kinds a batch takes: its best beats a best that existed before it.
    static func expectedKinds(batch: [HistoryEntry], earlier: [HistoryEntry]) -> Set<RecordKind> {
        let before = bestValues(earlier)
        return Set(
            bestValues(batch).compactMap { kind, value in
                guard let held = before[kind], value > held + 1e-6 else { return nil }
                return kind
            })
    }

    @Test(arguments: 1...10)
    func aBatchOfAnySizeAnnouncesTheRecordsItBreaks(size: Int) throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let squat = try ExerciseStore(database: database).resolve("back-squat")
        let log = WorkoutLog(database: database)
        let insight = InsightStore(database: database)
        var generator = SeededGenerator(seed: UInt64(size))
        var time = Date(timeIntervalSince1970: 1_790_000_000)
        func record(_ request: RecordRequest) throws -> WorkoutLog.RecordResult {
            time = time.addingTimeInterval(86_400)
            return try log.record(
                try RecordPlan.make(request, settings: LogSettings(), now: time), exercise: squat, now: time)
        }
        _ = try record(RecordRequest(sets: 3, reps: "5", weight: "100kg"))
        var announcedSome = false
        for round in 0..<12 {
            let reps = Int.random(in: 1...8, using: &generator)
            let weight = round == 0 ? 110 : Int.random(in: 60...140, using: &generator)
            let earlier = try log.history()
            let result = try record(
                RecordRequest(sets: size, reps: round == 0 ? "5" : "\(reps)", weight: "\(weight)kg"))
            let announced = try insight.newRecords(setBy: result)
            let expected = Self.expectedKinds(batch: result.entries, earlier: earlier)
            #expect(Set(announced.map(\.record.kind)) == expected, "round \(round)")
            let before = Self.bestValues(earlier)
            for new in announced {
                #expect(
                    abs(new.previous.value - (before[new.record.kind] ?? -1)) < 1e-6,
                    "round \(round) \(new.record.kind)")
            }
            if round == 0 { #expect(expected.contains(.repMax(reps: 5)) && expected.contains(.estimatedOneRepMax)) }
            announcedSome = announcedSome || !announced.isEmpty
        }
        #expect(announcedSome)
    }
}
