import ArgumentParser
import WlogCore

/// `wlog exercises`: lists the exercises of the content store.
struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List exercises, optionally by muscle or equipment."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "Only exercises that work this muscle (primary or secondary).")
    var muscle: String?

    @Option(name: .long, help: "Only exercises that use this equipment.")
    var equipment: String?

    func run() throws {
        let store = try database.open()
        let exercises = try ExerciseRepository(database: store).summaries(muscle: muscle, equipment: equipment)
        try output.print(exercises) {
            Tabular(
                headers: ["slug", "name", "equipment", "muscles"],
                rows: exercises.map { [$0.slug, $0.name, $0.equipment ?? "", $0.muscles.joined(separator: ", ")] })
        }
        if exercises.isEmpty, output.format == .table {
            Terminal.printWarning(try ExerciseRepository(database: store).count() == 0
                ? "the library is empty; run `wlog import seeds` to load it"
                : "no exercise matches those filters")
        }
    }
}
