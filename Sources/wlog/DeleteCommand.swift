import ArgumentParser
import Foundation
import WlogCore

/// `wlog delete set ID` and `wlog delete session ID`.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a set or a whole session (asks first on a terminal; --yes otherwise).",
        subcommands: [DeleteSet.self, DeleteSession.self])

    /// Asks on a terminal; elsewhere requires --yes, so a script never deletes by accident.
    static func confirm(_ question: String, yes: Bool) throws {
        if yes { return }
        guard Terminal.standardInputIsTerminal else {
            throw ReportedFailure(
                message: "\(question): pass --yes to delete without a prompt", status: FailureReport.rejectedInput)
        }
        print("\(TerminalText.cell(question)) [y/N] ", terminator: "")
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        guard answer == "y" || answer == "yes" else {
            throw ReportedFailure(message: "nothing deleted", status: FailureReport.rejectedInput)
        }
    }

    /// `wlog delete set ID`.
    struct DeleteSet: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Delete one set by id.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The set id (see `wlog history --format csv`).")
        var id: Int64
        @Flag(help: "Do not ask.")
        var yes = false

        func run() throws {
            let log = WorkoutLog(database: try database.open())
            let entry = try log.entry(id: id)
            try DeleteCommand.confirm(
                "Delete set \(id), \(entry.exercise) \(SetSummary.compact([entry.set]))?", yes: yes)
            let deleted = try log.deleteSet(id: id)
            Terminal.show(
                "Deleted set \(id): \(entry.exercise) \(SetSummary.compact([entry.set]))"
                    + (deleted.removedSession.map { "; session \($0), left empty, went with it" } ?? ""))
        }
    }

    /// `wlog delete session ID`.
    struct DeleteSession: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "session", abstract: "Delete a session and every set in it.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The session id (see `wlog sessions`).")
        var id: Int64
        @Flag(help: "Do not ask.")
        var yes = false

        func run() throws {
            let log = WorkoutLog(database: try database.open())
            let summary = try log.session(id: id)
            try DeleteCommand.confirm("Delete session \(id) and its \(summary.sets) sets?", yes: yes)
            let deleted = try log.deleteSession(id: id)
            Terminal.show("Deleted session \(id) and its \(deleted.sets) sets")
        }
    }
}
