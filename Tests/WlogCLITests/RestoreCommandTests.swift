import Foundation
import Testing

/// `wlog restore` against other wlog processes and against backups that are not sound.
@Suite struct RestoreCommandTests {
    /// Runs sqlite3 on `database`; its standard output.
    static func sqlite(_ database: URL, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database.path, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// The weights of every set in the database file at `database`.
    static func weights(in database: URL) throws -> Set<Int> {
        Set(
            try sqlite(database, "SELECT CAST(weight_kg AS INTEGER) FROM logged_set").split(separator: "\n").compactMap
            { Int($0) })
    }

    @Test func aSetWhoseRecordSucceededIsNeverLostToARestore() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("backup", "empty.sqlite").status == 0)
        let workers = 4
        let recordsEach = 10
        let restores = 3
        let confirmed = LockedCounter()
        let progress = DispatchSemaphore(value: 0)
        let confirmedWeights = LockedWeights()
        let group = DispatchGroup()
        for worker in 0..<workers {
            DispatchQueue.global().async(group: group) {
                for index in 0..<recordsEach {
                    let weight = 20 + worker * recordsEach + index
                    if (try? wlog.run("record", "bench", "--reps", "1", "--weight", "\(weight)"))?.status == 0 {
                        confirmedWeights.insert(weight)
                        confirmed.increment()
                    }
                    progress.signal()
                }
            }
        }
        for _ in 0..<restores {
            for _ in 0..<(workers * recordsEach / (restores + 1)) { progress.wait() }
            let restore = try wlog.run("restore", "empty.sqlite")
            #expect(restore.status == 0, "\(restore.stderr)")
        }
        group.wait()
        let folder = wlog.database.deletingLastPathComponent()
        let asides = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains(".before-restore-") && !$0.contains("-wal") && !$0.contains("-shm")
        }
        #expect(asides.count == restores)
        var stored = try Self.weights(in: wlog.database)
        for aside in asides { stored.formUnion(try Self.weights(in: folder.appendingPathComponent(aside))) }
        #expect(confirmed.value > 0)
        #expect(
            confirmedWeights.values.subtracting(stored).isEmpty,
            "lost: \(confirmedWeights.values.subtracting(stored).sorted())")
    }

    @Test func aBackupWithBrokenReferencesIsRefusedAndNothingChanges() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "bench", "--reps", "5,5", "--weight", "80").status == 0)
        #expect(try wlog.run("backup", "broken.sqlite").status == 0)
        let broken = wlog.folder.appendingPathComponent("broken.sqlite")
        _ = try Self.sqlite(broken, "PRAGMA foreign_keys = OFF; UPDATE logged_set SET exercise_id = 9999 WHERE id = 1;")
        #expect(try wlog.run("record", "plank", "--duration", "1m").status == 0)
        let before = try Data(contentsOf: wlog.database)

        let result = try wlog.run("restore", "broken.sqlite")
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("broken.sqlite has rows that point to rows it does not have"), "\(result.stderr)")
        #expect(
            result.stderr.contains("logged_set row 1: exercise_id points to no row of exercise"), "\(result.stderr)")
        #expect(try Data(contentsOf: wlog.database) == before)
        let folder = try FileManager.default.contentsOfDirectory(atPath: wlog.database.deletingLastPathComponent().path)
        #expect(!folder.contains { $0.contains(".before-restore-") })
    }

    @Test func restoreShowsAProgressBarOnATerminal() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("backup", "copy.sqlite").status == 0)
        let onTerminal = try wlog.run(
            ["-qec", "'\(WlogProcess.binary.path)' restore copy.sqlite", "/dev/null"],
            executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(onTerminal.status == 0, "\(onTerminal.stdout)")
        #expect(onTerminal.stdout.contains("restoring [###############               ] 50%"), "\(onTerminal.stdout)")
        #expect(onTerminal.stdout.contains("restoring [##############################] 100%"), "\(onTerminal.stdout)")
        #expect(onTerminal.stdout.contains("Restored copy.sqlite"))
    }

    @Test func noProgressBarWhenStandardErrorIsNotATerminal() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("backup", "copy.sqlite").status == 0)
        let restore = try wlog.run("restore", "copy.sqlite")
        #expect(restore.status == 0)
        #expect(restore.stderr.isEmpty, "\(restore.stderr)")
        let check = try wlog.run("check")
        #expect(check.status == 0)
        #expect(check.stderr.isEmpty, "\(check.stderr)")
    }
}

/// Weights that concurrent workers add to.
final class LockedWeights: @unchecked Sendable {
    private let lock = NSLock()
    private var weights: Set<Int> = []
    var values: Set<Int> { lock.withLock { weights } }
    func insert(_ weight: Int) { _ = lock.withLock { weights.insert(weight) } }
}
