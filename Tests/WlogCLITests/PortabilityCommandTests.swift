import Foundation
import Testing

/// Bringing history in and taking it out, as a new user does it: the real binary on fresh databases.
@Suite struct PortabilityCommandTests {
    /// A Strong export with a 12-hour time (U+202F before PM), quoted commas and a note on two lines.
    static let strong = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
        2024-03-04 6:30:00\u{202F}PM,"Legs, heavy",55m,Squat (Barbell),W,60,8,0,0,,"New shoes,
        felt solid",
        2024-03-04 6:30:00\u{202F}PM,"Legs, heavy",55m,Squat (Barbell),1,120,5,0,0,"belt, wraps",,8
        2024-03-04 6:30:00\u{202F}PM,"Legs, heavy",55m,Leg Press (Machine),1,200,10,0,0,,,
        2024-03-06 07:00:00,Core,10m,Plank,1,0,0,0,90,,,

        """

    static func seeded() throws -> WlogProcess {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        return wlog
    }

    /// `history --format json` without ids, sorted, for comparing two databases.
    static func history(_ wlog: WlogProcess) throws -> [String] {
        let result = try wlog.run("history", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return try entries.map { entry in
            var entry = entry
            entry["id"] = nil
            entry["session_id"] = nil
            return String(
                decoding: try JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys]), as: UTF8.self)
        }.sorted()
    }

    @Test func importingAStrongExport() throws {
        let wlog = try Self.seeded()
        try wlog.write(Self.strong, to: "strong.csv")
        let preview = try wlog.run("import", "history", "strong.csv", "--dry-run")
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("Read strong.csv: a Strong export, 2 workouts, 4 sets\n"))
        #expect(preview.stdout.contains("  Squat (Barbell)      → back-squat (2 sets)\n"))
        #expect(preview.stdout.contains("  Leg Press (Machine)  → leg-press (1 set)\n"))
        #expect(
            preview.stdout.hasSuffix(
                "Would add 4 sets in 2 sessions; 0 in the log already (dry run, nothing written)\n"))
        #expect(try Self.history(wlog).isEmpty)

        let imported = try wlog.run("import", "history", "strong.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stdout == """
                Read strong.csv: a Strong export, 2 workouts, 4 sets
                Added 4 sets in 2 sessions; 0 were in the log already

