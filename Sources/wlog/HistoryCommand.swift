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

    @OptionGroup var dates: DateFilterOptions<RangeAndLastFilter>

    func run() throws {
        let store = try database.open()
        var filter = HistoryFilter(lastSessions: dates.last)
        filter.since = try dates.start()
        filter.until = try dates.end()
        let entries = try WorkoutLog(database: store).history(filter, exercise: exercise)
        try output.print(
            json: ExportedSet.list(entries, timeZone: .current),
            csv: {
                Tabular(
                    headers: ExportedSet.fields, rows: ExportedSet.list(entries, timeZone: .current).map(\.csvCells))
            },
            table: {
                if entries.isEmpty {
                    let range = dates.since == nil && dates.until == nil ? "yet" : "in that range"
                    Terminal.printWarning("no sets logged\(exercise.map { " for \($0)" } ?? "") \(range)")
                }
                return LogLayout.history(entries)
            })
    }
}
