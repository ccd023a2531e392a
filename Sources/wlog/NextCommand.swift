import ArgumentParser
import Rainbow
import WlogCore

/// `wlog next`: the next workout of the active program.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract:
            "Show the next workout of the active program: sets, weights, plates, rest, and what you lifted last time.",
        discussion: "Barbell weights round to what the bar and plates of `wlog config` load.")

    /// How the workout is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let store = ProgramStore(database: try database.open())
        let workout = try ProgramStoreFailure.reporting { try store.next() }
        switch format {
        case .text: print(TrainingLayout.next(workout, heading: { $0.bold }), terminator: "")
        case .json: print(try JSONOutput.encode(workout), terminator: "")
        }
    }
}
