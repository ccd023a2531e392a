import ArgumentParser
import Foundation
import WlogCore

/// `wlog program show [FILE|NAME]`: a week's or a day's workouts, weights resolved. An existing file is
/// read as a program (no database); otherwise the stored program of that name, or the active one.
struct ProgramShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract:
            "Show a program's workouts with weights resolved: a file, or a stored program (the active one by default).")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("A Liftoscript file, or the name of a stored program.", valueName: "file-or-name"))
    var target: String?

    @Option(help: "The week to show (from 1); for a stored program, the current week when left out.")
    var week: Int?

    @Option(help: "The day of the week to show (from 1); every day of the week when left out.")
    var day: Int?

    @Option(
        name: .customLong("1rm"), parsing: .singleValue,
        help: ArgumentHelp(
            "A one-rep max, such as squat=140kg; repeat for each exercise.", valueName: "exercise=weight"))
    var oneRepMaxes: [String] = []

    func run() throws {
        if let target, FileManager.default.fileExists(atPath: target) {
            let parsed = try ProgramFileArgument.parse(["--", target]).program()
            try show(parsed, week: week ?? 1, oneRepMaxes: OneRepMaxes())
            return
        }
        let store = ProgramStore(database: try database.open())
        let stored: StoredProgram
        do {
            stored = try ProgramStoreFailure.reporting { try store.program(named: target) }
        } catch let failure as ReportedFailure where target.map({ $0.contains("/") || $0.contains(".") }) == true {
            throw ReportedFailure(message: "\(target ?? ""): no such file; \(failure.message)", status: failure.status)
        }
        Terminal.show("\(stored.name)\(stored.isActive ? " (active)" : ""): next \(stored.position.text)")
        print()
        try show(stored.state, week: week ?? stored.position.week, oneRepMaxes: stored.oneRepMaxes)
    }

    func show(_ program: Program, week: Int, oneRepMaxes stored: OneRepMaxes) throws {
        do {
            var maxes = stored
            for (name, weight) in try OneRepMaxes.parse(oneRepMaxes).weights { maxes[name] = weight }
            print(try ProgramLayout.week(program, week: week, day: day, oneRepMaxes: maxes), terminator: "")
        } catch {
            throw ReportedFailure(message: error.description, status: FailureReport.rejectedInput)
        }
    }
}
