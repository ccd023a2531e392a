import ArgumentParser
import Foundation
import WlogCore

/// `wlog history [EXERCISE]`: what was done, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show logged sets, newest first, grouped by session and exercise.",
        discussion: "JSON and CSV give one entry per set: \(ExportedSet.fields.joined(separator: ", ")).")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "Only this exercise.")
    var exercise: String?

    @Option(help: "From this day or time on (2026-11-01, yesterday, \"3 days ago\").")
    var since: String?

    @Option(help: "Up to and including this day, or before this time.")
    var until: String?

    @Option(help: "Only the newest N sessions.")
    var last: Int?

    func validate() throws {
        if let last, last < 1 { throw ValidationError("--last must be at least 1, not \(last).") }
    }

    func run() throws {
        let store = try database.open()
        var filter = HistoryFilter(lastSessions: last)
        filter.since = try since.map { text throws(LogInputError) in try DayBound.start(of: text, option: "--since") }
        filter.until = try until.map { text throws(LogInputError) in try DayBound.end(of: text, option: "--until") }
        let entries = try WorkoutLog(database: store).history(filter, exercise: exercise)
        let exported = entries.map { ExportedSet($0, timeZone: .current) }
        switch output.format {
        case .json: print(try JSONOutput.encode(exported), terminator: "")
        case .csv: print(try Tabular(headers: ExportedSet.fields, rows: exported.map(\.csvCells)).csv(), terminator: "")
        case .table:
            if entries.isEmpty {
                let range = since == nil && until == nil ? "yet" : "in that range"
                Terminal.printWarning("no sets logged\(exercise.map { " for \($0)" } ?? "") \(range)")
            }
            print(LogLayout.history(entries), terminator: "")
        }
    }
}
