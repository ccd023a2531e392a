import Foundation
import Testing

/// The workout log as a lifter uses it: the real binary on a fresh database.
@Suite struct WorkoutLogCommandTests {
    /// A fresh database with the seeds imported.
    static func seeded() throws -> WlogProcess {
        let wlog = try WlogProcess()
        let imported = try wlog.run("import", "seeds")
        #expect(imported.status == 0)
        return wlog
    }

    static func history(_ wlog: WlogProcess, _ extra: String..., environment: [String: String] = [:]) throws
        -> [[String: Any]]
    {
        let result = try wlog.run(["history", "--format", "json"] + extra, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func theReadmeCommandWorksExactlyAsTyped() throws {
        let wlog = try Self.seeded()
        let result = try wlog.run("record", "reverse-hyperextension", "--sets", "3", "--reps", "12")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Recorded Reverse Hyperextension: 3×12 (new session 1, sets 1–3)\nfirst time logged\n")
        let again = try wlog.run("record", "reverse-hyperextension", "--sets", "3", "--reps", "12", "--weight", "20")
        #expect(
            again.stdout
                == "Recorded Reverse Hyperextension: 3×12 @ 20 kg (session 1, sets 4–6)\nfirst session with this exercise\n"
        )
        #expect(try Self.history(wlog).count == 6)
    }

    @Test func historyJSONAndCSVCarryExactlyTheDocumentedFields() throws {
        let wlog = try Self.seeded()
        try wlog.run(
            "record", "bench", "--reps", "12,10,8", "--weight", "40,45,50", "--rpe", "8", "--note", "easy, smooth")
        try wlog.run("record", "plank", "--duration", "45s")
        let fields = [
            "id", "session_id", "performed_at", "slug", "exercise", "set_number", "reps", "weight", "unit",
            "duration_s", "distance_m", "rpe", "rir", "kind", "note",
        ]
        let entries = try Self.history(wlog)
        #expect(entries.count == 4)
        #expect(entries.allSatisfy { Set($0.keys) == Set(fields) })
        let plank = try #require(entries.first { $0["slug"] as? String == "plank" })
        #expect(plank["duration_s"] as? Double == 45)
        #expect(plank["weight"] is NSNull && plank["reps"] is NSNull)
        let csv = try wlog.run("history", "--format", "csv").stdout.split(separator: "\n")
        #expect(csv.first == fields.joined(separator: ",")[...])
        #expect(csv.count == 5)
        #expect(csv.contains { $0.hasSuffix(",bench-press,Bench Press,2,10,45,kg,,,8,,working,\"easy, smooth\"") })
    }

    @Test func timesAreStoredInUTCAndShownInLocalTime() throws {
        let wlog = try Self.seeded()
        let berlin = ["TZ": "Europe/Berlin"]
        let recorded = try wlog.run(
            "record", "squat-front", "--reps", "5", "--at", "2026-11-24 18:30", environment: berlin)
        #expect(recorded.status == 1, "squat-front is not an exercise: \(recorded.stdout)")
        #expect(
            try wlog.run("record", "front-squat", "--reps", "5", "--at", "2026-11-24 18:30", environment: berlin).status
                == 0)
        let inBerlin = try Self.history(wlog, environment: berlin)
        #expect(inBerlin.first?["performed_at"] as? String == "2026-11-24T18:30:00+01:00")
        let inNewYork = try Self.history(wlog, environment: ["TZ": "America/New_York"])
        #expect(inNewYork.first?["performed_at"] as? String == "2026-11-24T12:30:00-05:00")
        let table = try wlog.run("history", environment: ["TZ": "America/New_York"]).stdout
        #expect(table.hasPrefix("2026-11-24 Tue 12:30  session 1\n  Front Squat  5\n"))
        let day = try Self.history(wlog, "--since", "2026-11-24", "--until", "2026-11-24", environment: berlin)
        #expect(day.count == 1)
        #expect(try Self.history(wlog, "--since", "2026-11-25", environment: berlin).isEmpty)
    }

    @Test(arguments: [
        (["--sets", "0", "--reps", "5"], "\"0\""), (["--sets", "101", "--reps", "5"], "\"101\""),
        (["--reps", "1001"], "\"1001\""),
        (["--reps", "5", "--weight", "-20"], "\"-20\""), (["--reps", "5", "--weight", "2000kg"], "\"2000kg\""),
        (["--reps", "5", "--rpe", "11"], "\"11\""), (["--reps", "5", "--at", "2099-01-01 10:00"], "future"),
        (["--reps", "12,10,8", "--weight", "40,45"], "\"40,45\""), (["--sets", "2", "--reps", "12,10,8"], "--sets 2"),
        (["--reps", "5", "--kind", "heavy"], "heavy"),
    ])
    func badValuesAreRejectedAndNothingIsWritten(arguments: [String], mention: String) throws {
        let wlog = try Self.seeded()
        let result = try wlog.run(["record", "bench-press"] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(mention), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try Self.history(wlog).isEmpty)
        #expect(try wlog.run("sessions", "--format", "json").stdout == "[\n\n]\n")
    }

