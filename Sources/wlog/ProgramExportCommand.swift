import ArgumentParser
import Foundation
import WlogCore

/// `wlog program export NAME`: the program with its current weights written in, ready to edit and add again.
struct ProgramExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a stored program with its current weights, counters and state.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The program's name; the active one when left out.")
    var name: String?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp("Write to this file (created 0600) instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
        let store = ProgramStore(database: try database.open())
        let text = try ProgramStoreFailure.reporting { try store.program(named: name).exportText }
        if let output {
            try OutputFile.write(Data(text.utf8), to: output, protecting: database.protectedFiles)
        } else {
            try Terminal.writeOutput(text)
        }
    }
}
