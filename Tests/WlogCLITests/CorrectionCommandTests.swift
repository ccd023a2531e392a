import Foundation
import GRDB
import Testing

/// Corrections as a lifter makes them: `edit`, `delete`, `session start` and `undo`, through the
/// real binary on fresh databases.
@Suite struct CorrectionCommandTests {
    typealias Log = WorkoutLogCommandTests

    /// `sessions --format json`, newest first.
    static func sessions(_ wlog: WlogProcess) throws -> [[String: Any]] {
        let result = try wlog.run("sessions", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    static func setIDs(_ wlog: WlogProcess) throws -> [Int] {
        try Log.history(wlog).compactMap { $0["id"] as? Int }.sorted()
    }

    @Test func aSessionLeftEmptyByADeleteGoesAway() throws {
        let wlog = try Log.seeded()
        try wlog.run("record", "bench-press", "--reps", "5", "--weight", "60", "--at", "10h ago")
        try wlog.run("record", "bench-press", "--reps", "5", "--weight", "60")
        #expect(try Self.sessions(wlog).count == 2)
        let first = try #require(try Self.setIDs(wlog).first)
        #expect(try wlog.run("delete", "set", "\(first)", "--yes").status == 0)
        #expect(try Self.sessions(wlog).map { $0["sets"] as? Int } == [1])
    }

    @Test func startingASessionTwiceLeavesOneEmptySession() throws {
        let wlog = try Log.seeded()
        #expect(try wlog.run("session", "start").status == 0)
        let again = try wlog.run("session", "start", "--name", "Push day")
        #expect(again.status == 0, "\(again.stderr)")
        let sessions = try Self.sessions(wlog)
        #expect(sessions.count == 1)
        #expect(sessions.first?["name"] as? String == "Push day")
        try wlog.run("record", "bench-press", "--reps", "5")
        #expect(try Self.sessions(wlog).map { $0["sets"] as? Int } == [1])
    }

    @Test func movingASetInTimePutsItInTheSessionOfThatTime() throws {
        let wlog = try Log.seeded()
        try wlog.run("record", "bench-press", "--sets", "3", "--reps", "5", "--weight", "60", "--at", "10h ago")
        try wlog.run("record", "bench-press", "--reps", "5", "--weight", "60")
        let ids = try Self.setIDs(wlog)
        #expect(try Self.sessions(wlog).map { $0["sets"] as? Int } == [1, 3])

        let moved = try wlog.run("edit", "set", "\(ids[3])", "--at", "10h ago")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(try Self.sessions(wlog).map { $0["sets"] as? Int } == [4])

        #expect(try wlog.run("edit", "set", "\(ids[0])", "--at", "3 days ago").status == 0)
        let sessions = try Self.sessions(wlog)
        #expect(sessions.map { $0["sets"] as? Int } == [3, 1])
        let entries = try Log.history(wlog)
        let sessionOfMoved = entries.first { $0["id"] as? Int == ids[0] }?["session_id"] as? Int
        #expect(sessionOfMoved == sessions.last?["id"] as? Int)
        #expect(Set(entries.compactMap { $0["session_id"] as? Int }).count == 2)
    }

    @Test func editShowsOnlyWhatChanged() throws {
        let wlog = try Log.seeded()
        try wlog.run("record", "bench-press", "--reps", "12", "--weight", "40", "--rpe", "8")
        let id = try #require(try Self.setIDs(wlog).first)
        let edit = try wlog.run("edit", "set", "\(id)", "--reps", "12", "--weight", "45", "--rpe", "8")
        #expect(edit.stdout == "Set \(id), Bench Press: weight 40 kg → 45 kg\n", "\(edit.stderr)")
        let same = try wlog.run("edit", "set", "\(id)", "--reps", "12")
        #expect(same.stdout == "Set \(id), Bench Press: nothing changed (12 @ 45 kg (RPE 8))\n")
    }

    @Test func undoTakesBackOnlyTheLatestChangeWhateverItWas() throws {
        let wlog = try Log.seeded()
        try wlog.run("record", "bench-press", "--reps", "12", "--weight", "40")
        try wlog.run("record", "plank", "--duration", "1m")
        let ids = try Self.setIDs(wlog)

        #expect(try wlog.run("edit", "set", "\(ids[0])", "--reps", "10").status == 0)
        let undoEdit = try wlog.run("undo")
        #expect(undoEdit.status == 0, "\(undoEdit.stderr)")
        #expect(undoEdit.stdout.hasPrefix("Undid the edit of set \(ids[0])"))
        #expect(try Log.history(wlog).first { $0["id"] as? Int == ids[0] }?["reps"] as? Int == 12)
        #expect(try Log.history(wlog).count == 2)

        #expect(try wlog.run("delete", "set", "\(ids[0])", "--yes").status == 0)
        #expect(try Self.sessions(wlog).map { $0["sets"] as? Int } == [1])
        let undoDelete = try wlog.run("undo")
        #expect(
            undoDelete.stdout.hasPrefix("Undid the deletion of set \(ids[0])"),
            "\(undoDelete.stdout)\(undoDelete.stderr)")
        #expect(try Self.setIDs(wlog) == ids)

        let undoRecord = try wlog.run("undo")
        #expect(undoRecord.stdout.hasPrefix("Removed Plank: 1m"))
        #expect(try Self.setIDs(wlog) == [ids[0]])
    }

    @Test func undoAfterAnImportTakesBackTheImportAndNothingOlder() throws {
        let wlog = try Log.seeded()
        try wlog.run("record", "bench-press", "--reps", "12", "--weight", "40")
        try wlog.write(PortabilityCommandTests.strong, to: "strong.csv")
        #expect(try wlog.run("import", "history", "strong.csv").status == 0)
        #expect(try Log.history(wlog).count == 5)
        let undo = try wlog.run("undo")
        #expect(undo.status == 0, "\(undo.stderr)")
        #expect(undo.stdout.hasPrefix("Undid the import of 4 sets"), "\(undo.stdout)")
        #expect(try Log.history(wlog).map { $0["slug"] as? String } == ["bench-press"])
        #expect(try Self.sessions(wlog).count == 1)
    }

    @Test func undoOfAChangeOlderThanAnHourAsksOrNeedsYes() throws {
        let wlog = try Log.seeded()
        try wlog.run("record", "bench-press", "--reps", "12", "--weight", "40")
        let queue = try DatabaseQueue(path: wlog.database.path)
        try queue.write { db in
            try db.execute(
                sql: "UPDATE record_batch SET created_at = ?", arguments: [Date().addingTimeInterval(-3 * 86_400)])
        }
        let refused = try wlog.run("undo")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("3 days ago") && refused.stderr.contains("--yes"), "\(refused.stderr)")
        #expect(try Log.history(wlog).count == 1)
        let undone = try wlog.run("undo", "--yes")
        #expect(undone.status == 0 && undone.stdout.contains("3 days ago"), "\(undone.stdout)\(undone.stderr)")
        #expect(try Log.history(wlog).isEmpty)
    }

    @Test func theLastLineShowsThePreviousSessionsWorkingSets() throws {
        let wlog = try Log.seeded()
        try wlog.run(
            "record", "back-squat", "--sets", "2", "--reps", "5", "--weight", "60", "--warmup", "--at", "2 days ago")
        try wlog.run("record", "back-squat", "--sets", "5", "--reps", "5", "--weight", "100", "--at", "2 days ago")
        let first = try wlog.run("record", "back-squat", "--reps", "5", "--weight", "60", "--warmup")
        #expect(first.stdout.contains("\nlast: 5×5 @ 100 kg, 2 days ago\n"), "\(first.stdout)")
        let second = try wlog.run("record", "back-squat", "--sets", "5", "--reps", "5", "--weight", "102.5")
        #expect(second.stdout.contains("\nlast: 5×5 @ 100 kg, 2 days ago\n"), "\(second.stdout)")
        let preview = try wlog.run("record", "back-squat", "--reps", "5", "--weight", "105", "--dry-run")
        #expect(preview.stdout.contains("\nlast: 5×5 @ 100 kg, 2 days ago\n"), "\(preview.stdout)")
    }
}
