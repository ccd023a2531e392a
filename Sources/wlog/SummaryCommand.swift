import ArgumentParser
import Foundation
import Rainbow
import WlogCore

/// `wlog summary [--week|--month|--since DATE]`: a period at a glance.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract:
            "Training days, sessions, sets per muscle group, volume and streaks, for this week (default), this month or since a day.",
        discussion: """
            Weeks are ISO weeks (Monday to Sunday, local time). A set counts for each primary muscle of its \
            exercise; warm-up sets are counted but left out of the figures. Streaks run over the whole log: \
            consecutive training days, and consecutive weeks with training.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Flag(help: "This week, since Monday (the default).")
    var week = false

    @Flag(help: "This calendar month.")
    var month = false

    @OptionGroup var dates: DateFilterOptions<SinceFilter>

    func validate() throws {
        if [week, month, dates.since != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Give one of --week, --month or --since.")
        }
    }

    func run() throws {
        let store = try database.open()
        let now = Date()
        let period: SummaryPeriod = try dates.start().map(SummaryPeriod.since) ?? (month ? .month : .week)
        let summary = try InsightStore(database: store).summary(of: period, now: now, timeZone: .current)
        try output.print(
            json: InsightExport.summary(summary, timeZone: .current), csv: { InsightExport.summaryTable(summary) },
            table: {
                InsightLayout.summary(summary, unit: summary.unit, timeZone: .current, heading: { $0.bold })
            })
    }
}
