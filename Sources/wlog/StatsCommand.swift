import ArgumentParser
import Foundation
import Rainbow
import WlogCore

/// `wlog stats EXERCISE [--since DATE]`: one exercise's progress.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "An exercise's progress: totals, best set, estimated 1RM, rep maxes and weekly trends.",
        discussion: """
            The 1RM is estimated with Epley (w × (1 + r/30)) and Brzycki (w × 36 / (37 − r)); sets of more \
            than 12 reps give less reliable estimates and are marked so. Warm-up sets are counted but left \
            out of every figure. Bodyweight, timed and distance exercises show reps, time or distance instead.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "The exercise: slug, name, alias or a unique prefix.")
    var exercise: String

    @OptionGroup var dates: DateFilterOptions<SinceFilter>

    func run() throws {
        let store = try database.open()
        let found = try InsightStore(database: store).exerciseSets(exercise, since: try dates.start())
        let stats = ExerciseStats.make(
            slug: found.slug, exercise: found.name, entries: found.entries, through: Date(), timeZone: .current)
        try output.print(
            json: ProgramResultsExport.json(
                InsightExport.stats(stats, timeZone: .current), found.programWorkouts, timeZone: .current),
            csv: {
                ProgramResultsExport.csv(
                    InsightExport.statsTable(stats, timeZone: .current), found.programWorkouts, timeZone: .current)
            },
            table: {
                InsightLayout.stats(
                    stats, unit: found.unit, timeZone: .current, ranged: dates.since != nil, heading: { $0.bold })
                    + ProgramResultsExport.table(
                        found.programWorkouts, unit: found.unit, timeZone: .current, heading: { $0.bold })
            })
    }
}
