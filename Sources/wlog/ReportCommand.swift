import ArgumentParser
import Foundation
import WlogCore

/// `wlog report --out report.html`: the whole log as one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report: a calendar of training days, charts per exercise, the records.",
        discussion: "One file with inline CSS and SVG: no scripts, fonts or anything else to load, so it works offline."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The HTML file to write (replaced if it exists).", valueName: "path"))
    var out: String

    @OptionGroup var dates: DateFilterOptions<SinceFilter>

    func validate() throws {
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("Give the file to write, such as --out report.html.")
        }
    }

    func run() throws {
        let store = try database.open()
        let start = try dates.start()
        let progress = ProgressBar(label: "Reporting")
        defer { progress.finish() }
        let steps =
            Terminal.standardErrorIsTerminal
            ? { (done: Int, total: Int) in progress.update(done: done, total: total) } : nil
        let report = try InsightStore(database: store).report(
            since: start, now: Date(), timeZone: .current, progress: steps)
        try OutputFile.write(Data(ReportPage.html(report).utf8), to: out, protecting: database.protectedFiles)
        progress.finish()
        Terminal.show(
            "Wrote \(out): \(report.exercises.count) exercises, \(report.summary.trainingDays) training days, \(report.records.count) records"
        )
    }
}
