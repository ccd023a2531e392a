import ArgumentParser
import Foundation
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
        let store = try database.open()
        let documents = try ExerciseRepository(database: store).allDocuments()
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let protected = database.protectedFiles
        for document in documents {
            let file = folder.appendingPathComponent(DocumentRenderer.fileName(document)).path
            try OutputFile.write(Data(DocumentRenderer.markdown(document).utf8), to: file, protecting: protected)
        }
        Terminal.show("\(documents.count) documents written to \(directory)")
    }
}
