import ArgumentParser
import Rainbow
import WlogCore

/// `wlog show EXERCISE`: an exercise's document laid out for a terminal.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an exercise: its description, steps, tips, mistakes, benefits and how-to."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The exercise: slug, name, alias or a unique prefix.")
    var exercise: String

    func run() throws {
        let document = try ExerciseStore(database: try database.open()).document(named: exercise)
        print(
            DocumentLayout.render(document, style: .init(heading: { $0.bold }, label: { $0.bold }, dim: { $0.dim })),
            terminator: "")
    }
}
