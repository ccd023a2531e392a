import Foundation
import Testing

/// `wlog config bar|plates|rest` through the real binary, and `plates`, `next` and `rest` following them.
@Suite struct TrainingSettingsCommandTests {
    @Test("config bar and plates are kept per unit; plates and next load with them; --bar and --plates still override")
    func barAndPlates() throws {
        let wlog = try ProgramTrainingCommandTests.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("config", "bar", "15kg").stdout == "bar = 15 kg\n")
        #expect(try wlog.run("config", "plates", "20,10,5,2.5").stdout == "plates = 20,10,5,2.5 kg\n")
        #expect(try wlog.run("config", "bar", "35lb").stdout == "bar = 35 lb\n")
        #expect(try wlog.run("config", "plates", "45,25,10,5lb").stdout == "plates = 45,25,10,5 lb\n")
        let shown = try wlog.run("config").stdout
        #expect(shown.contains("bar = 15 kg, 35 lb\n"))
        #expect(shown.contains("plates = 20,10,5,2.5 kg; 45,25,10,5 lb\n"))
        #expect(shown.contains("rest = 2m\n"))
        #expect(try wlog.run("plates", "100kg").stdout == "100 kg: 15 kg bar + 20 + 20 + 2.5 a side\n")
        #expect(try wlog.run("plates", "135lb").stdout == "135 lb: 35 lb bar + 45 + 5 a side\n")
        #expect(
            try wlog.run("plates", "60kg", "--bar", "20kg", "--plates", "20").stdout
                == "60 kg: 20 kg bar + 20 a side\n")
        #expect(try wlog.run("next").stdout.contains("  3 × 5 × 100 kg rest 3m [20 + 20 + 2.5 a side]\n"))
    }

    @Test(
        "config refuses a negative or absurd bar, an empty or absurd plate list, a rest of hours: exit 1, nothing stored",
        arguments: [
            ["bar", "-20kg"], ["bar", "500kg"], ["bar", "bw"], ["plates", ""], ["plates", "25,,10"], ["plates", "0"],
            ["plates", "200"], ["plates", "20kg,45lb"], ["rest", "2h"], ["rest", "-1m"], ["rest", "soon"],
        ])
    func refusals(_ arguments: [String]) throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let before = try wlog.run("config").stdout
        let result = try wlog.run(["config"] + arguments)
        #expect(result.status == 1, "\(arguments): \(result.stdout)")
        #expect(result.stderr.hasPrefix("wlog: \(arguments[0]): "), "\(result.stderr)")
        #expect(try wlog.run("config").stdout == before)
    }

    @Test("rest without a duration: the program's rest after the last set recorded, else config rest")
    func restDefaults() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("exercises", "add", "Squat", "--equipment", "barbell").status == 0)
        try wlog.write("# Week 1\n## Day 1\nSquat / 2x5 100kg 3s\n", to: "short.txt")
        #expect(try wlog.run("program", "add", "short.txt").status == 0)
        #expect(try wlog.run("config", "rest", "1s").stdout == "rest = 1s\n")
        var started = Date()
        #expect(try wlog.run("rest").status == 0)
        let configured = Date().timeIntervalSince(started)
        #expect(configured >= 1)
        #expect(try wlog.run("record", "squat", "--reps", "5", "--weight", "100kg").status == 0)
        started = Date()
        #expect(try wlog.run("rest").status == 0)
        #expect(Date().timeIntervalSince(started) >= 3)
    }
}
