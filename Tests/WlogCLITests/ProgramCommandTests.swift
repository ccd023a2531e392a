import Foundation
import Testing

/// `wlog program check | show | simulate` through the real binary; none of them opens a database.
@Suite struct ProgramCommandTests {
    static let program = """
        # Week 1
        ## Day 1
        // Brace, then sit back.
        Squat / 3x5 80% / progress: lp(2.5kg, 1, 0, 5kg, 2, 0)
        Chin Up / 3x8 / progress: dp(2.5kg, 8, 10)
        ## Day 2
        Bench Press / 3x5 60kg 120s / warmup: 1x5 20kg / progress: lp(2.5kg)
        """

    @Test("wlog program check: an outline of weeks, days, exercises and progressions; no database")
    func checkOutline() throws {
        let wlog = try WlogProcess()
        try wlog.write(Self.program, to: "plan.txt")
        let result = try wlog.run("program", "check", "plan.txt")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 week, 2 days, 3 exercises\n"))
        #expect(result.stdout.contains("week 1 day 1 (Week 1 / Day 1): Squat 3x5, Chin Up 3x8\n"))
        #expect(result.stdout.contains("  Squat: lp(2.5kg, 1, 0, 5kg, 2, 0)\n"))
        #expect(!FileManager.default.fileExists(atPath: wlog.database.path))
    }

