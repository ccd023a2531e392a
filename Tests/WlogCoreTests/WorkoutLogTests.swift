import Foundation
import GRDB
import Testing

@testable import WlogCore

/// The log through its repository: sessions, history, corrections, on a real database file.
@Suite struct WorkoutLogTests {
    /// The seeded copy this test works on; its folder goes when the test ends.
    let seeded: SeededStore
    let database: AppDatabase
    let log: WorkoutLog
    let bench: Exercise
    let plank: Exercise
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    init() throws {
        seeded = try SeededStore()
        database = seeded.database
        log = WorkoutLog(database: database)
        let lookup = ExerciseStore(database: database)
        bench = try lookup.resolve("bench-press")
        plank = try lookup.resolve("plank")
    }

    func record(_ exercise: Exercise, _ request: RecordRequest, at time: Date) throws -> WorkoutLog.RecordResult {
        let plan = try RecordPlan.make(request, settings: LogSettings(), now: time)
        return try log.record(plan, exercise: exercise, now: time)
    }

    @Test func recordsStoreEverySetCanonically() throws {
        let result = try record(
            bench, RecordRequest(reps: "12,10,8", weight: "90lb", rpe: "8", note: "paused"), at: start)
        #expect(result.openedSession)
        #expect(result.entries.map(\.set.setNumber) == [1, 2, 3])
        let stored = try log.history()
        #expect(stored.count == 3)
        #expect(stored.allSatisfy { abs(($0.set.weightKg ?? 0) - 40.8233133) < 1e-6 && $0.set.weightUnit == .lb })
        #expect(stored.allSatisfy { $0.set.weight?.amount == 90 && $0.set.note == "paused" && $0.set.rpe == 8 })
        #expect(stored.map(\.set.performedAt).allSatisfy { $0 == start })
    }

    @Test func setsJoinTheSessionWithinTheGapAndOpenANewOneAfter() throws {
        let first = try record(bench, RecordRequest(sets: 3, reps: "5"), at: start)
        let second = try record(plank, RecordRequest(duration: "1m"), at: start.addingTimeInterval(2.5 * 3600))
        let third = try record(
            bench, RecordRequest(sets: 2, reps: "5"), at: start.addingTimeInterval(2.5 * 3600 + 3 * 3600 + 1))
        #expect(second.session.id == first.session.id && !second.openedSession)
        #expect(third.session.id != first.session.id && third.openedSession)
        #expect(try log.sessions().map(\.sets) == [2, 4])
    }

    @Test func aSetStoredAfterASessionThatBeganJustAfterItJoinsThatSession() throws {
        let later = try record(bench, RecordRequest(reps: "5"), at: start.addingTimeInterval(10))
        let earlier = try record(plank, RecordRequest(duration: "1m"), at: start)
        #expect(earlier.session.id == later.session.id && !earlier.openedSession)
        let longBefore = try record(plank, RecordRequest(duration: "1m"), at: start.addingTimeInterval(-3 * 3600 - 11))
        #expect(longBefore.openedSession)
        #expect(try log.sessions().map(\.sets) == [2, 1])
    }

    @Test func setNumbersContinueWithinASession() throws {
        _ = try record(bench, RecordRequest(sets: 2, reps: "5"), at: start)
        let more = try record(bench, RecordRequest(reps: "3"), at: start.addingTimeInterval(600))
        #expect(more.entries.map(\.set.setNumber) == [3])
    }

    @Test func theSessionGapIsConfigurable() throws {
        try SettingsStore(database: database).set(.sessionGap, to: "30m")
        let first = try record(bench, RecordRequest(reps: "5"), at: start)
        let second = try record(bench, RecordRequest(reps: "5"), at: start.addingTimeInterval(31 * 60))
        #expect(first.session.id != second.session.id)
    }

    @Test func startedAndFinishedSessions() throws {
        let named = try log.startSession(name: "Push day", at: start)
        let joined = try record(bench, RecordRequest(reps: "5"), at: start.addingTimeInterval(60))
        #expect(joined.session.id == named.id)
        _ = try log.finishSession(now: start.addingTimeInterval(120))
        let after = try record(bench, RecordRequest(reps: "5"), at: start.addingTimeInterval(180))
        #expect(after.session.id != named.id)
        #expect(try log.noteLatestSession("good").id == after.session.id)
        #expect(throws: LogError.noOpenSession) { try log.finishSession(now: start.addingTimeInterval(5 * 3600)) }
    }

    @Test func previousPerformanceIsTheLastSessionWithThatExercise() throws {
        _ = try record(bench, RecordRequest(sets: 3, reps: "12", weight: "20"), at: start)
        _ = try record(plank, RecordRequest(duration: "1m"), at: start.addingTimeInterval(86400))
        let now = start.addingTimeInterval(4 * 86400)
        let result = try record(bench, RecordRequest(reps: "10", weight: "25"), at: now)
        #expect(SetSummary.compact(result.previous.map(\.set)) == "3×12 @ 20 kg")
        #expect(RelativeTime.describe(result.previous[0].set.performedAt, now: now) == "4 days ago")
    }

    @Test func undoRemovesExactlyTheLastRecordAndTheSessionItOpened() throws {
        _ = try record(bench, RecordRequest(sets: 2, reps: "5"), at: start)
        let later = try record(bench, RecordRequest(sets: 3, reps: "3"), at: start.addingTimeInterval(5 * 3600))
        let undone = try #require(try log.undo())
        #expect(undone.entries.map(\.set.id) == later.entries.map(\.set.id))
        #expect(undone.removedSessions == [later.session.id ?? 0])
        #expect(try log.history().count == 2)
        #expect(try log.sessions().count == 1)
        let again = try #require(try log.undo())
        #expect(again.entries.count == 2)
        #expect(try log.undo() == nil)
        #expect(try log.setCount() == 0)
    }

