import Foundation
import Testing

/// The programs of `Seeds/programs/` through the real binary: `program check` accepts each, `program simulate`
/// runs the A/B routine's three weeks with a deload, and `import seeds` still imports only exercise documents.
@Suite struct BundledProgramCommandTests {
    static let folder = WlogProcess.repository.appendingPathComponent("Seeds/programs")

    static func programFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".liftoscript") }
            .sorted()
            .map { folder.appendingPathComponent($0) }
    }

    @Test("wlog program check accepts every bundled program, exit 0")
    func checkEach() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let files = try Self.programFiles()
        #expect(files.count >= 6)
        for file in files {
            let result = try wlog.run("program", "check", file.path)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(file.lastPathComponent): \(result.stderr)")
            #expect(result.stdout.contains("progressions:\n"), "\(file.lastPathComponent)")
        }
    }

    @Test(
        "wlog program simulate: three weeks of the A/B routine, the squat failing three times in a row, then deloaded")
    func simulateAlternating() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let file = Self.folder.appendingPathComponent("alternating-ab.liftoscript").path
        let result = try wlog.run(
            "program", "simulate", file, "--sessions", "9", "--fail", "squat@5", "--fail", "squat@6", "--fail",
            "squat@7")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("    Squat: weights +2.5kg (47.5kg → 50kg)\n"))
        #expect(result.stdout.contains("    Squat: failure 1 of 3 before the next decrease\n"))
        #expect(result.stdout.contains("    Squat: failure 2 of 3 before the next decrease\n"))
        #expect(result.stdout.contains("    Squat: weights -10% (50kg → 45kg)\n"))
        #expect(
            result.stdout.contains(
                "session 9: week 1 day 1 (Week 1 / Workout A)\n  Squat: 2x5 47.5kg rest 180s, 1x5+ 47.5kg rest 180s\n"))
    }

    @Test("wlog program simulate: the wave's training max grows after week 4")
    func simulateWave() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let file = Self.folder.appendingPathComponent("four-week-wave.liftoscript").path
        let result = try wlog.run(
            "program", "simulate", file, "--sessions", "17", "--1rm", "squat=100kg", "--1rm", "bench press=80kg",
            "--1rm", "deadlift=120kg", "--1rm", "overhead press=50kg")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("    Squat: 1RM → 105kg\n"))
        #expect(
            result.stdout.contains(
                "session 17: week 1 day 1 (Week 1 / Day 1)\n  Squat: 1x6 62.5kg (60% of 1RM) rest 180s"))
    }

    @Test("wlog import seeds imports the exercise documents of Seeds/ only, none of Seeds/programs/")
    func seedsImportOnlyDocuments() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let documents = try FileManager.default.contentsOfDirectory(
            atPath: WlogProcess.repository.appendingPathComponent("Seeds").path
        )
        .filter { $0.hasSuffix(".md") }
        let result = try wlog.run("import", "seeds")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\(documents.count) added, 0 updated, 0 unchanged"))
        for file in try Self.programFiles() {
            let name = file.deletingPathExtension().lastPathComponent
            #expect(try wlog.run("show", name).status != 0, "\(name) was imported as an exercise")
        }
    }
}
