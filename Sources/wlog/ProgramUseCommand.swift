import ArgumentParser
import WlogCore

/// `wlog program use NAME`: the program `next` and `finish` follow.
struct ProgramUseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "use", abstract: "Make a stored program the active one.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The program's name.")
    var name: String

    func run() throws {
        let store = ProgramStore(database: try database.open())
        let summary = try ProgramStoreFailure.reporting { try store.use(name) }
        Terminal.show("Following \(summary.name); next: \(summary.position.text)")
    }
}
