import ArgumentParser
import WlogCore

/// `wlog program 1rm EXERCISE WEIGHT`: the 1RM or training max a program's percentages use.
struct ProgramOneRepMaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "1rm", abstract: "Set the 1RM or training max of an exercise of a program.",
        discussion: "Without one, percentages use the best estimate in the log; the program's scripts may change it.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var program: ProgramNameOption

    @Argument(help: "The exercise, as the program names it.")
    var exercise: String

    @Argument(help: "The weight, such as 140kg or 315lb.")
    var weight: String

    func run() throws {
        let store = ProgramStore(database: try database.open())
        let stored = try ProgramStoreFailure.reporting {
            try store.setOneRepMax(exercise, weight: weight, program: program.name)
        }
        Terminal.show("\(stored.exercise): 1RM \(stored.weight.text)")
    }
}
