import Foundation
import Testing

@testable import WlogCore

/// `finish` counts the sets of one workout: the first session since the last finish with a set of
/// the day's exercises. A forgotten finish does not swallow the next session's sets.
@Suite struct ProgramFinishSessionTests {
    static let program = "# Week 1\n## Day 1\nSquat / 3x5 100kg / progress: lp(2.5kg, 1, 0, 10%, 2, 0)\n"

    @Test("two sessions logged without a finish: each finish counts one of them, oldest first")
    func oneSessionPerFinish() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let squat = try ExerciseStore(database: database).addCustom(name: "Squat", equipment: "barbell")
        let store = ProgramStore(database: database)
        let monday = Date(timeIntervalSince1970: 1_795_000_000)
        _ = try store.add(source: Self.program, name: "plan", now: monday - 60)
        let log = WorkoutLog(database: database)
        for (reps, time) in [("5,5,5", monday), ("5,5,3", monday + 2 * 86_400)] {
            let plan = try RecordPlan.make(
                RecordRequest(reps: reps, weight: "100kg"), settings: LogSettings(), now: time)
            _ = try log.record(plan, exercise: squat, now: time)
        }

        let first = try store.finish(now: monday + 2 * 86_400 + 3600)
        #expect(first.didFinish)
        #expect(first.results.map(\.text) == ["Squat: 100 → 102.5 kg"])
        let second = try store.finish(now: monday + 2 * 86_400 + 3700)
        #expect(second.didFinish)
        #expect(second.results.map(\.text) == ["Squat: failure 1 of 2 before the next decrease"])
        let third = try store.finish(now: monday + 2 * 86_400 + 3800)
        #expect(!third.didFinish)
    }

    @Test("an unreadable program is listed with why, the others in full; remove removes it")
    func unreadableProgram() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        _ = try ExerciseStore(database: database).addCustom(name: "Squat", equipment: "barbell")
        let store = ProgramStore(database: database)
        _ = try store.add(source: Self.program, name: "active")
        _ = try store.add(source: Self.program, name: "other")
        try database.writer.write { db in
            try db.execute(sql: "UPDATE program SET state_text = '@@@' WHERE name = 'active'")
        }
        let listed = try store.list()
        #expect(listed.map(\.name) == ["active", "other"])
        #expect(listed[0].unreadable?.hasPrefix("the stored state of active does not parse") == true)
        #expect(listed[0].isActive && listed[0].weeks == 0)
        #expect(listed[1].unreadable == nil && listed[1].weeks == 1 && listed[1].exercises == 1)
        let removed = try store.remove("active")
        #expect(removed.name == "active" && removed.isActive && removed.unreadable != nil)
        #expect(try store.list().map(\.name) == ["other"])
        #expect(throws: ProgramStoreError.noActiveProgram) { try store.next() }
    }
}
