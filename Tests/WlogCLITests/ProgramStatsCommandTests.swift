import Foundation
import Testing

/// `stats EXERCISE` shows what a program prescribed beside what was lifted, through the real binary.
@Suite struct ProgramStatsCommandTests {
    @Test("stats and report: per finished program workout, each set prescribed → lifted (table, json, csv, HTML)")
    func prescribedBesideLifted() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("exercises", "add", "Squat", "--equipment", "barbell").status == 0)
        let before = try wlog.run("stats", "squat", "--format", "json")
        try wlog.write("# Week 1\n## Day 1\nSquat / 3x5 100kg / progress: lp(2.5kg)\n", to: "plan.txt")
        #expect(try wlog.run("program", "add", "plan.txt").status == 0)
        #expect(try wlog.run("record", "squat", "--reps", "5,5,4", "--weight", "100kg").status == 0)
        #expect(try wlog.run("finish").status == 0)

        let table = try wlog.run("stats", "squat")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("program workouts (prescribed → lifted)\n"))
        #expect(table.stdout.contains("  plan week 1, day 1\n"))
        #expect(table.stdout.contains("  set 1: 5 × 100 kg → 5 × 100 kg\n  set 2: 5 × 100 kg → 5 × 100 kg\n"))
        #expect(table.stdout.hasSuffix("  set 3: 5 × 100 kg → 4 × 100 kg\n"))

        let json = try wlog.run("stats", "squat", "--format", "json")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let workouts = try #require(decoded["program_workouts"] as? [[String: Any]])
        #expect(workouts.count == 1 && workouts[0]["program"] as? String == "plan")
        let sets = try #require(workouts[0]["sets"] as? [[String: Any]])
        #expect(sets.map { $0["prescribed_reps"] as? Int } == [5, 5, 5])
        #expect(sets.map { $0["prescribed_weight"] as? Double } == [100, 100, 100])
        #expect(sets.map { $0["lifted_reps"] as? Int } == [5, 5, 4])
        #expect(sets.map { $0["lifted_weight_kg"] as? Double } == [100, 100, 100])
        let empty = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        #expect((empty["program_workouts"] as? [Any])?.isEmpty == true)

        let csv = try wlog.run("stats", "squat", "--format", "csv").stdout
        #expect(csv.contains("program_prescribed_weight,\"plan week 1, day 1 set 3\",100,kg,"))
        #expect(csv.contains("program_lifted_reps,\"plan week 1, day 1 set 3\",4,reps,"))

        let report = try wlog.run("report", "--out", "report.html")
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: wlog.folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Program: prescribed and lifted"))
        #expect(html.components(separatedBy: "5 × 100 kg").count - 1 >= 5)
        #expect(html.contains("4 × 100 kg"))
    }
}
