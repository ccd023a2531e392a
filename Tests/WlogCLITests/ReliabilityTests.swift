import Foundation
import GRDB
import Testing
import WlogCore

/// What happens to the user's data when things go wrong: killed processes, concurrent writers,
/// a read-only or full disk, a damaged file.
@Suite struct ReliabilityTests {
    /// The number of exercises and sets, and whether SQLite finds the file sound, read directly.
    static func state(of database: URL) throws -> (exercises: Int, sets: Int, sound: Bool) {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: database.path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            let exercises = try Int.fetchOne(db, sql: "SELECT count(*) FROM exercise") ?? -1
            let sets = try Int.fetchOne(db, sql: "SELECT count(*) FROM logged_set") ?? -1
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            return (exercises, sets, integrity == ["ok"] && foreignKeys.isEmpty)
        }
    }

    /// A folder of `copies` × the seeds, each under its own file name (so its own slug).
    static func manyDocuments(in wlog: WlogProcess, copies: Int) throws -> URL {
        let folder = wlog.folder.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for seed in ImportSource.seeds() {
            let stem = (seed.fileName as NSString).deletingPathExtension
            for copy in 0..<copies {
                try seed.data().write(to: folder.appendingPathComponent("\(stem)-\(copy).md"))
            }
        }
        return folder
    }

    /// Starts `wlog arguments…` and returns the running process.
    static func start(_ wlog: WlogProcess, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = WlogProcess.binary
        process.arguments = arguments + ["--db", wlog.database.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killingAnImportLeavesTheDatabaseAsBeforeOrAsAfter() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "plank", "--duration", "1m").status == 0)
        let pristine = wlog.folder.appendingPathComponent("pristine.sqlite")
        try FileManager.default.copyItem(at: wlog.database, to: pristine)
        let before = try Self.state(of: wlog.database)
        let folder = try Self.manyDocuments(in: wlog, copies: 20)
        let added = ImportSource.seeds().count * 20

        let clock = ContinuousClock()
        let full = clock.measure { _ = try? wlog.run("import", folder.path) }
        let after = try Self.state(of: wlog.database)
        #expect(after.exercises == before.exercises + added && after.sets == before.sets)

        let fullSeconds = Double(full.components.seconds) + Double(full.components.attoseconds) / 1e18
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<5 {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: wlog.database.path + suffix)
            }
            try FileManager.default.copyItem(at: pristine, to: wlog.database)
            let process = try Self.start(wlog, ["import", folder.path])
            let delay = Double.random(in: 0.05...max(0.1, fullSeconds), using: &generator)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let state = try Self.state(of: wlog.database)
            #expect(state.sound, "trial \(trial)")
            #expect(
                state.exercises == before.exercises || state.exercises == after.exercises,
                "trial \(trial): \(state.exercises) exercises")
            #expect(state.sets == before.sets, "trial \(trial)")
        }
    }

    @Test func killingAHistoryImportLeavesTheDatabaseAsBeforeOrAsAfter() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "plank", "--duration", "1m").status == 0)
        let exercises = [
            "Bench Press (Barbell)", "Squat (Barbell)", "Deadlift (Barbell)", "Pull Up", "Overhead Press (Barbell)",
        ]
        var csv =
            "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"
        let start = Date(timeIntervalSince1970: 1_600_000_000)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        var rows = 0
        for day in 0..<800 {
            let date = formatter.string(from: start.addingTimeInterval(Double(day) * 86400))
            for (index, exercise) in exercises.enumerated() {
                for set in 1...5 {
                    csv += "\(date),Day \(day),1h,\(exercise),\(set),\(40 + index * 10 + set),\(5 + set % 3),0,0,,,\n"
                    rows += 1
                }
            }
        }
        let file = wlog.folder.appendingPathComponent("strong.csv")
        try Data(csv.utf8).write(to: file)
        let pristine = wlog.folder.appendingPathComponent("pristine.sqlite")
        try FileManager.default.copyItem(at: wlog.database, to: pristine)
        let before = try Self.state(of: wlog.database)

        let clock = ContinuousClock()
        let full = clock.measure {
            _ = try? wlog.run("import", "history", file.path, "--from", "strong", "--unit", "kg")
        }
        let after = try Self.state(of: wlog.database)
        #expect(after.sets == before.sets + rows)

        let fullSeconds = Double(full.components.seconds) + Double(full.components.attoseconds) / 1e18
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<4 {
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: wlog.database.path + suffix)
            }
            try FileManager.default.copyItem(at: pristine, to: wlog.database)
            let process = try Self.start(wlog, ["import", "history", file.path, "--from", "strong", "--unit", "kg"])
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...max(0.1, fullSeconds), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let state = try Self.state(of: wlog.database)
            #expect(state.sound, "trial \(trial)")
            #expect(state.sets == before.sets || state.sets == after.sets, "trial \(trial): \(state.sets) sets")
            #expect(state.exercises == before.exercises || state.exercises == after.exercises, "trial \(trial)")
        }
    }

    @Test func eightProcessesRecordingFiftyTimesEachStoreFourHundredSets() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        let processes = 8
        let recordsEach = 50
        let failures = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: processes) { worker in
            for record in 0..<recordsEach {
                let result = try? wlog.run("record", "plank", "--duration", "\(worker * 1000 + record + 1)s")
                if result?.status != 0 { failures.increment() }
            }
        }
        #expect(failures.value == 0)
        let state = try Self.state(of: wlog.database)
        #expect(state.sets == processes * recordsEach)
        #expect(state.sound)
        let json = try wlog.run("history", "--format", "json").stdout
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(
            Set(entries.compactMap { $0["duration_s"] as? Double }).count == processes * recordsEach,
            "each set stored once")
    }

    @Test func aReadOnlyDatabaseGivesAClearErrorAndLosesNothing() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "plank", "--duration", "1m").status == 0)
        let files = FileManager.default
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wlog.folder.path)
        try files.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: wlog.database.deletingLastPathComponent().path)
        try files.setAttributes([.posixPermissions: 0o644], ofItemAtPath: wlog.database.path)
        let before = try Data(contentsOf: wlog.database)
        // As root every file is writable, so the attempt runs as an unprivileged user.
        let attempt = try wlog.run(
            [
                "--reuid=nobody", "--regid=nogroup", "--clear-groups", WlogProcess.binary.path,
                "record", "plank", "--duration", "2m", "--db", wlog.database.path,
            ],
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        #expect(attempt.status == 2, "\(attempt.stderr)")
        #expect(attempt.stderr.hasPrefix("wlog: "))
        #expect(!attempt.stderr.contains("Fatal error"))
        #expect(try Data(contentsOf: wlog.database) == before)
        #expect(try Self.state(of: wlog.database).sets == 1)
    }

    @Test func aFullDiskGivesAClearErrorAndLosesNothing() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "plank", "--duration", "1m").status == 0)
        let before = try Self.state(of: wlog.database)
        let folder = try Self.manyDocuments(in: wlog, copies: 10)
        let size =
            (try FileManager.default.attributesOfItem(atPath: wlog.database.path)[.size] as? NSNumber)?.intValue ?? 0
        let limitBlocks = size / 1024 + 64
        let script = "ulimit -f \(limitBlocks); exec \"$0\" import \"$1\" --db \"$2\""
        let full = try wlog.run(
            ["-c", script, WlogProcess.binary.path, folder.path, wlog.database.path],
            executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(full.status == 2, "\(full.stderr)")
        #expect(full.stderr.contains("full"), "\(full.stderr)")
        let after = try Self.state(of: wlog.database)
        #expect(after.exercises == before.exercises && after.sets == before.sets && after.sound)
    }

    @Test func aTruncatedDatabaseIsReportedNotCrashedOn() throws {
        let wlog = try WlogProcess()
        #expect(try wlog.run("import", "seeds").status == 0)
        #expect(try wlog.run("record", "plank", "--duration", "1m").status == 0)
        let handle = try FileHandle(forWritingTo: wlog.database)
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size / 3)
        try handle.close()
        for arguments in [["history"], ["search", "plank"], ["record", "plank", "--duration", "1m"], ["exercises"]] {
            let result = try wlog.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("wlog: "), "\(arguments)")
        }
    }
}