    @Test func unknownAndAmbiguousExercisesWriteNothing() throws {
        let wlog = try Self.seeded()
        let misspelt = try wlog.run("record", "benhc press", "--reps", "5")
        #expect(misspelt.status == 1)
        #expect(misspelt.stderr.contains("bench-press"))
        let ambiguous = try wlog.run("record", "reverse", "--reps", "5")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("reverse-lunge"))
        #expect(try Self.history(wlog).isEmpty)
    }

    @Test func dryRunStoresNothing() throws {
        let wlog = try Self.seeded()
        let result = try wlog.run("record", "deadlift", "--sets", "3", "--reps", "5", "--weight", "315lb", "--dry-run")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Would record Deadlift: 3×5 @ 315 lb at "))
        #expect(try Self.history(wlog).isEmpty)
    }

    @Test func unitsBodyweightAndTheDefaultUnit() throws {
        let wlog = try Self.seeded()
        #expect(try wlog.run("config", "unit", "lb").stdout == "unit = lb\n")
        try wlog.run("record", "deadlift", "--reps", "5", "--weight", "225")
        try wlog.run("record", "pull-up", "--sets", "3", "--reps", "8", "--weight", "bw+10kg")
        try wlog.run("record", "farmers-walk", "--distance", "40m", "--weight", "32kg", "--duration", "30s")
        let entries = try Self.history(wlog)
        let deadlift = try #require(entries.first { $0["slug"] as? String == "deadlift" })
        #expect(deadlift["weight"] as? Double == 225 && deadlift["unit"] as? String == "lb")
        #expect(entries.filter { $0["unit"] as? String == "bw+kg" && $0["weight"] as? Double == 10 }.count == 3)
        let table = try wlog.run("history").stdout
        #expect(
            table.contains("5 @ 225 lb") && table.contains("3×8 @ bw+10 kg") && table.contains("40 m in 30s @ 32 kg"))
    }

    @Test func undoEditAndDelete() throws {
        let wlog = try Self.seeded()
        try wlog.run("record", "bench-press", "--reps", "12,10,8", "--weight", "40")
        try wlog.run("record", "plank", "--duration", "1m")
        let undo = try wlog.run("undo")
        #expect(undo.stdout.hasPrefix("Removed Plank: 1m"))
        let ids = try Self.history(wlog).compactMap { $0["id"] as? Int }.sorted()
        #expect(ids.count == 3)

        let edit = try wlog.run("edit", "set", "\(ids[0])", "--reps", "11", "--weight", "42.5kg")
        #expect(edit.stdout == "Set \(ids[0]), Bench Press: reps 12 → 11, weight 40 kg → 42.5 kg\n", "\(edit.stderr)")
        let badEdit = try wlog.run("edit", "set", "\(ids[0])", "--rpe", "12")
        #expect(badEdit.status == 1)

        let refused = try wlog.run("delete", "set", "\(ids[1])")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--yes"))
        #expect(try Self.history(wlog).count == 3)
        #expect(try wlog.run("delete", "set", "\(ids[1])", "--yes").status == 0)
        #expect(try Self.history(wlog).count == 2)
        let missing = try wlog.run("delete", "set", "99999", "--yes")
        #expect(missing.status == 1)
        #expect(try wlog.run("delete", "session", "1", "--yes").stdout == "Deleted session 1 and its 2 sets\n")
        #expect(try Self.history(wlog).isEmpty)
        #expect(try wlog.run("undo").stdout.hasPrefix("Undid the deletion of session 1, made "))
        #expect(try Self.history(wlog).count == 2)
    }

    @Test func sessionsAndSessionCommands() throws {
        let wlog = try Self.seeded()
        #expect(try wlog.run("session", "start", "--name", "Pull day").stdout == "Started session 1 (Pull day)\n")
        try wlog.run("record", "pull-up", "--sets", "3", "--reps", "8")
        try wlog.run("record", "barbell-row", "--sets", "3", "--reps", "8", "--weight", "60")
        #expect(try wlog.run("session", "note", "felt", "good").stdout == "Noted on session 1\n")
        #expect(try wlog.run("session", "finish").stdout == "Finished session 1\n")
        let next = try wlog.run("record", "pull-up", "--reps", "5")
        #expect(next.stdout.contains("new session 2"))
        let sessions = try wlog.run("sessions", "--format", "json")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(sessions.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["sets"] as? Int } == [1, 6])
        #expect(list.last?["volume_kg"] as? Double == 1440)
        #expect(list.last?["name"] as? String == "Pull day" && list.last?["note"] as? String == "felt good")
        let table = try wlog.run("sessions", "--last", "1").stdout
        #expect(table.split(separator: "\n").count == 3)
    }

    @Test func customExercisesCanBeRecorded() throws {
        let wlog = try Self.seeded()
        #expect(
            try wlog.run("exercises", "add", "Zercher Squat", "--equipment", "barbell", "--muscle", "quadriceps").stdout
                == "Added Zercher Squat as zercher-squat-barbell\n")
        #expect(try wlog.run("record", "zercher squat", "--reps", "5", "--weight", "60").status == 0)
        #expect(try wlog.run("exercises", "--muscle", "quadriceps").stdout.contains("zercher-squat-barbell"))
        #expect(try wlog.run("exercises", "add", "Zercher Squat", "--equipment", "barbell").status == 1)
    }
}
