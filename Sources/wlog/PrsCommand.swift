import ArgumentParser
import WlogCore

/// `wlog prs [--muscle M]`: the current personal records of every exercise.
struct PrsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prs",
        abstract: "The current personal records of each exercise.",
        discussion: """
            Records: e1rm (best Epley estimate from 1 to 12 reps), rep-max (heaviest load for exactly N reps), \
            added-load-rep-max (on bodyweight), most-reps, longest-hold, longest-distance. Only working, drop \
            and failure sets count; on a tie the earlier set keeps the record.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: "Only exercises that work this muscle (primary or secondary).")
    var muscle: String?

    func run() throws {
        let store = try database.open()
        let current = try InsightStore(database: store).records(muscle: muscle)
        let records = current.records
        try output.print(
            json: InsightExport.records(records, timeZone: .current),
            csv: { InsightExport.recordsTable(records, timeZone: .current) },
            table: {
                if records.isEmpty {
                    Terminal.printWarning("no records yet\(muscle.map { " for \($0)" } ?? ""); `wlog record` logs sets")
                }
                return InsightLayout.records(records, unit: current.unit, timeZone: .current).table()
            })
    }
}
