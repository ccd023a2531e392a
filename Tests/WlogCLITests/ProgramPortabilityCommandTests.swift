import Foundation
import Testing

/// A program's state goes where the log goes: a backup brought back with `restore`, and the text
/// `program export` writes, added again, give the same next workout as before.
@Suite struct ProgramPortabilityCommandTests {
    /// Logs day A of the test program and finishes it, so that weights, position and history have moved.
    static func trainedOneDay() throws -> WlogProcess {
        let wlog = try ProgramRecordCommandTests.prepared()
        #expect(try wlog.run("record", "squat", "--all").status == 0)
        #expect(try wlog.run("record", "bench", "--all").status == 0)
        let finished = try wlog.run("finish")
        #expect(finished.stdout.contains("Squat: 100 → 102.5 kg"), "\(finished.stdout)\(finished.stderr)")
        return wlog
    }

    @Test("restoring a backup brings back the program's state, position and history exactly")
    func backupAndRestore() throws {
        let wlog = try Self.trainedOneDay()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let saved = [
            try wlog.run("next", "--format", "json").stdout, try wlog.run("program", "export", "ab").stdout,
            try wlog.run("program", "history", "ab", "--format", "csv").stdout,
        ]
        #expect(try wlog.run("backup", "saved.sqlite").status == 0)
        #expect(try wlog.run("record", "deadlift", "--all").status == 0)
        #expect(try wlog.run("finish").status == 0)
        #expect(try wlog.run("next", "--format", "json").stdout != saved[0])

        let restored = try wlog.run("restore", "saved.sqlite")
        #expect(restored.status == 0, "\(restored.stderr)")
        let now = [
            try wlog.run("next", "--format", "json").stdout, try wlog.run("program", "export", "ab").stdout,
            try wlog.run("program", "history", "ab", "--format", "csv").stdout,
        ]
        #expect(now == saved)
    }

    @Test("the text program export writes, added again under another name, prescribes what the original does")
    func exportAndAddAgain() throws {
        let wlog = try Self.trainedOneDay()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let original = try wlog.run("next", "--format", "json").stdout
        #expect(try wlog.run("program", "export", "ab", "--output", "ab-now.txt").status == 0)
        let added = try wlog.run("program", "add", "ab-now.txt", "--name", "copy")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try wlog.run("program", "use", "copy").status == 0)
        #expect(try wlog.run("program", "position", "--week", "1", "--day", "2").status == 0)
        let copy = try wlog.run("next", "--format", "json").stdout
        #expect(copy.replacingOccurrences(of: "\"copy\"", with: "\"ab\"") == original)

        #expect(try wlog.run("program", "position", "--week", "1", "--day", "1").status == 0)
        let copyDayA = try wlog.run("next", "--format", "json").stdout
        #expect(copyDayA.contains("102.5"), "the squat's progression moved it to 102.5 kg: \(copyDayA)")
        #expect(try wlog.run("program", "use", "ab").status == 0)
        #expect(try wlog.run("program", "position", "--week", "1", "--day", "1").status == 0)
        #expect(
            copyDayA.replacingOccurrences(of: "\"copy\"", with: "\"ab\"")
                == (try wlog.run("next", "--format", "json").stdout))
    }
}
