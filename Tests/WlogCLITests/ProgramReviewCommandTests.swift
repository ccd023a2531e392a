import Foundation
import GRDB
import Testing

/// Review findings on training from a program, through the real binary: long names with combining
/// marks, an unreadable stored program, and the 1RM of an exercise variation.
@Suite struct ProgramReviewCommandTests {
    @Test("an exercise name of 53 characters but 102 code points is bad input; 100 code points work through 1rm")
    func combiningMarks() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let tooLong = "Squa\u{301}t" + String(repeating: "e\u{301}", count: 48)
        try wlog.write("# Week 1\n## Day 1\n\(tooLong) / 3x5 80%\n", to: "long.txt")
        let refused = try wlog.run("program", "add", "long.txt", "--create-missing")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("at most 100 characters"), "\(refused.stderr)")
        #expect(!refused.stderr.lowercased().contains("constraint"))
        #expect(try wlog.run("program", "list").stdout == "No programs; `wlog program add FILE` adds one\n")

        let longest = "Squa\u{301}t" + String(repeating: "e\u{301}", count: 47)
        try wlog.write("# Week 1\n## Day 1\n\(longest) / 3x5 80%\n", to: "longest.txt")
        let added = try wlog.run("program", "add", "longest.txt", "--create-missing")
        #expect(added.status == 0, "\(added.stderr)")
        let set = try wlog.run("program", "1rm", longest, "100kg")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "\(longest): 1RM 100kg\n")
        #expect(try wlog.run("next").stdout.contains("3 × 5 × 80 kg"))
    }

    @Test("an unreadable program: list shows the others and names it, remove removes it; names shown harmlessly")
    func unreadableProgram() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("exercises", "add", "Squat", "--equipment", "barbell").status == 0)
        try wlog.write("# Week 1\n## Day 1\nSquat / 3x5 100kg\n", to: "plan.txt")
        let odd = "odd\u{1B}[31m"
        #expect(try wlog.run("program", "add", "plan.txt", "--name", "good").status == 0)
        #expect(try wlog.run("program", "add", "plan.txt", "--name", odd).status == 0)
        let queue = try DatabaseQueue(path: wlog.database.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE program SET state_text = '@@@ not a program' WHERE name = ?", arguments: [odd])
        }
        try queue.close()

        let list = try wlog.run("program", "list")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("*  good "))
        #expect(list.stdout.contains("unreadable"))
        #expect(list.stderr.contains("cannot be used: the stored state of odd"), "\(list.stderr)")
        #expect(!list.stdout.contains("\u{1B}") && !list.stderr.contains("\u{1B}"))
        let json = try wlog.run("program", "list", "--format", "json")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(decoded.map { $0["unreadable"] != nil } == [false, true])

        let removed = try wlog.run("program", "remove", odd)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.hasPrefix("Removed odd"))
        #expect(!removed.stdout.contains("\u{1B}"))
        let after = try wlog.run("program", "list")
        #expect(!after.stdout.contains("odd") && after.stderr.isEmpty)
    }

    @Test("a variation's 1RM is its movement's: program 1rm, next and finish store and read the same one")
    func variationOneRepMax() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("exercises", "add", "Squat", "--equipment", "barbell").status == 0)
        try wlog.write(
            """
            # Week 1
            ## Day 1
            Squat | ! Front Squat / 1x5 100% / progress: custom() {~
              rm1 = rm1 + 5kg
            ~}

            """, to: "ladder.txt")
        #expect(try wlog.run("program", "add", "ladder.txt").status == 0)
        let set = try wlog.run("program", "1rm", "front squat", "100kg")
        #expect(set.stdout == "Front Squat: 1RM 100kg\n", "\(set.stderr)")
        #expect(try Self.firstWeight(wlog) == 100)
        let recorded = try wlog.run("record", "squat")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("100 kg"))
        #expect(try wlog.run("finish").status == 0)
        #expect(try Self.firstWeight(wlog) == 105)
        #expect(try wlog.run("program", "show").stdout.contains("Front Squat"))
        let line = try wlog.run("program", "1rm", "squat", "90kg")
        #expect(line.stdout == "Squat: 1RM 90kg\n")
        #expect(try Self.firstWeight(wlog) == 105)
    }

    /// The first work set's weight `next --format json` prescribes.
    static func firstWeight(_ wlog: WlogProcess) throws -> Double? {
        let json = try wlog.run("next", "--format", "json")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let exercises = decoded?["exercises"] as? [[String: Any]]
        return (exercises?.first?["sets"] as? [[String: Any]])?.first?["weight"] as? Double
    }
}
