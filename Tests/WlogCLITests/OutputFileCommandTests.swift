import Foundation
import Testing

/// Files wlog writes: never over the database or its companions, however the path is spelled,
/// and mode 0600 whatever the umask.
@Suite struct OutputFileCommandTests {
    /// Ways to spell a path that leads to the database (`data/wlog.sqlite`) or a companion.
    enum Spelling: String, CaseIterable {
        case plain, dotDot, symbolicLink, hardLink, wal, shm, absolute

        func path(in wlog: WlogProcess) throws -> String {
            let files = FileManager.default
            switch self {
            case .plain: return "data/wlog.sqlite"
            case .dotDot: return "data/../data/./wlog.sqlite"
            case .absolute: return wlog.database.path
            case .symbolicLink:
                try files.createSymbolicLink(
                    atPath: wlog.folder.appendingPathComponent("link.sqlite").path,
                    withDestinationPath: wlog.database.path)
                return "link.sqlite"
            case .hardLink:
                try files.linkItem(
                    atPath: wlog.database.path, toPath: wlog.folder.appendingPathComponent("hard.sqlite").path)
                return "hard.sqlite"
            case .wal: return "data/wlog.sqlite-wal"
            case .shm: return "data/../data/wlog.sqlite-shm"
            }
        }
    }

    static func logged() throws -> WlogProcess {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "bench", "--reps", "5,5", "--weight", "80").status == 0)
        return wlog
    }

    @Test(arguments: Spelling.allCases)
    func noOutputPathMayLeadToTheDatabase(spelling: Spelling) throws {
        let wlog = try Self.logged()
        let target = try spelling.path(in: wlog)
        let before = try Data(contentsOf: wlog.database)
        let attempts = [
            ["export", "history", "--out", target], ["export", "history", "--format", "json", "--out", target],
            ["report", "--out", target], ["backup", target],
        ]
        for arguments in attempts {
            let result = try wlog.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.stdout)")
            #expect(result.stderr.contains("is the database"), "\(arguments): \(result.stderr)")
            #expect(try Data(contentsOf: wlog.database) == before, "\(arguments)")
        }
        if ![.wal, .shm].contains(spelling) {
            let restore = try wlog.run("restore", target)
            #expect(restore.status == 1 && restore.stderr.contains("is the database itself"), "\(restore.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: wlog.database.path + "-wal"))
        #expect(try wlog.run("history", "--format", "json").stdout.components(separatedBy: "\"reps\"").count == 3)
    }

    @Test func exportingExercisesSkipsNoDocumentButRefusesTheDatabase() throws {
        let wlog = try WlogProcess()
        let database = "docs/plank.md"
        #expect(try wlog.run("import", "seeds", "--db", database).status == 0)
        let before = try Data(contentsOf: wlog.folder.appendingPathComponent(database))
        let result = try wlog.run("export", "exercises", "docs", "--db", database)
        #expect(result.status == 1)
        #expect(result.stderr.contains("docs/plank.md is the database"), "\(result.stderr)")
        #expect(try Data(contentsOf: wlog.folder.appendingPathComponent(database)) == before)
    }

    @Test func everyFileWlogCreatesIsPrivateUnderUmask000() throws {
        let wlog = try Self.logged()
        #expect(try wlog.run("backup", "old.sqlite").status == 0)
        let commands = [
            ["export", "history", "--out", "log.csv"], ["report", "--out", "report.html"],
            ["export", "exercises", "docs"], ["backup", "copy.sqlite"], ["restore", "old.sqlite"],
            ["import", "seeds", "--db", "fresh/new.sqlite"],
        ]
        for arguments in commands {
            let result = try wlog.run(
                ["-c", "umask 000; exec \"$@\"", "sh", WlogProcess.binary.path] + arguments,
                executable: URL(fileURLWithPath: "/bin/sh"))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let written = try FileManager.default.contentsOfDirectory(
            atPath: wlog.database.deletingLastPathComponent().path)
        let aside = try #require(written.first { $0.contains(".before-restore-") })
        let files = ["log.csv", "report.html", "docs/plank.md", "copy.sqlite", "data/\(aside)", "fresh/new.sqlite"]
        for file in files {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: wlog.folder.appendingPathComponent(file).path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(file)")
        }
        let folder = try FileManager.default.attributesOfItem(atPath: wlog.folder.appendingPathComponent("docs").path)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }
}
