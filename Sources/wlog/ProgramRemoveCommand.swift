import ArgumentParser
import WlogCore

/// `wlog program remove NAME`: forgets a program; the sets logged with it stay.
struct ProgramRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a stored program and its state; logged sets stay.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The program's name.")
    var name: String

    func run() throws {
        let store = ProgramStore(database: try database.open())
        let removed = try ProgramStoreFailure.reporting { try store.remove(name) }
        Terminal.show(
            "Removed \(removed.name)\(removed.isActive ? " (it was active; no program is now)" : ""); the sets logged with it stay"
        )
    }
}
