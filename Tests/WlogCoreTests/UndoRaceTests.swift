import Foundation
import Testing

@testable import WlogCore

/// `undo` takes back the change it was asked about, or nothing: a change made since, even one
/// that was given the same id (ids are reused once an undo frees them), is left alone.
@Suite struct UndoRaceTests {
    @Test func anUndoAskedAboutAnOlderChangeLeavesANewerOneWithTheSameIdAlone() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let squat = try ExerciseStore(database: database).addCustom(name: "Test Squat", equipment: "barbell")
        let log = WorkoutLog(database: database)
        let first = Date(timeIntervalSince1970: 1_790_000_000)
        _ = try log.record(
            try RecordPlan.make(RecordRequest(sets: 2, reps: "5", weight: "60kg"), settings: LogSettings(), now: first),
            exercise: squat, now: first)
        let asked = try #require(try log.latestChange())
        _ = try log.undo(asked)
        let later = first.addingTimeInterval(600)
        _ = try log.record(
            try RecordPlan.make(RecordRequest(sets: 3, reps: "5", weight: "70kg"), settings: LogSettings(), now: later),
            exercise: squat, now: later)
        #expect(try log.latestChange()?.id == asked.id, "the new change reuses the id")
        #expect(throws: LogError.changedMeanwhile) { try log.undo(asked) }
        #expect(try log.history(HistoryFilter()).count == 3)
    }
}
