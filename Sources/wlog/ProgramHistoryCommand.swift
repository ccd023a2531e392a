import ArgumentParser
import Foundation
import WlogCore

/// `wlog program history [NAME]`: every change the program's progressions made.
struct ProgramHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List every change a program's progressions made, with its date.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: "The program's name; the active one when left out.")
    var name: String?

    func run() throws {
        let store = ProgramStore(database: try database.open())
        let entries = try ProgramStoreFailure.reporting { try store.history(name) }
        if entries.isEmpty, output.format == .table {
            Terminal.show("No changes yet: `wlog finish` runs the progressions")
            return
        }
        try output.print(entries) {
            Tabular(
                headers: ["date", "workout", "exercise", "weight", "change"],
                rows: entries.map { entry in
                    let weight =
                        entry.weightBefore.map { before in
                            before + (entry.weightAfter.map { $0 == before ? "" : " → \($0)" } ?? "")
                        } ?? ""
                    return [
                        entry.finishedAt.formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day()),
                        "week \(entry.week) day \(entry.day)", entry.exercise, weight, entry.message,
                    ]
                })
        }
    }
}
