import Foundation
import Testing

/// `wlog program add seeds` through the real binary: every bundled program stored under its name, once.
@Suite struct ProgramSeedsCommandTests {
    @Test("wlog program add seeds stores the six bundled programs; adding them again changes nothing and says so")
    func addSeedsTwice() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("import", "seeds").status == 0)
        let first = try wlog.run("program", "add", "seeds")
        #expect(first.status == 0, "\(first.stderr)")
        let names = try BundledProgramCommandTests.programFiles().map { $0.deletingPathExtension().lastPathComponent }
        #expect(first.stdout.hasPrefix("Added \(names.count) bundled programs: \(names.joined(separator: ", "))\n"))
        #expect(first.stdout.contains("  active: \(names[0])"))
        let listed = try wlog.run("program", "list")
        for name in names { #expect(listed.stdout.contains(name), "\(name) not listed") }
        #expect(try wlog.run("program", "use", "alternating-ab").status == 0)
        let before = try wlog.run("program", "list").stdout
        let second = try wlog.run("program", "add", "seeds")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "All \(names.count) bundled programs are already stored; nothing changed.\n")
        #expect(try wlog.run("program", "list").stdout == before)
    }

    @Test("wlog program add seeds on a library without the exercises: exit 1, the missing names, nothing stored")
    func addSeedsWithoutExercises() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let result = try wlog.run("program", "add", "seeds")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Squat"), "\(result.stderr)")
        #expect(!(try wlog.run("program", "list").stdout.contains("alternating-ab")))
    }
}
