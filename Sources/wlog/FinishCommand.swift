import ArgumentParser
import WlogCore

/// `wlog finish`: completes the active program's workout and runs its progressions.
struct FinishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finish",
        abstract:
            "Finish today's workout of the active program: run each progression on what was logged, move to the next day.",
        discussion:
            "A set not done, or fewer reps than prescribed, is a failure. With nothing logged since the last finish, nothing changes."
    )

    @OptionGroup var database: DatabaseOptions

    /// How the result is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let store = ProgramStore(database: try database.open())
        let report = try ProgramStoreFailure.reporting { try store.finish() }
        switch format {
        case .text: print(TrainingLayout.finish(report), terminator: "")
        case .json: print(try JSONOutput.encode(report), terminator: "")
        }
    }
}
