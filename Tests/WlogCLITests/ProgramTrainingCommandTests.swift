import Foundation
import Testing

/// Training from a stored program through the real binary: add, list, use, show, export, remove,
/// position, 1rm, history, next, finish, plates and rest.
@Suite struct ProgramTrainingCommandTests {
    static let program = """
        # Week 1
        ## Day A
        // Sit between the heels.
        Squat / 3x5 100kg 180s / warmup: 1x5 40kg / progress: lp(2.5kg, 1, 0, 10%, 2, 0)
        Bench Press / 3x5 60kg / progress: lp(2.5kg, 1, 0, 10%, 2, 0)
        ## Day B
        Deadlift / 1x5+ 120kg / progress: lp(5kg)
        """

    /// A binary on a fresh database with the program's three exercises and the program added as `ab`.
    static func prepared() throws -> WlogProcess {
        let wlog = try WlogProcess()
        for name in ["Squat", "Bench Press", "Deadlift"] {
            #expect(try wlog.run("exercises", "add", name, "--equipment", "barbell").status == 0)
        }
        try wlog.write(program, to: "ab.txt")
        let added = try wlog.run("program", "add", "ab.txt")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("Added ab: 1 week, 2 days, 3 exercises\n  active; next: week 1, day 1"))
        return wlog
    }

    @Test("next: sets, warm-ups, rest, plates a side and the description; json for scripts")
    func next() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let text = try wlog.run("next")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(
            text.stdout.hasPrefix(
                "ab: Week 1 / Day A (week 1, day 1)\n\nSquat\n  Sit between the heels.\n  warm-up: 5 × 40 kg [10 a side]\n"
            ))
        #expect(text.stdout.contains("  3 × 5 × 100 kg rest 3m [25 + 15 a side]\n"))
        let json = try wlog.run("next", "--format", "json")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let exercises = try #require(decoded["exercises"] as? [[String: Any]])
        #expect(exercises.map { $0["name"] as? String } == ["Squat", "Bench Press"])
        #expect((exercises[0]["sets"] as? [[String: Any]])?.first?["weight"] as? Double == 100)
    }

    @Test("finish: the weights rise on success, a short set counts a failure, the day moves on; twice changes nothing")
    func finish() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("record", "squat", "--reps", "5,5,5", "--weight", "100kg").status == 0)
        #expect(try wlog.run("record", "bench press", "--reps", "5,5,3", "--weight", "60kg").status == 0)
        let finished = try wlog.run("finish")
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(
            finished.stdout == """
                Finished ab week 1, day 1
                  Squat: 100 → 102.5 kg
                  Bench Press: failure 1 of 2 before the next decrease
                Next: week 1, day 2

                """)
        let again = try wlog.run("finish")
        #expect(again.stdout == "Nothing logged for ab week 1, day 2 since the last finish; nothing changed\n")
        #expect(try wlog.run("program", "position", "--week", "1", "--day", "1").stdout == "Next: week 1, day 1\n")
        #expect(try wlog.run("next").stdout.contains("3 × 5 × 102.5 kg rest 3m [25 + 15 + 1.25 a side]\n  last time ("))
        let history = try wlog.run("program", "history", "ab", "--format", "csv")
        #expect(history.stdout.contains(",week 1 day 1,Squat,100kg → 102.5kg,weights +2.5kg (100kg → 102.5kg)\n"))
    }

    @Test("list, use, show NAME, export, 1rm, remove; show FILE still reads the file")
    func manage() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        try wlog.write("Squat / 3x5 80%\n", to: "percent.txt")
        #expect(
            try wlog.run("program", "add", "percent.txt", "--name", "Heavy").stdout.contains(
                "`wlog program use Heavy` to follow it"))
        #expect(try wlog.run("program", "list").stdout.contains("*  ab "))
        #expect(try wlog.run("program", "use", "heavy").stdout == "Following Heavy; next: week 1, day 1\n")
        #expect(try wlog.run("program", "1rm", "squat", "140kg").stdout == "Squat: 1RM 140kg\n")
        #expect(try wlog.run("program", "show").stdout.contains("3x5 112.5kg (80% of 1RM)"))
        #expect(try wlog.run("program", "show", "ab.txt").stdout.hasPrefix("Week 1 / Day A (week 1, day 1)\n"))
        let export = try wlog.run("program", "export", "ab", "--output", "out.txt")
        #expect(export.status == 0)
        let written = try String(contentsOf: wlog.folder.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(written.contains("Squat / 3x5 100kg 180s / warmup: 1x5 40kg / progress: lp(2.5kg, 1, 0, 10%, 2, 0)"))
        let attributes = try FileManager.default.attributesOfItem(
            atPath: wlog.folder.appendingPathComponent("out.txt").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(
            try wlog.run("program", "remove", "heavy").stdout.contains(
                "Removed Heavy (it was active; no program is now)"))
        let none = try wlog.run("next")
        #expect(none.status == 1 && none.stderr.contains("no program is active"))
        let unknown = try wlog.run("program", "use", "nope")
        #expect(unknown.status == 1 && unknown.stderr.contains("no program is named \"nope\"; the programs are: ab"))
        let missing = try wlog.run("program", "show", "nothere.txt")
        #expect(
            missing.status == 1
                && missing.stderr.contains("nothere.txt: no such file; no program is named \"nothere.txt\""))
        let position = try wlog.run("program", "position", "--week", "3", "--program", "ab")
        #expect(position.status == 1 && position.stderr.contains("ab has no week 3, day 1"))
    }

    @Test(
        "add: an error in the file or an unknown exercise changes nothing; re-adding a changed file keeps the progress")
    func addAgain() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("record", "squat", "--reps", "5,5,5", "--weight", "100kg").status == 0)
        #expect(try wlog.run("finish").status == 0)
        try wlog.write("Squat / 3x5 / tempo: 1\n", to: "bad.txt")
        let bad = try wlog.run("program", "add", "bad.txt", "--name", "ab")
        #expect(bad.status == 1 && bad.stderr.contains("bad.txt:1:15: unknown section `tempo:`"))
        try wlog.write("Squatt / 3x5 100kg\n", to: "typo.txt")
        let typo = try wlog.run("program", "add", "typo.txt", "--name", "ab")
        #expect(typo.status == 1 && typo.stderr.contains("Squatt: closest squat-barbell"))
        try wlog.write(Self.program.replacingOccurrences(of: "1x5+ 120kg", with: "1x5+ 130kg"), to: "ab.txt")
        let again = try wlog.run("program", "add", "ab.txt")
        #expect(
            again.stdout.contains(
                "Updated ab\n  progress kept: Bench Press, Squat\n  changed in the file, sets now as written: Deadlift\n"
            ))
        #expect(try wlog.run("program", "export", "ab").stdout.contains("Squat / 3x5 102.5kg 180s"))
        #expect(try wlog.run("program", "list", "--format", "csv").stdout.contains("ab,1,2,3,\"week 1, day 2\",1"))
    }

    @Test("plates: the plates a side, or the closest loadable weight; rest only waits when not on a terminal")
    func platesAndRest() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("plates", "142.5kg").stdout == "142.5 kg: 20 kg bar + 25 + 25 + 10 + 1.25 a side\n")
        #expect(
            try wlog.run("plates", "101kg").stdout
                == "101 kg cannot be loaded; closest: 100 kg: 20 kg bar + 25 + 15 a side\n")
        #expect(
            try wlog.run("plates", "60kg", "--bar", "15kg", "--plates", "20,10").stdout
                == "60 kg cannot be loaded; closest: 55 kg: 15 kg bar + 20 a side\n")
        let started = Date()
        let rest = try wlog.run("rest", "1s")
        #expect(rest.status == 0 && rest.stdout.isEmpty)
        #expect(Date().timeIntervalSince(started) >= 1)
        #expect(try wlog.run("rest", "soon").status == 1)
    }
}
