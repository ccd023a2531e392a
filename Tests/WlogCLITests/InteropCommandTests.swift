import Foundation
import Testing

/// Issue 10's interop items through the real binary: times out of bounds, spreadsheet-safe CSV
/// cells, and exports that go back into the database they came from as nothing new.
@Suite struct InteropCommandTests {
    static func seeded() throws -> WlogProcess {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        return wlog
    }

    static func setCount(_ wlog: WlogProcess) throws -> Int {
        let result = try wlog.run("history", "--format", "json")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]).count
    }

    @Test func aTypoedYearIsRefusedByRecordEditAndImport() throws {
        let wlog = try Self.seeded()
        let typo = try wlog.run("record", "bench-press", "--reps", "5", "--at", "0026-11-24 18:30")
        #expect(typo.status != 0)
        #expect(typo.stderr.contains("--at") && typo.stderr.contains("before 1900"), "\(typo.stderr)")
        #expect(try Self.setCount(wlog) == 0)

        #expect(try wlog.run("record", "bench-press", "--reps", "5").status == 0)
        let edit = try wlog.run("edit", "set", "1", "--at", "2300-01-01 10:00")
        #expect(edit.status != 0)
        #expect(edit.stderr.contains("--at") && edit.stderr.contains("future"), "\(edit.stderr)")

        try wlog.write(
            """
            Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time
            2023-05-01,Plank,Abs,,,,,0:01:00
            2300-01-01,Plank,Abs,,,,,0:01:00

            """, to: "fitnotes.csv")
        let imported = try wlog.run("import", "history", "fitnotes.csv")
        #expect(imported.status != 0)
        #expect(imported.stderr.contains("fitnotes.csv:3: the time 2300-01-01"), "\(imported.stderr)")
        #expect(try Self.setCount(wlog) == 1)
    }
}

extension InteropCommandTests {
    /// Cells a spreadsheet would run as a formula, in a note, a session name and an exercise name.
    static let formulas = ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(1)"]

    @Test func everyCSVWriterNeutralisesFormulasAndTheImportReadsThemBack() throws {
        let wlog = try Self.seeded()
        #expect(try wlog.run("exercises", "add", "@Home Press", "--equipment", "dumbbell").status == 0)
        for (index, formula) in Self.formulas.enumerated() {
            let result = try wlog.run(
                "record", "@Home Press", "--reps", "5", "--weight", "\(20 + index)", "--note=\(formula)",
                "--at", "2026-11-2\(index + 1) 18:00")
            #expect(result.status == 0, "\(result.stderr)")
        }
        let outputs = [
            try wlog.run("export", "history").stdout, try wlog.run("export", "history", "--format", "strong").stdout,
            try wlog.run("history", "--format", "csv").stdout, try wlog.run("prs", "--format", "csv").stdout,
            try wlog.run("exercises", "--format", "csv").stdout,
        ]
        for output in outputs {
            #expect(output.contains("'@Home Press"), "\(output)")
            for line in output.split(separator: "\n") {
                for cell in line.split(separator: ",") {
                    let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                    #expect(!(text.first.map { "=+@".contains($0) } ?? false), "\(line)")
                    #expect(!text.hasPrefix("-") || Double(text) != nil, "\(line)")
                }
            }
        }
        #expect(outputs[0].contains("'=HYPERLINK(") && outputs[0].contains("'-2+3") && outputs[0].contains("'+1+2"))

        for (name, output) in [("history.csv", outputs[0]), ("strong.csv", outputs[1])] {
            let copy = try Self.seeded()
            try copy.write(output, to: name)
            let imported = try copy.run("import", "history", name)
            #expect(imported.status == 0, "\(imported.stderr)")
            let entries = try #require(
                try JSONSerialization.jsonObject(with: Data(try copy.run("history", "--format", "json").stdout.utf8))
                    as? [[String: Any]])
            #expect(Set(entries.compactMap { $0["note"] as? String }) == Set(Self.formulas), "\(name)")
            #expect(Set(entries.compactMap { $0["exercise"] as? String }) == ["@Home Press"], "\(name)")
        }
    }
}

