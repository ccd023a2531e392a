import ArgumentParser
import Foundation
import WlogCore

extension HistoryFormat: ExpressibleByArgument {}
extension WeightUnit: ExpressibleByArgument {}

/// `wlog import history FILE`: another app's history (or wlog's own export) into the log.
struct ImportHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Import workouts from a Strong, Hevy or FitNotes export, or from `wlog export history`.",
        discussion: """
            The format is recognised from the file's header unless --from names it. Every row is checked \
            before anything is written; a problem is reported as FILE:LINE and nothing is imported. \
            Workouts become sessions. Importing the same file again adds nothing, and a later export \
            that overlaps it adds only the new sets. Exercise names map onto the library (exact name, \
            slug or alias; then `Bench Press (Barbell)` as Bench Press with barbell equipment); names \
            that map to nothing become custom exercises.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The exported file (CSV, or JSON from `wlog export history --format json`).")
    var file: String

    @Option(help: "The file's format: strong, hevy, fitnotes or wlog. Default: recognised from the header.")
    var from: HistoryFormat?

    @Option(help: "The weight unit of a Strong export (Strong's unit setting). Default: `wlog config unit`.")
    var unit: WeightUnit?

    @Option(
        name: .customLong("map"),
        help: ArgumentHelp("Map an exercise of the file to one of yours (repeatable).", valueName: "name=slug"))
    var maps: [String] = []

    @Flag(help: "Show how exercises map and what would be added; write nothing.")
    var dryRun = false

    func run() throws {
        let store = try database.open()
        let overrides = try ExerciseMapError.parse(maps)
        let options = HistoryFile.Options(format: from, strongUnit: unit)
        let progress = ProgressBar(label: "Importing")
        let report =
            Terminal.standardErrorIsTerminal
            ? { (done: Int, total: Int) in progress.update(done: done, total: total) } : nil
        let summary = try WorkoutLog(database: store).importHistory(
            path: file, options: options, overrides: overrides, dryRun: dryRun, progress: report)
        progress.finish()
        let skipped = summary.skippedRows > 0 ? " (\(counted(summary.skippedRows, "row")) without a set left out)" : ""
        Terminal.show(
            "Read \(file): \(summary.format.title), \(counted(summary.workouts, "workout")), \(counted(summary.sets, "set"))\(skipped)"
        )
        for name in summary.unusedOverrides {
            Terminal.printWarning("--map \"\(name)=…\" is not used: the file has no exercise of that name")
        }
        if dryRun {
            Terminal.show("Exercises:")
            let width = summary.mappings.map { TerminalText.cell($0.fileName).count }.max() ?? 0
            for mapping in summary.mappings {
                let target = mapping.isNew ? "new custom exercise \(mapping.slug)" : "\(mapping.slug)"
                Terminal.show(
                    "  \(TerminalText.cell(mapping.fileName).padding(toLength: width, withPad: " ", startingAt: 0))  → \(target) (\(counted(mapping.sets, "set")))"
                )
            }
            Terminal.show(
                "Would add \(counted(summary.addedSets, "set")) in \(counted(summary.addedSessions, "session")); "
                    + "\(summary.presentSets) in the log already (dry run, nothing written)")
            return
        }
        Terminal.show(
            "Added \(counted(summary.addedSets, "set")) in \(counted(summary.addedSessions, "session")); \(summary.presentSets) were in the log already"
        )
        if !summary.newExercises.isEmpty {
            Terminal.show(
                "New custom exercises: "
                    + summary.newExercises.map { "\($0.fileName) → \($0.slug)" }.joined(separator: ", "))
        }
    }
}