                """)
        let again = try wlog.run("import", "history", "strong.csv")
        #expect(again.stdout.contains("Added 0 sets in 0 sessions; 4 were in the log already\n"))
        #expect(try Self.history(wlog).count == 4)
        let sessions = try wlog.run("sessions").stdout
        #expect(
            sessions.contains("2024-03-04 Mon 18:30  55m") && sessions.contains("Legs, heavy — New shoes, ↵ felt solid")
        )
        let table = try wlog.run("history", "back-squat").stdout
        #expect(table.contains("Barbell Back Squat  8 @ 60 kg [warmup]; 5 @ 120 kg (RPE 8)  “belt, wraps”"), "\(table)")
    }

    @Test func mappingAndUnitsAreTheUsersToChoose() throws {
        let wlog = try Self.seeded()
        try wlog.write(Self.strong, to: "strong.csv")
        let result = try wlog.run(
            "import", "history", "strong.csv", "--unit", "lb", "--map", "Squat (Barbell)=back squat", "--map",
            "Curl=barbell-curl")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("New custom exercises"))
        #expect(result.stderr.contains("--map \"Curl=…\" is not used"))
        let squat = try #require(
            try WorkoutLogCommandTests.history(wlog, "back-squat").first { $0["reps"] as? Int == 5 })
        #expect(squat["weight"] as? Double == 120 && squat["unit"] as? String == "lb")
        let unknown = try wlog.run("import", "history", "strong.csv", "--map", "Squat (Barbell)=nothing-like-it")
        #expect(
            unknown.status == 1
                && unknown.stderr.contains("no exercise has the slug, name or alias \"nothing-like-it\""))
        let wrong = try wlog.run("import", "history", "strong.csv", "--from", "hevy")
        #expect(
            wrong.status == 1
                && wrong.stderr.contains("strong.csv:1: the header is that of a Strong export, not a Hevy export"))
        let badUnit = try wlog.run("import", "history", "strong.csv", "--unit", "stone")
        #expect(badUnit.status == 64)
    }

    @Test func aMalformedRowStopsTheImportWithItsLine() throws {
        let wlog = try Self.seeded()
        try wlog.write(Self.strong.replacingOccurrences(of: ",200,10,", with: ",200,ten,"), to: "strong.csv")
        let result = try wlog.run("import", "history", "strong.csv")
        #expect(result.status == 1)
        #expect(
            result.stderr == "wlog: strong.csv:5: reps \"ten\" is not a number\nwlog: 1 problem; nothing was imported\n"
        )
        #expect(result.stdout.isEmpty)
        #expect(try Self.history(wlog).isEmpty)
        #expect(try wlog.run("sessions", "--format", "json").stdout == "[\n\n]\n")
        #expect(try wlog.run("show", "squat-barbell").status == 1, "no custom exercise was created")
        let missing = try wlog.run("import", "history", "nowhere.csv")
        #expect(missing.status == 1 && missing.stderr.hasPrefix("wlog: nowhere.csv: cannot be read"))
    }

    @Test(arguments: ["csv", "json", "strong"])
    func anExportRestoresIntoAFreshDatabase(format: String) throws {
        let wlog = try Self.seeded()
        let at = ["--at", "2026-11-20 18:00"]
        #expect(
            try wlog.run(
                ["record", "bench", "--reps", "10,8", "--weight", "60,65", "--rpe", "8", "--note", "grip, \"wide\""]
                    + at
            ).status == 0)
        #expect(try wlog.run(["record", "bench", "--reps", "12", "--weight", "40", "--warmup"] + at).status == 0)
        #expect(try wlog.run(["record", "pull-up", "--reps", "8,6", "--weight", "bw,bw+10kg"] + at).status == 0)
        #expect(try wlog.run(["record", "plank", "--duration", "1m30s"] + at).status == 0)
        #expect(
            try wlog.run([
                "record", "farmers-walk", "--distance", "40m", "--weight", "32kg", "--at", "2026-11-22 09:00",
            ]).status == 0)
        let exported = try wlog.run("export", "history", "--format", format, "--out", "history.\(format)")
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout == "7 sets written to history.\(format)\n")

        let fresh = try Self.seeded()
        let imported = try fresh.run("import", "history", wlog.folder.appendingPathComponent("history.\(format)").path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Added 7 sets in 2 sessions"))
        #expect(try Self.history(fresh) == Self.history(wlog))
    }

    @Test func exportWritesTheDocumentedColumnsAndFilters() throws {
        let wlog = try Self.seeded()
        #expect(try wlog.run("record", "bench", "--reps", "5", "--weight", "80").status == 0)
        #expect(try wlog.run("record", "plank", "--duration", "45s").status == 0)
        let csv = try wlog.run("export", "history").stdout.split(separator: "\n")
        let header =
            "id,session_id,performed_at,slug,exercise,set_number,reps,weight,unit,duration_s,distance_m,rpe,rir,kind,note,"
            + "session_name,session_note,session_started_at,session_finished_at"
        #expect(csv.first.map(String.init) == header)
        #expect(csv.count == 3)
        let bench = try wlog.run("export", "history", "bench", "--format", "json")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(bench.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1 && entries.first?["slug"] as? String == "bench-press")
        #expect(try wlog.run("export", "history", "--since", "2099-01-01").stdout.split(separator: "\n").count == 1)
        #expect(try wlog.run("export", "exercises", "docs").stdout.hasSuffix("documents written to docs\n"))
        #expect(try wlog.run("export", "nothing").status == 64)
    }

    @Test func freeExerciseDBShapedJSONImportsBesideTheSeeds() throws {
        let wlog = try Self.seeded()
        try wlog.write(
            """
            [
              {"id": "Landmine_Twist", "name": "Landmine Twist", "force": "pull", "level": "intermediate", "mechanic": "compound",
               "equipment": "barbell", "primaryMuscles": ["abdominals"], "secondaryMuscles": ["shoulders"],
               "instructions": ["Hold the bar at chest height.", "", "Rotate side to side."], "category": "strength",
               "images": ["Landmine_Twist/0.jpg"]},
              {"id": "Dead_Bug", "name": "Dead Bug", "force": null, "level": "beginner", "mechanic": null, "equipment": null,
               "primaryMuscles": ["abdominals"], "secondaryMuscles": [], "instructions": [], "category": "strength", "images": []},
              {"id": "Plank", "name": "Plank", "force": "static", "level": "beginner", "mechanic": "isolation",
               "equipment": "body only", "primaryMuscles": ["abdominals"], "secondaryMuscles": [], "instructions": ["Hold it."],
               "category": "strength", "images": []}
            ]
            """, to: "exercises.json")
        let first = try wlog.run("import", "exercises.json")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "2 added, 0 updated, 0 unchanged, 1 already in the library\n")
        #expect(
            try wlog.run("import", "exercises.json").stdout
                == "0 added, 0 updated, 2 unchanged, 1 already in the library\n")
        let shown = try wlog.run("show", "landmine twist").stdout
        #expect(shown.contains("  1. Hold the bar at chest height.\n  2. Rotate side to side.\n"))
        #expect(try wlog.run("search", "landmine", "twist").stdout.hasPrefix("landmine-twist"))
        #expect(try wlog.run("record", "dead bug", "--reps", "10").status == 0)
        #expect(try wlog.run("show", "plank").stdout.contains("Equipment: body weight"))
        try wlog.write("[{\"performed_at\": \"2026-01-01T10:00:00Z\"}]", to: "history.json")
        let history = try wlog.run("import", "history.json")
        #expect(history.status == 1 && history.stderr.contains("`wlog import history FILE`"))
    }

    @Test func backupRestoreAndCheck() throws {
        let wlog = try Self.seeded()
        #expect(try wlog.run("record", "bench", "--reps", "5,5", "--weight", "80").status == 0)
        let backup = try wlog.run("backup", "monday.sqlite")
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout == "Backed up to monday.sqlite: 67 exercises, 1 session, 2 sets\n")
        #expect(try wlog.run("backup", "monday.sqlite").status == 1)
        #expect(try wlog.run("record", "plank", "--duration", "1m").status == 0)

        let check = try wlog.run("check")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("integrity_check: ok\nforeign_key_check: ok\n"))
        #expect(check.stdout.contains("contents: 67 exercises, 1 session, 3 sets\n"))

        try wlog.write("just some notes, not a database at all, long enough to fill a header", to: "notes.txt")
        let refused = try wlog.run("restore", "notes.txt")
        #expect(refused.status == 1 && refused.stderr.contains("notes.txt is not a database wlog can read"))
        #expect(try Self.history(wlog).count == 3)

        let restored = try wlog.run("restore", "monday.sqlite")
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(
            restored.stdout.hasPrefix(
                "Restored monday.sqlite into \(wlog.database.path): 67 exercises, 1 session, 2 sets\n"))
        let aside = try #require(restored.stdout.split(separator: "\n").last?.components(separatedBy: "kept at ").last)
        #expect(aside.hasPrefix(wlog.database.path + ".before-restore-"))
        #expect(try Self.history(wlog).count == 2)
        let old = try wlog.run("history", "--format", "json", "--db", aside)
        #expect(
            old.stdout.contains("\"slug\" : \"plank\""), "the replaced database keeps the set made after the backup")

        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [
            wlog.database.path, "PRAGMA foreign_keys = OFF; UPDATE logged_set SET exercise_id = 9999 WHERE id = 1;",
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let broken = try wlog.run("check")
        #expect(broken.status == 1)
        #expect(
            broken.stdout.contains(
                "foreign_key_check: 1 problem\n  logged_set row 1: exercise_id points to no row of exercise\n"))
        #expect(broken.stderr.contains("the database has problems"))
    }
}