extension InteropCommandTests {
    static func json(_ wlog: WlogProcess, _ arguments: String...) throws -> [[String: Any]] {
        let result = try wlog.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    /// The sessions as `sessions --format json` shows them, without ids.
    static func sessions(_ wlog: WlogProcess) throws -> [String] {
        try json(wlog, "sessions").map { session in
            ["name", "note", "started_at", "finished_at", "sets"].map { "\(session[$0] ?? "-")" }.joined(separator: "|")
        }.sorted()
    }

    @Test(arguments: ["csv", "json"])
    func anExportKeepsSessionNamesNotesAndFinishTimes(format: String) throws {
        let wlog = try Self.seeded()
        #expect(try wlog.run("session", "start", "--name", "Push, heavy").status == 0)
        #expect(try wlog.run("record", "bench-press", "--reps", "5,5", "--weight", "80").status == 0)
        #expect(try wlog.run("session", "note", "Slept well,\n\"felt strong\"").status == 0)
        #expect(try wlog.run("session", "finish").status == 0)
        let before = try Self.sessions(wlog)
        #expect(
            before.first?.hasPrefix("Push, heavy|Slept well,\n\"felt strong\"|") == true && !before[0].contains("|-|"),
            "\(before)")
        #expect(try wlog.run("export", "history", "--format", format, "--out", "h.\(format)").status == 0)

        let fresh = try Self.seeded()
        let imported = try fresh.run("import", "history", wlog.folder.appendingPathComponent("h.\(format)").path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try Self.sessions(fresh) == before)
    }

    @Test func strongToWlogToStrongToWlogAddsNothing() throws {
        let wlog = try Self.seeded()
        try wlog.write(
            """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-04 18:30:00,Pull,45m,Pull Up,1,0,8,0,0,,,
            2024-03-04 18:30:00,Pull,45m,Pull Up,2,10,6,0,0,,,
            2024-03-04 18:30:00,Pull,45m,Squat (Barbell),1,285,5,0,0,,,

            """, to: "strong.csv")
        #expect(
            try wlog.run("import", "history", "strong.csv", "--unit", "lb").stdout.contains("Added 3 sets in 1 session")
        )
        #expect(try wlog.run("record", "bench-press", "--reps", "5", "--weight", "100lb").status == 0)
        for unit in ["kg", "lb"] {
            let exported = try wlog.run(
                "export", "history", "--format", "strong", "--unit", unit, "--out", "back-\(unit).csv")
            #expect(exported.status == 0, "\(exported.stderr)")
            let again = try wlog.run("import", "history", "back-\(unit).csv", "--unit", unit)
            #expect(
                again.stdout.contains("Added 0 sets in 0 sessions; 4 were in the log already"),
                "\(again.stdout)\(again.stderr)")
            #expect(!again.stdout.contains("New custom exercises"))
        }
        #expect(try Self.setCount(wlog) == 4)
    }

    @Test func theAppsNamesForTheMainLiftsMapOntoTheLibrary() throws {
        let wlog = try Self.seeded()
        try wlog.write(
            """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2024-03-04 18:30:00,A,45m,Squat (Barbell),1,100,5,0,0,,,
            2024-03-04 18:30:00,A,45m,Bicep Curl (Dumbbell),1,14,10,0,0,,,
            2024-03-04 18:30:00,A,45m,Pull Up (Weighted),1,15,6,0,0,,,

            """, to: "strong.csv")
        try wlog.write(
            """
            Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time
            2024-03-05,Flat Barbell Bench Press,Chest,80.0,5,,,
            2024-03-05,Barbell Squat,Legs,100.0,5,,,

            """, to: "fitnotes.csv")
        for file in ["strong.csv", "fitnotes.csv"] {
            let result = try wlog.run("import", "history", file)
            #expect(result.status == 0 && !result.stdout.contains("New custom exercises"), "\(result.stdout)")
        }
        let sets = try Self.json(wlog, "history")
        #expect(
            Set(sets.compactMap { $0["slug"] as? String }) == ["back-squat", "dumbbell-curl", "pull-up", "bench-press"])
        let pullUp = try #require(sets.first { $0["slug"] as? String == "pull-up" })
        #expect(pullUp["unit"] as? String == "bw+kg" && pullUp["weight"] as? Double == 15)
    }
}
