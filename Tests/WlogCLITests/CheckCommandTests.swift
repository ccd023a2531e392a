import Foundation
import Testing

/// `wlog check` on a damaged file: the problems are SQLite's own lines, and the exit status is 1.
@Suite struct CheckCommandTests {
    /// Runs `sql` on `database` with the sqlite3 shell; what it prints.
    func sqlite3(_ database: URL, _ sql: String) throws -> String {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        shell.arguments = [database.path, sql]
        let out = Pipe()
        shell.standardOutput = out
        try shell.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        return String(decoding: printed, as: UTF8.self)
    }

    @Test func anIndexThatDisagreesWithTheLogIsReportedLineByLine() throws {
        let wlog = try WlogProcess()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "bench", "--reps", "5,5,5", "--weight", "80").status == 0)
        let sound = try wlog.run("check")
        #expect(sound.status == 0 && sound.stdout.contains("integrity_check: ok\nforeign_key_check: ok\n"))

        _ = try sqlite3(
            wlog.database,
            "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = replace(sql, 'session_id)', 'exercise_id)') WHERE name = 'logged_set_by_session';"
        )
        let problems = try sqlite3(wlog.database, "PRAGMA integrity_check").split(separator: "\n")
        #expect(!problems.isEmpty && problems != ["ok"])

        let damaged = try wlog.run("check")
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("integrity_check: \(problems.count) problem"))
        for problem in problems.prefix(20) { #expect(damaged.stdout.contains("\n  \(problem)\n")) }
        #expect(damaged.stdout.contains("contents: 67 exercises, 1 session, 3 sets\n"))
        #expect(damaged.stderr.contains("the database has problems"))
    }
}
