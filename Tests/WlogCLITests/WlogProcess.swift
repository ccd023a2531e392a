import Foundation

/// Runs the real `wlog` binary built beside the tests, against a temporary database.
struct WlogProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built binary: next to the test bundle, where SwiftPM puts every product of a build.
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        .flatMap { [$0.appendingPathComponent("wlog"), $0.deletingLastPathComponent().appendingPathComponent("wlog")] }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// The folder that holds every `folder` of this test process, under the system's temporary
    /// folder; removed with all it holds when the process exits.
    static let temporaryRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wlog-cli-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: WlogProcess.temporaryRoot) }
        return root
    }()

    /// A new empty folder, also used as the working directory; removed when the tests end.
    let folder: URL
    var database: URL { folder.appendingPathComponent("data/wlog.sqlite") }

    init() throws {
        folder = Self.temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Runs `wlog arguments…` in `folder` with `WLOG_DB` pointing at `database`.
    @discardableResult
    func run(_ arguments: String..., executable: URL = binary, environment extra: [String: String] = [:]) throws
        -> Result
    {
        try run(arguments, executable: executable, environment: extra)
    }

    @discardableResult
    func run(_ arguments: [String], executable: URL = binary, environment extra: [String: String] = [:]) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["WLOG_DB"] = database.path
        environment.removeValue(forKey: "NO_COLOR")
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    func write(_ text: String, to name: String) throws {
        let file = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}

/// A counter that concurrent workers can bump.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
