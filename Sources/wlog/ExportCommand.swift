import ArgumentParser
import Foundation
import WlogCore

/// `wlog export exercises DIR`: writes every exercise document back as Markdown.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export data: `exercises DIR` writes every exercise document to DIR as Markdown."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("What to export.", valueName: "exercises"))
    var what: String

    @Argument(help: "The folder to write to; created if missing.")
    var directory: String

    func validate() throws {
        if what != "exercises" { throw ValidationError("Only `exercises` can be exported so far, not `\(what)`.") }
    }

    func run() throws {
        let store = try database.open()
        let documents = try ExerciseRepository(database: store).allDocuments()
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for document in documents {
            let file = folder.appendingPathComponent(DocumentRenderer.fileName(document))
            try Data(DocumentRenderer.markdown(document).utf8).write(to: file, options: .atomic)
        }
        print("\(documents.count) documents written to \(directory)")
    }
}
