import ArgumentParser
import Foundation
import WlogCore

/// `wlog finish`: completes the active program's workout and runs its progressions.
struct FinishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finish",
        abstract:
            "Finish today's workout of the active program: run each progression on what was logged, move to the next day.",
        discussion:
            """
            A set not done, or fewer reps than prescribed, is a failure. With nothing logged since the last finish, \
            nothing changes. --at back-dates the finish, as `record --at` back-dates a set.
            """
    )

    @OptionGroup var database: DatabaseOptions

    /// How the result is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(
        parsing: .unconditional,
        help:
            "When the workout was finished, in local time: \"2026-11-24 18:30\", 18:30, yesterday, \"2h ago\". Default: now."
    )
    var at: String?

    func run() throws {
        let finishedAt = try Self.finishTime(at, now: Date())
        let store = ProgramStore(database: try database.open())
        let report = try ProgramStoreFailure.reporting { try store.finish(now: finishedAt) }
        switch format {
        case .text: print(TrainingLayout.finish(report), terminator: "")
        case .json: print(try JSONOutput.encode(report), terminator: "")
        }
    }

    /// The time `--at` names, read as `record --at` reads it; nil is now. Before 1900 or after now is refused.
    static func finishTime(_ text: String?, now: Date) throws(LogInputError) -> Date {
        guard let text else { return now }
        let date = try TimeExpression.parse(text, now: now, timeZone: .current)
        if let problem = LoggedTimeBounds.problem(with: date, now: now) {
            throw LogInputError(
                option: "--at", value: text, expected: "a time that is not \(problem) (from 1900 up to now)")
        }
        return date
    }
}
