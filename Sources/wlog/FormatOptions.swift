import ArgumentParser
import WlogCore

/// How a listing is written: aligned for people, JSON or CSV for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// The `--format` option of commands that list things, and the one place a listing is
/// printed in the format asked for.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    /// Prints `json` encoded as JSON, `csv` as CSV, or the text `table` makes for people; only
    /// the one asked for is computed. The text ends with its own line break.
    func print<Value: Encodable>(
        json: @autoclosure () throws -> Value, csv: () throws -> Tabular, table: () throws -> String
    ) throws {
        switch format {
        case .json: Swift.print(try JSONOutput.encode(json()), terminator: "")
        case .csv: Swift.print(try csv().csv(), terminator: "")
        case .table: Swift.print(try table(), terminator: "")
        }
    }

    /// Prints `items` as JSON, or `tabular` as a table or CSV.
    func print<Value: Encodable>(_ items: Value, as tabular: () -> Tabular) throws {
        try print(json: items, csv: tabular, table: { tabular().table() })
    }
}
