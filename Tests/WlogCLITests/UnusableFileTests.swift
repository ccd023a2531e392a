import Foundation
import Testing

/// Files wlog cannot use: a FIFO, a folder it may not read, a database companion it may not
/// write. Each is named, with what it is and what to do.
@Suite struct UnusableFileTests {
    /// Runs wlog as the unprivileged user `nobody` (as root every file is readable and writable).
    static func runAsNobody(_ wlog: WlogProcess, _ arguments: [String]) throws -> WlogProcess.Result {
        try wlog.run(
            ["--reuid=nobody", "--regid=nogroup", "--clear-groups", WlogProcess.binary.path] + arguments,
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    static func setMode(_ mode: Int, _ path: String) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    @Test func aFIFOIsNotAFileAndNothingWaitsOnIt() throws {
        let wlog = try WlogProcess()
        try FileManager.default.createDirectory(
            at: wlog.folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        for name in ["pipe.md", "pipe.csv", "docs/inside.md"] {
            #expect(mkfifo(wlog.folder.appendingPathComponent(name).path, 0o600) == 0)
        }
        for arguments in [["import", "pipe.md"], ["import", "history", "pipe.csv"], ["import", "docs"]] {
            let result = try wlog.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(
                result.stderr.contains("is not a regular file (it is a FIFO (named pipe))"),
                "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("permission"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func anUnreadableSubfolderIsReportedNotSkipped() throws {
        let wlog = try WlogProcess()
        let plank = try String(
            contentsOf: WlogProcess.repository.appendingPathComponent("Seeds/plank.md"), encoding: .utf8)
        try wlog.write(plank, to: "docs/open/plank.md")
        try wlog.write(plank.replacingOccurrences(of: "Plank", with: "Side Plank"), to: "docs/locked/side-plank.md")
        try Self.setMode(0o777, wlog.folder.path)
        try Self.setMode(0o000, wlog.folder.appendingPathComponent("docs/locked").path)
        let database = wlog.folder.appendingPathComponent("mine.sqlite").path

        let result = try Self.runAsNobody(wlog, ["import", "docs", "--db", database])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("docs/locked:1: this folder cannot be read (Permission denied)"), "\(result.stderr)")
        #expect(result.stderr.contains("check its permissions"), "\(result.stderr)")
        let skipping = try Self.runAsNobody(wlog, ["import", "docs", "--skip-invalid", "--db", database])
        #expect(skipping.status == 0, "\(skipping.stderr)")
        #expect(skipping.stderr.contains("skipped docs/locked"), "the skipped folder is listed: \(skipping.stderr)")
    }

    @Test func aReadOnlySharedMemoryFileIsNamedWithWhatToDo() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "plank", "--duration", "1m").status == 0)
        let folder = wlog.database.deletingLastPathComponent().path
        let shm = wlog.database.path + "-shm"
        #expect(FileManager.default.createFile(atPath: shm, contents: Data(count: 32_768)))
        for path in [wlog.folder.path, folder, wlog.database.path, shm] { #expect(chown(path, 65534, 65534) == 0) }
        try Self.setMode(0o700, folder)
        try Self.setMode(0o600, wlog.database.path)
        try Self.setMode(0o400, shm)
        let before = try Data(contentsOf: wlog.database)

        let reading = try Self.runAsNobody(wlog, ["history", "--db", wlog.database.path])
        #expect(
            reading.status == 0 && reading.stdout.lowercased().contains("plank"),
            "reading needs no write: \(reading.stderr)")
        for arguments in [["record", "plank", "--duration", "2m"], ["undo"], ["session", "start"]] {
            let result = try Self.runAsNobody(wlog, arguments + ["--db", wlog.database.path])
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(
                result.stderr.contains("its shared-memory file \(shm) is not readable and writable by you (mode 0400"),
                "\(result.stderr)")
            #expect(result.stderr.contains("chmod 600 \(shm)"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: wlog.database) == before)
    }
}
