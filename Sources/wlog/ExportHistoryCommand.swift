import ArgumentParser
import Foundation
import WlogCore

extension HistoryExportFormat: ExpressibleByArgument {}

/// `wlog export history [EXERCISE] [--format csv|json|strong] [--out FILE]`: the log as a file.
struct ExportHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Write the log (or part of it) as CSV, JSON or Strong's CSV, oldest first.",
        discussion: """
            csv and json have the fields of `wlog history --format json` and the session's: \(WlogWriter.fields.joined(separator: ", ")). \
            `wlog import history` reads all three back. Strong's format keeps one time per workout, \
            weights in one unit (--unit) and no reps in reserve.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Only this exercise.")
    var exercise: String?

    @Option(help: "csv, json or strong.")
    var format: HistoryExportFormat = .csv

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @OptionGroup var dates: DateFilterOptions<RangeFilter>

    @Option(help: "The weight unit of a Strong export. Default: `wlog config unit`.")
    var unit: WeightUnit?

    func run() throws {
        let store = try database.open()
        var filter = HistoryFilter()
        filter.since = try dates.start()
        filter.until = try dates.end()
        let log = WorkoutLog(database: store)
        let progress = ProgressBar(label: "Exporting")
        defer { progress.finish() }
        let report =
            Terminal.standardErrorIsTerminal
            ? { (done: Int, total: Int) in progress.update(done: done, total: total) } : nil
        guard let out else {
            _ = try log.exportHistory(
                filter, exercise: exercise, format: format, unit: unit, progress: report,
                write: Terminal.writeOutput)
            return
        }
        let sets = try OutputFile.stream(to: out, protecting: database.protectedFiles) { append in
            try log.exportHistory(
                filter, exercise: exercise, format: format, unit: unit, progress: report, write: append)
        }
        progress.finish()
        Terminal.show("\(sets) sets written to \(out)")
    }
}
