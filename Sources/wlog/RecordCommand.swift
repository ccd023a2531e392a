import ArgumentParser
import Foundation
import WlogCore

extension SetKind: ExpressibleByArgument {}

/// `wlog record EXERCISE --sets 3 --reps 12 --weight 40`: logs sets.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Log sets of an exercise.",
        discussion: """
            Lists give one value per set: --reps 12,10,8 --weight 40,45,50. A single value applies to every set.
            Weights: 40 (the default unit, see `wlog config unit`), 40kg, 90lb, bw, bw+10kg.
            A set joins the current session when its last set is recent (`wlog config session-gap`, 3h by default).
            With a program active (`wlog next`), an exercise of today's workout needs no values: its next prescribed set \
            is logged as prescribed (--sets N the next N, --all the rest); values given override the prescription. \
            A new session finishes the last workout first when it was left unfinished.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The exercise: slug, name, alias or a unique prefix.")
    var exercise: String

    @Option(parsing: .unconditional, help: "How many sets (1 to 100).")
    var sets: Int?

    @Option(parsing: .unconditional, help: "Reps: one number, or one per set (12,10,8).")
    var reps: String?

    @Option(parsing: .unconditional, help: "Weight: 40, 40kg, 90lb, bw or bw+10kg; or one per set.")
    var weight: String?

    @Option(parsing: .unconditional, help: "Time under work: 45s, 1m30s; or one per set.")
    var duration: String?

    @Option(parsing: .unconditional, help: "Distance: 400m, 1.2km; or one per set.")
    var distance: String?

    @Option(parsing: .unconditional, help: "Rate of perceived exertion, 1 to 10 in halves.")
    var rpe: String?

    @Option(parsing: .unconditional, help: "Reps in reserve, 0 to 10.")
    var rir: String?

    @Flag(help: "Mark the sets as warm-up sets.")
    var warmup = false

    @Option(help: "Set kind: warmup, working, drop or failure.")
    var kind: SetKind?

    @Option(parsing: .unconditional, help: "A note kept with each set.")
    var note: String?

    @Option(
        parsing: .unconditional,
        help: "When, in local time: \"2026-11-24 18:30\", 18:30, yesterday, \"2h ago\". Default: now.")
    var at: String?

    @Flag(help: "Log every set of the exercise left in today's workout of the active program.")
    var all = false

    @Flag(help: "Show what would be stored, and store nothing.")
    var dryRun = false

    func run() throws {
        let request = RecordRequest(
            sets: sets, reps: reps, weight: weight, duration: duration, distance: distance, rpe: rpe, rir: rir,
            kind: kind, warmup: warmup, note: note, at: at)
        let programOutcome = try ProgramStoreFailure.reporting {
            try ProgramStore(database: try database.open()).record(request, of: exercise, all: all, dryRun: dryRun)
        }
        if let finished = programOutcome.finishedFirst { Terminal.show(finished.finishedFirstText) }
        let outcome = programOutcome.record
        let performedAt = outcome.plan.performedAt
        guard let result = outcome.stored else {
            let preview = outcome.plan.sets.map(\.preview)
            Terminal.show(
                "Would record \(outcome.exercise.name): \(SetSummary.compact(preview)) at \(LogLayout.dateTime(performedAt, timeZone: .current)) (dry run, nothing stored)"
            )
            printLast(outcome.previous, now: performedAt, continuing: false)
            return
        }
        let numbers = result.entries.map(\.set.setNumber)
        let setRange = numbers.count == 1 ? "set \(numbers[0])" : "sets \(numbers.first ?? 0)–\(numbers.last ?? 0)"
        let session =
            result.openedSession ? "new session \(result.session.id ?? 0)" : "session \(result.session.id ?? 0)"
        Terminal.show(
            "Recorded \(outcome.exercise.name): \(SetSummary.compact(result.entries.map(\.set))) (\(session), \(setRange))"
        )
        printLast(outcome.previous, now: performedAt, continuing: outcome.continuesSession)
        for record in outcome.newRecords {
            Terminal.show(RecordText.announcement(record, unit: outcome.defaultUnit))
        }
        if let progress = programOutcome.progress { Terminal.show(progress.text) }
    }

    /// The working sets of the last earlier session with the exercise; `continuing` when this
    /// session already had some of it.
    private func printLast(_ previous: [HistoryEntry], now: Date, continuing: Bool) {
        guard let last = previous.first else {
            Terminal.show(continuing ? "first session with this exercise" : "first time logged")
            return
        }
        Terminal.show(
            "last: \(SetSummary.compact(previous.map(\.set))), \(RelativeTime.describe(last.set.performedAt, now: now))"
        )
    }
}
