import ArgumentParser
import Foundation
import WlogCore

/// `wlog program add FILE [--name NAME] [--create-missing]`: validates a program and stores it.
struct ProgramAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Store a program to train from; adding a changed file under the same name keeps its progress.",
        discussion:
            """
            `wlog program add seeds` adds every bundled program under its name (alternating-ab, ...); adding them \
            again changes nothing. Exercise names resolve against the library as imports do. The first program \
            added becomes the active one.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(
        help: ArgumentHelp(
            "The program: a Liftoscript text file, or `seeds` for the bundled programs.", valueName: "file"))
    var file: String

    @Option(help: "The program's name; the file's name without its extension when left out.")
    var name: String?

    @Flag(help: "Add the exercises the library lacks as custom exercises instead of refusing.")
    var createMissing = false

    func validate() throws {
        if file == "seeds", name != nil { throw ValidationError("--name cannot rename the bundled programs.") }
    }

    func run() throws {
        if file == "seeds" {
            let store = ProgramStore(database: try database.open())
            let outcome = try ProgramStoreFailure.reporting { try store.addBundled(createMissing: createMissing) }
            print(outcome.text, terminator: "")
            return
        }
        let source: String
        do {
            source = try ProgramFile.read(file)
        } catch {
            throw ReportedFailure(message: error.description, status: FailureReport.rejectedInput)
        }
        let store = ProgramStore(database: try database.open())
        let chosen = name ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        do {
            let outcome = try ProgramStoreFailure.reporting {
                try store.add(source: source, name: chosen, createMissing: createMissing)
            }
            let summary = try store.list().first { $0.name.lowercased() == outcome.name.lowercased() }
            if let summary { print(TrainingLayout.added(outcome, summary: summary), terminator: "") }
        } catch let error as ProgramDiagnosticList {
            Terminal.printDiagnostics(error.rendered(file: file, source: source))
            throw ExitCode(FailureReport.rejectedInput)
        }
    }
}
