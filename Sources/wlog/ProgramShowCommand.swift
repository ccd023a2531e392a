import ArgumentParser
import WlogCore

/// `wlog program show FILE`: a week's or a day's workouts, weights resolved.
struct ProgramShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a program's workouts with weights resolved from the 1RMs given.")

    @OptionGroup var program: ProgramFileArgument

    @Option(help: "The week to show (from 1).")
    var week: Int = 1

    @Option(help: "The day of the week to show (from 1); every day of the week when left out.")
    var day: Int?

    @Option(name: .customLong("1rm"), parsing: .singleValue, help: ArgumentHelp("A one-rep max, such as squat=140kg; repeat for each exercise.", valueName: "exercise=weight"))
    var oneRepMaxes: [String] = []

    func run() throws {
        let parsed = try program.program()
        do {
            print(try ProgramLayout.week(parsed, week: week, day: day, oneRepMaxes: OneRepMaxes.parse(oneRepMaxes)), terminator: "")
        } catch {
            throw ReportedFailure(message: error.description, status: FailureReport.rejectedInput)
        }
    }
}
