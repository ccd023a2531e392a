import ArgumentParser
import Foundation
import WlogCore

/// `wlog undo`: takes back the latest change to the log, and only that one.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Take back the latest change: a record, an import, an edit, a delete or a finished workout.",
        discussion:
            "Says what it took back and when. A change more than an hour old is undone only after a yes on a terminal, or with --yes."
    )

    /// Older than this, undo asks first.
    static let askAfter: TimeInterval = 3600

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Do not ask, even when the latest change is more than an hour old.")
    var yes = false

    func run() throws {
        let log = WorkoutLog(database: try database.open())
        guard let change = try log.latestChange() else {
            Terminal.show("Nothing to undo")
            return
        }
        let now = Date()
        if now.timeIntervalSince(change.madeAt) > Self.askAfter, !yes {
            let pending = ChangeText.pending(change, now: now)
            guard Terminal.standardInputIsTerminal else {
                throw ReportedFailure(
                    message:
                        "the latest change is \(pending), more than an hour ago; nothing was undone: pass --yes to take it back",
                    status: FailureReport.rejectedInput)
            }
            print(TerminalText.cell("Undo \(pending)? [y/N] "), terminator: "")
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
            guard answer == "y" || answer == "yes" else {
                throw ReportedFailure(message: "nothing was undone", status: FailureReport.rejectedInput)
            }
        }
        Terminal.show(ChangeText.undone(try log.undo(change), now: now))
    }
}
