import ArgumentParser
import WlogCore

/// `wlog exercises [list|add]`: the exercises of the content store.
struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List exercises, or add one of your own.",
        subcommands: [ListExercises.self, AddExercise.self],
        defaultSubcommand: ListExercises.self
    )
}

/// `wlog exercises [list]`: lists exercises, optionally filtered.
struct ListExercises: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List exercises, optionally by muscle or equipment."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "Only exercises that work this muscle (primary or secondary).")
    var muscle: String?

    @Option(name: .long, help: "Only exercises that use this equipment.")
    var equipment: String?

    func run() throws {
        let listing = try ExerciseStore(database: try database.open()).listing(muscle: muscle, equipment: equipment)
        let exercises = listing.exercises
        try output.print(exercises) {
            Tabular(
                headers: ["slug", "name", "equipment", "muscles"],
                rows: exercises.map { [$0.slug, $0.name, $0.equipment ?? "", $0.muscles.joined(separator: ", ")] })
        }
        if exercises.isEmpty, output.format == .table {
            Terminal.printWarning(
                listing.libraryIsEmpty
                    ? "the library is empty; run `wlog import seeds` to load it"
                    : "no exercise matches those filters")
        }
    }
}

/// `wlog exercises add NAME`: a custom exercise, recordable at once.
struct AddExercise: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract:
            "Add an exercise of your own, such as `wlog exercises add \"Zercher Squat\" --equipment barbell --muscle quadriceps`."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Its name.")
    var name: String

    @Option(help: "The equipment it uses.")
    var equipment: String?

    @Option(help: "A muscle it works (repeat for more).")
    var muscle: [String] = []

    func run() throws {
        let exercise = try ExerciseStore(database: try database.open()).addCustom(
            name: name, equipment: equipment, muscles: muscle)
        Terminal.show("Added \(exercise.name) as \(exercise.slug)")
    }
}
