import ArgumentParser
import WlogCore

/// `wlog export exercises DIR | history`: writes the store's data back out.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export data: `exercises DIR` writes every exercise document as Markdown; `history` writes the log.",
        subcommands: [ExportExercises.self, ExportHistoryCommand.self]
    )
}

/// `wlog export exercises DIR`: writes every exercise document back as Markdown.
struct ExportExercises: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "Write every exercise document to DIR as Markdown."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The folder to write to; created if missing.")
    var directory: String

    func run() throws {
        let written = try DocumentFolderExport.write(
            from: ExerciseStore(database: try database.open()), to: directory, protecting: database.protectedFiles)
        Terminal.show("\(written) documents written to \(directory)")
    }
}