    @Test func undoKeepsASessionThatOtherSetsUse() throws {
        _ = try record(bench, RecordRequest(reps: "5"), at: start)
        _ = try record(plank, RecordRequest(duration: "1m"), at: start.addingTimeInterval(60))
        let undone = try #require(try log.undo())
        #expect(undone.removedSessions.isEmpty)
        #expect(try log.sessions().map(\.sets) == [1])
    }

    @Test func deleteAndEdit() throws {
        let result = try record(bench, RecordRequest(reps: "12,10,8", weight: "40"), at: start)
        let ids = result.entries.compactMap(\.set.id)
        #expect(try log.deleteSet(id: ids[0]).entry.set.reps == 12)
        #expect(throws: LogError.noSuchSet(ids[0])) { try log.deleteSet(id: ids[0]) }
        let edited = try log.editSet(id: ids[1], SetChanges(reps: "11", weight: "42.5kg", note: "fixed"))
        #expect(edited.before.set.reps == 10)
        #expect(edited.after.set.reps == 11 && edited.after.set.weightKg == 42.5 && edited.after.set.note == "fixed")
        #expect(throws: LogInputError.self) { try log.editSet(id: ids[1], SetChanges(reps: "11", weight: "-1")) }
        #expect(try log.entry(id: ids[1]).set.weightKg == 42.5)
        let deleted = try log.deleteSession(id: result.session.id ?? 0)
        #expect(deleted.sets == 2)
        #expect(try log.history().isEmpty && log.sessions().isEmpty)
        let restored = try #require(try log.undo())
        #expect(restored.change.action == .delete && restored.entries.map(\.set.id) == [ids[1], ids[2]])
        #expect(try log.sessions().map(\.sets) == [2])
        #expect(try log.entry(id: ids[1]).set.weightKg == 42.5)
    }

    @Test func historyFilters() throws {
        for day in 0..<5 {
            _ = try record(
                day % 2 == 0 ? bench : plank,
                day % 2 == 0 ? RecordRequest(reps: "\(day + 1)") : RecordRequest(duration: "30s"),
                at: start.addingTimeInterval(Double(day) * 86400))
        }
        #expect(try log.history().count == 5)
        #expect(try log.history(HistoryFilter(exerciseID: bench.id)).map(\.set.reps) == [5, 3, 1])
        #expect(try log.history(HistoryFilter(since: start.addingTimeInterval(86400))).count == 4)
        #expect(try log.history(HistoryFilter(until: start.addingTimeInterval(86400))).count == 1)
        #expect(try log.history(HistoryFilter(exerciseID: bench.id, lastSessions: 2)).map(\.set.reps) == [5, 3])
        #expect(try log.history(HistoryFilter(lastSessions: 1)).count == 1)
    }

    @Test func dayBoundsCoverWholeLocalDays() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let since = try DayBound.start(of: "2026-11-24", option: "--since", timeZone: berlin)
        let until = try DayBound.end(of: "2026-11-24", option: "--until", timeZone: berlin)
        #expect(ISO8601DateFormatter().string(from: since) == "2026-11-23T23:00:00Z")
        #expect(until.timeIntervalSince(since) == 86400)
        #expect(throws: LogInputError.self) {
            try DayBound.start(of: "2026-02-30", option: "--since", timeZone: berlin)
        }
    }

    @Test func exercisesWithHistoryCannotBeDeletedAndReimportKeepsThemAttached() throws {
        _ = try record(bench, RecordRequest(reps: "5"), at: start)
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in try db.execute(sql: "DELETE FROM exercise WHERE slug = 'bench-press'") }
        }
        let edited = ImportSource(
            path: "x/bench-press.md", data: Data("---\nname: Bench Press\n---\n### Setup\n- New text.\n".utf8))
        #expect(try DocumentImporter(database: database).run([edited]).updated == 1)
        #expect(try log.history(HistoryFilter(exerciseID: bench.id)).count == 1)
    }

    @Test func theBareMovementResolvesToTheVariantLoggedLast() throws {
        let description =
            "description: \"Press from the chest with the Dumbbell Chest Press, or the Machine Chest Press.\""
        _ = try DocumentImporter(database: database).run([
            ImportSource(path: "x/chestpress_dumbbell.md", data: Data("---\n\(description)\n---\n".utf8)),
            ImportSource(path: "x/chestpress_machine.md", data: Data("---\n\(description)\n---\n".utf8)),
        ])
        let lookup = ExerciseStore(database: database)
        #expect(try lookup.resolve("chest press").slug == "chest-press-dumbbell")
        _ = try record(try lookup.resolve("chest-press-machine"), RecordRequest(reps: "10"), at: start)
        #expect(try lookup.resolve("chest press").slug == "chest-press-machine")
    }

    @Test func customExercisesAreRecordable() throws {
        let custom = try ExerciseStore(database: database).addCustom(
            name: "Zercher Squat", equipment: "barbell", muscles: ["quadriceps"])
        #expect(custom.slug == "zercher-squat-barbell")
        #expect(try ExerciseStore(database: database).resolve("zercher squat").id == custom.id)
        _ = try record(custom, RecordRequest(reps: "5"), at: start)
        #expect(throws: CustomExerciseError.exists("zercher-squat-barbell")) {
            try ExerciseStore(database: database).addCustom(name: "Zercher Squat", equipment: "barbell")
        }
        #expect(
            try ExerciseStore(database: database).summaries(muscle: "quadriceps").contains { $0.slug == custom.slug })
    }
}
