import ArgumentParser
import WlogCore

/// `wlog program position --week N --day D`: moves to another workout of the program.
struct ProgramPositionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "position", abstract: "Set the week and day of the next workout.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var program: ProgramNameOption

    @Option(help: "The week, from 1.")
    var week: Int

    @Option(help: "The day of the week, from 1.")
    var day: Int = 1

    func run() throws {
        let store = ProgramStore(database: try database.open())
        let position = try ProgramStoreFailure.reporting {
            try store.setPosition(TrainingPosition(week: week, day: day), program: program.name)
        }
        Terminal.show("Next: \(position.text)")
    }
}
