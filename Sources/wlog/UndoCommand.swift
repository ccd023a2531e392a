import ArgumentParser
import WlogCore

/// `wlog undo`: removes what the last `record` stored.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Remove exactly the sets the last `wlog record` stored.")

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        guard let result = try WorkoutLog(database: try database.open()).undo(), let first = result.entries.first else {
            Terminal.show("Nothing to undo")
            return
        }
        let ids = result.entries.compactMap(\.set.id).map(String.init).joined(separator: ", ")
        Terminal.show("Removed \(first.exercise): \(SetSummary.compact(result.entries.map(\.set))) (set ids \(ids))"
              + (result.removedSession ? " and the session it opened" : ""))
    }
}
