import ArgumentParser
import WlogCore

/// `wlog edit set ID --reps … --weight …`: corrects a logged set.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct a logged set.",
        subcommands: [EditSet.self])

    /// `wlog edit set ID`.
    struct EditSet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Change the values of one set; others stay as they are.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The set id (see `wlog history --format csv`).")
        var id: Int64
        @Option(parsing: .unconditional, help: "Reps.") var reps: String?
        @Option(parsing: .unconditional, help: "Weight: 40, 40kg, 90lb, bw, bw+10kg.") var weight: String?
        @Option(parsing: .unconditional, help: "Duration: 45s, 1m30s.") var duration: String?
        @Option(parsing: .unconditional, help: "Distance: 400m, 1.2km.") var distance: String?
        @Option(parsing: .unconditional, help: "RPE, 1 to 10.") var rpe: String?
        @Option(parsing: .unconditional, help: "Reps in reserve, 0 to 10.") var rir: String?
        @Option(help: "warmup, working, drop or failure.") var kind: SetKind?
        @Option(parsing: .unconditional, help: "The note (empty to remove it).") var note: String?
        @Option(
            parsing: .unconditional, help: "When it was done, in local time; the set moves to the session of that time."
        ) var at: String?

        var changes: SetChanges {
            SetChanges(
                reps: reps, weight: weight, duration: duration, distance: distance, rpe: rpe, rir: rir, kind: kind,
                note: note, at: at)
        }

        func validate() throws {
            if changes.isEmpty { throw ValidationError("Say what to change, such as --reps 10 or --weight 42.5kg.") }
        }

        func run() throws {
            Terminal.show(ChangeText.edit(try WorkoutLog(database: try database.open()).editSet(id: id, changes)))
        }
    }
}
