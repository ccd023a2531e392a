import ArgumentParser
import WlogCore

/// `wlog program simulate FILE --sessions N`: the program run forward, with every change its progressions make.
struct ProgramSimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract:
            "Run a program forward as if every set was done (AMRAP sets at their written reps unless --amrap-extra), with the failures given."
    )

    /// How the sessions are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var program: ProgramFileArgument

    @Option(help: "How many sessions to run (1 to 1000).")
    var sessions: Int

    @Option(
        name: .customLong("1rm"), parsing: .singleValue,
        help: ArgumentHelp(
            "A one-rep max, such as squat=140kg; repeat for each exercise.", valueName: "exercise=weight"))
    var oneRepMaxes: [String] = []

    @Option(
        parsing: .singleValue,
        help: ArgumentHelp(
            "An exercise that falls one rep short on its last set in a session, such as squat@3; repeat as needed.",
            valueName: "exercise@session"))
    var fail: [String] = []

    @Option(
        name: .customLong("amrap-extra"),
        help: ArgumentHelp("Reps past the written minimum that every AMRAP set gets (0 to 100).", valueName: "reps"))
    var amrapExtraReps = 0

    @Option(
        help: ArgumentHelp(
            "The lifter's bodyweight for update scripts that read it, such as 80kg.", valueName: "weight"))
    var bodyweight: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let parsed = try program.program()
        do {
            let simulation = try ProgramSimulator.run(
                parsed, sessions: sessions, oneRepMaxes: OneRepMaxes.parse(oneRepMaxes),
                failures: fail.map(SimulatedFailure.parse),
                amrapExtraReps: amrapExtraReps, bodyweight: bodyweight.map(ProgramWeight.parseBodyweight))
            switch format {
            case .text: print(ProgramLayout.simulation(simulation), terminator: "")
            case .json: print(try JSONOutput.encode(simulation.sessions), terminator: "")
            }
        } catch let error as ProgramUseError {
            throw ReportedFailure(message: error.description, status: FailureReport.rejectedInput)
        }
    }
}
