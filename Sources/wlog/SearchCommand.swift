import ArgumentParser
import Rainbow
import WlogCore

/// `wlog search QUERY`: full-text search over the library.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search exercise names, aliases and text; best matches first."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "At most this many results.")
    var limit = 20

    @Argument(help: "Words to look for; the last may be the start of a word.")
    var query: [String] = []

    func validate() throws {
        if query.isEmpty { throw ValidationError("Give words to search for, such as `wlog search glute bridge`.") }
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit).") }
    }

    func run() throws {
        let store = try database.open()
        let hits = try ExerciseStore(database: store).search(query.joined(separator: " "), limit: limit)
        let plain = hits.map { hit -> ExerciseSearch.Hit in
            var copy = hit
            copy.snippet = hit.snippet { $0 }
            return copy
        }
        let csvTable = {
            Tabular(
                headers: ["slug", "name", "equipment", "snippet"],
                rows: plain.map { [$0.slug, $0.name, $0.equipment ?? "", $0.snippet] })
        }
        try output.print(
            json: plain, csv: csvTable,
            table: {
                if hits.isEmpty { Terminal.printWarning("nothing matches \"\(query.joined(separator: " "))\"") }
                return hits.map { hit in
                    let equipment = hit.equipment.map { " (\(TerminalText.cell($0)))" } ?? ""
                    return "\(TerminalText.cell(hit.slug).bold)  \(TerminalText.cell(hit.name))\(equipment)\n"
                        + "    "
                        + hit.snippet(highlight: { TerminalText.cell($0).yellow.bold }, plain: TerminalText.cell) + "\n"
                }.joined()
            })
    }
}
