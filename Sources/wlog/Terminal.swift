import Foundation
@preconcurrency import Rainbow
import WlogCore

/// What the process writes to: whether it is a terminal, colour (only on a TTY, never with
/// `NO_COLOR`), error messages and a progress bar on standard error.
enum Terminal {
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Turns colour on only for a terminal and only when `NO_COLOR` is unset or empty.
    /// Writes text meant for a file (an export) to standard output as it comes: unchanged into a
    /// pipe or a file, with control characters shown, not obeyed, on a terminal.
    static func writeOutput(_ text: String) throws {
        try OutputFile.standardOutput(standardOutputIsTerminal ? TerminalText.lines(text) : text)
    }

    static func configureColour() {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        Rainbow.enabled = standardOutputIsTerminal && !noColour
    }

    /// `message` on standard error, each line after `wlog: `, control characters shown harmlessly.
    static func printError(_ message: String) {
        let lines = TerminalText.lines(message).split(separator: "\n", omittingEmptySubsequences: false)
        let text = lines.map { "wlog: \($0)" }.joined(separator: "\n")
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func printWarning(_ message: String) {
        printError(message)
    }

    /// One line of text for people on standard output, control characters shown harmlessly and a
    /// line break as ` ↵ ` (names and notes come from the user and from imported files).
    static func show(_ line: String) {
        print(TerminalText.cell(line))
    }
}

/// A one-line progress bar on standard error, drawn only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDrawn = -1
    private var finished = false

    init(label: String, enabled: Bool = Terminal.standardErrorIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = min(width, done * width / total)
        lock.lock()
        defer { lock.unlock() }
        guard !finished, filled != lastDrawn || done == total else { return }
        lastDrawn = filled
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done * 100 / total)%".utf8))
    }

    /// Runs `work`, which cannot say how far it has got (SQLite's `integrity_check` is one call),
    /// and once it has taken a second, shows the seconds it has taken, redrawn every second.
    func whileRunning<T>(_ work: () throws -> T) rethrows -> T {
        guard enabled else { return try work() }
        let started = Date()
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [self] in drawElapsed(seconds: Int(Date().timeIntervalSince(started))) }
        timer.resume()
        defer {
            timer.cancel()
            finish()
        }
        return try work()
    }

    private func drawElapsed(seconds: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard !finished else { return }
        lastDrawn = 0
        FileHandle.standardError.write(Data("\r\(label)… \(seconds) s".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        finished = true
        guard enabled, lastDrawn >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