    @Test("wlog program check: FILE:LINE:COL: message for each problem, the line, a caret, exit 1")
    func checkErrors() throws {
        let wlog = try WlogProcess()
        try wlog.write("Squat / 3x5\nBench Press / 3x5 / tempo: 3010\nRow / ...Pulldown\n", to: "bad.txt")
        let result = try wlog.run("program", "check", "bad.txt")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "bad.txt:2:21: unknown section `tempo:`\nBench Press / 3x5 / tempo: 3010\n                    ^\nhint: "
            ))
        #expect(result.stderr.contains("bad.txt:3:7: `...Pulldown`: there is no Pulldown in week 1 to reuse"))
        #expect(!FileManager.default.fileExists(atPath: wlog.database.path))
    }

    @Test("wlog program check: a missing file or one that is not text is refused, exit 1")
    func checkUnreadable() throws {
        let wlog = try WlogProcess()
        let missing = try wlog.run("program", "check", "nowhere.txt")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere.txt: cannot be read"))
        try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: wlog.folder.appendingPathComponent("binary.txt"))
        let binary = try wlog.run("program", "check", "binary.txt")
        #expect(binary.status == 1)
        #expect(binary.stderr.contains("not UTF-8"))
    }

    @Test("wlog program show: a week's days with weights resolved from --1rm")
    func show() throws {
        let wlog = try WlogProcess()
        try wlog.write(Self.program, to: "plan.txt")
        let result = try wlog.run("program", "show", "plan.txt", "--1rm", "squat=140kg", "--1rm", "chin up=90kg")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains(
                "Squat\n  Brace, then sit back.\n  3x5 112.5kg (80% of 1RM)\n  progress: lp(2.5kg, 1, 0, 5kg, 2, 0)\n"))
        #expect(result.stdout.contains("Bench Press\n  warm-up: 1x5 20kg\n  3x5 60kg rest 120s\n"))
        let dayTwo = try wlog.run("program", "show", "plan.txt", "--day", "2")
        #expect(!dayTwo.stdout.contains("Squat"))
        #expect(dayTwo.stdout.contains("Bench Press"))
        let unresolved = try wlog.run("program", "show", "plan.txt", "--day", "1")
        #expect(unresolved.stdout.contains("3x5 80% of 1RM"))
    }

    @Test("wlog program show: a week or day the program lacks, or a bad --1rm, is refused, exit 1")
    func showRefusals() throws {
        let wlog = try WlogProcess()
        try wlog.write(Self.program, to: "plan.txt")
        let week = try wlog.run("program", "show", "plan.txt", "--week", "3")
        #expect(week.status == 1)
        #expect(week.stderr.contains("--week 3: the program has 1 week"))
        let day = try wlog.run("program", "show", "plan.txt", "--day", "5")
        #expect(day.status == 1)
        #expect(day.stderr.contains("day 5 is not in week 1"))
        let oneRepMax = try wlog.run("program", "show", "plan.txt", "--1rm", "squat=heavy")
        #expect(oneRepMax.status == 1)
        #expect(oneRepMax.stderr.contains("--1rm: `squat=heavy` is not accepted"))
    }

    @Test("wlog program simulate: each session and each change, failures from --fail")
    func simulate() throws {
        let wlog = try WlogProcess()
        try wlog.write(Self.program, to: "plan.txt")
        let result = try wlog.run(
            "program", "simulate", "plan.txt", "--sessions", "4", "--1rm", "squat=100kg", "--fail", "squat@3")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("session 1: week 1 day 1 (Week 1 / Day 1)"))
        #expect(lines.contains("  Squat: 3x5 80kg (80% of 1RM)"))
        #expect(lines.contains("    Squat: weights +2.5kg (80kg → 82.5kg)"))
        #expect(lines.contains("    Chin Up: reps 8 → 9"))
        #expect(lines.contains("  Squat: 3x5 82.5kg  FAILED (last set one rep short)"))
        #expect(lines.contains("    Squat: failure 1 of 2 before the next decrease"))
        #expect(lines.contains("    Bench Press: weights +2.5kg (60kg → 62.5kg)"))
    }

    @Test("wlog program simulate --format json: the sessions for scripts")
    func simulateJSON() throws {
        let wlog = try WlogProcess()
        try wlog.write(Self.program, to: "plan.txt")
        let result = try wlog.run("program", "simulate", "plan.txt", "--sessions", "3", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let sessions = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(sessions.count == 3)
        #expect(sessions.map { $0["day"] as? Int } == [1, 2, 1])
        let third = try #require(sessions[2]["exercises"] as? [[String: Any]])
        let chinUpSets = try #require(third[1]["sets"] as? [[String: Any]])
        #expect(chinUpSets.map { $0["reps"] as? Int } == [9, 9, 9])
        #expect(!FileManager.default.fileExists(atPath: wlog.database.path))
    }

    @Test("wlog program simulate: --sessions out of range and a bad --fail are refused, exit 1")
    func simulateRefusals() throws {
        let wlog = try WlogProcess()
        try wlog.write(Self.program, to: "plan.txt")
        let sessions = try wlog.run("program", "simulate", "plan.txt", "--sessions", "0")
        #expect(sessions.status == 1)
        #expect(sessions.stderr.contains("--sessions must be from 1 to 1000"))
        let fail = try wlog.run("program", "simulate", "plan.txt", "--sessions", "2", "--fail", "squat")
        #expect(fail.status == 1)
        #expect(fail.stderr.contains("--fail: `squat` is not accepted"))
    }

    @Test(
        "wlog program simulate --amrap-extra and --bodyweight: AMRAP reps read by a progression, update scripts during the workout"
    )
    func simulateWorkout() throws {
        let wlog = try WlogProcess()
        try wlog.write(
            """
            Push Press / 2x5, 1x5+ / 50kg / progress: custom() {~
              if (completedReps[ns] >= 8) {
                weights += 2.5kg
              }
            ~}
            Dip / 3x8 10kg 40s|20s / update: custom() {~
              if (setIndex == 0) {
                weights = bodyweight + originalWeights[ns]
              }
            ~}
            """, to: "plan.txt")
        let plain = try wlog.run("program", "simulate", "plan.txt", "--sessions", "2")
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!plain.stdout.contains("weights[*:*:*:*] += 2.5kg"))
        let result = try wlog.run(
            "program", "simulate", "plan.txt", "--sessions", "2", "--amrap-extra", "3", "--bodyweight", "80kg")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("    Push Press: weights[*:*:*:*] += 2.5kg"))
        #expect(lines.contains("  Push Press: 2x5 52.5kg, 1x5+ 52.5kg  (AMRAP sets done for 8 reps)"))
        #expect(lines.contains("  Dip: 3x8 10kg timed 40s rest 20s"))
        #expect(lines.contains("    update script, during the workout: 3x8 90kg timed 40s rest 20s"))
        let refused = try wlog.run("program", "simulate", "plan.txt", "--sessions", "2", "--bodyweight", "heavy")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--bodyweight: `heavy` is not accepted"))
    }
}
