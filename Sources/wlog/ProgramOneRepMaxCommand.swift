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
        let opened = try database.open()
        let input = try WeightInput.parse(
            weight, defaultUnit: try SettingsStore(database: opened).load().defaultUnit, option: "WEIGHT")
        guard let amount = input.amount, !input.bodyweight else {
            throw ReportedFailure(message: "WEIGHT: give a weight such as 140kg", status: FailureReport.rejectedInput)
        }
        let weight = ProgramWeight(amount, input.unit)
        let name = try ProgramStoreFailure.reporting {
            try ProgramStore(database: opened).setOneRepMax(exercise, weight, program: program.name)
        }
        Terminal.show("\(name): 1RM \(weight.text)")
    }
}
