import ArgumentParser
import WlogCore

/// `wlog import seeds | PATH... | history FILE`: exercise documents, or another app's history.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import exercise documents (`seeds`, files, folders, free-exercise-db's JSON), or `history FILE`.",
        discussion: """
            `wlog import seeds` and `wlog import PATH...` import exercise documents (the default subcommand, \
            `documents`); `wlog import history FILE` imports workouts from Strong, Hevy, FitNotes or wlog's own export.
            """,
        subcommands: [ImportDocuments.self, ImportHistoryCommand.self],
        defaultSubcommand: ImportDocuments.self)
}

/// `wlog import seeds | PATH...`: imports exercise documents into the content store.
struct ImportDocuments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents",
        abstract: "Import exercise documents: `seeds` for the bundled library, or files and folders.",
        discussion: """
            Folders are searched recursively for .md, .markdown and .txt files. The import is one \
            transaction: if a file is invalid, nothing is imported (every problem is listed). Importing the same \
            documents again changes nothing. A JSON file shaped like free-exercise-db's exercises.json \
            gives one exercise per record (those the library has already are left out).
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .long, help: "Import the valid files and list the invalid ones, instead of importing nothing.")
    var skipInvalid = false

    @Argument(help: ArgumentHelp("`seeds`, or document files and folders.", valueName: "seeds|path"))
    var sources: [String] = []

    func validate() throws {
        if sources.isEmpty { throw ValidationError("Name what to import: `wlog import seeds`, or files and folders.") }
    }

    func run() throws {
        let store = try database.open()
        let (documents, problems) = ImportSource.named(sources)
        let progress = ProgressBar(label: "Importing \(documents.count) documents")
        defer { progress.finish() }
        let report: @Sendable (Int, Int) -> Void = { done, total in progress.update(done: done, total: total) }
        let summary = try DocumentImporter(database: store).run(
            documents, problems: problems, skipInvalid: skipInvalid,
            progress: documents.count >= 200 ? report : nil)
        progress.finish()
        for skipped in summary.skipped {
            Terminal.printWarning("skipped \(skipped)")
        }
        Terminal.show("\(summary)")
    }
}
