import Foundation

/// Reads a history file of any known format: the format is the one given, or recognised from the
/// header (or, for wlog's JSON export, from the opening `[`). Every row is read and checked
/// before anything is written; all problems are reported together.
public enum HistoryFile {
    /// How a file is read.
    public struct Options: Sendable, Equatable {
        /// The format, or nil to recognise it.
        public var format: HistoryFormat?
        /// The weight unit of Strong exports whose weights carry none (Strong's unit setting);
        /// `nil` for the log's default unit (`wlog config unit`).
        public var strongUnit: WeightUnit?
        /// The time zone the file's wall-clock times are in.
        public var timeZone: TimeZone

        public init(format: HistoryFormat? = nil, strongUnit: WeightUnit? = nil, timeZone: TimeZone = .current) {
            self.format = format
            self.strongUnit = strongUnit
            self.timeZone = timeZone
        }
    }

    static func read(_ data: Data, path: String, options: Options) throws(HistoryImportFailure) -> ImportedHistory {
        let text = try decoded(data, path: path)
        if WlogReader.isJSON(text) { return try readJSON(text, path: path, options: options) }
        let table = try csvTable { () throws(HistoryImportError) in try CSVTable.read(text, path: path) }
        return try read(
            table, format: try format(of: table, path: path, options: options), path: path, options: options)
    }

    static func decoded(_ data: Data, path: String) throws(HistoryImportFailure) -> String {
        do {
            return try ExportText.decode(data, path: path)
        } catch {
            throw HistoryImportFailure(problems: [error])
        }
    }

    static func csvTable(_ read: () throws(HistoryImportError) -> CSVTable) throws(HistoryImportFailure)
        -> CSVTable
    {
        do {
            return try read()
        } catch {
            throw HistoryImportFailure(problems: [error])
        }
    }

    private static func readJSON(_ text: String, path: String, options: Options) throws(HistoryImportFailure)
        -> ImportedHistory
    {
        if let format = options.format, format != .wlog {
            throw failure(
                path, "this is a JSON file, not \(format.title)", hint: "leave out --from, or pass --from wlog")
        }
        return try WlogReader.readJSON(text, path: path)
    }

    /// The format of the file whose CSV header `table` read: the one given, else the one recognised.
    static func format(of table: CSVTable, path: String, options: Options) throws(HistoryImportFailure)
        -> HistoryFormat
    {
        let recognised = recognise(table.header)
        guard let format = options.format ?? recognised else {
            throw failure(
                path, "the header is not one of a Strong, Hevy, FitNotes or wlog export",
                hint: "check the file, or name its format with --from strong|hevy|fitnotes|wlog")
        }
        if let recognised, recognised != format {
            throw failure(
                path, "the header is that of \(recognised.title), not \(format.title)",
                hint: "leave out --from, or pass --from \(recognised.rawValue)")
        }
        return format
    }

    static func read(_ table: CSVTable, format: HistoryFormat, path: String, options: Options)
        throws(HistoryImportFailure) -> ImportedHistory
    {
        switch format {
        case .strong:
            guard StrongReader.matches(header: table.header) else {
                throw failure(path, "the header has no `Exercise Name` and `Set Order` columns, as Strong's has")
            }
            return try StrongReader.read(table, path: path, unit: options.strongUnit ?? .kg, timeZone: options.timeZone)
        case .hevy:
            guard HevyReader.matches(header: table.header) else {
                throw failure(path, "the header has no `exercise_title` and `set_index` columns, as Hevy's has")
            }
            return try HevyReader.read(table, path: path, timeZone: options.timeZone)
        case .fitnotes:
            guard FitNotesReader.matches(header: table.header) else {
                throw failure(
                    path, "the header has no `Exercise`, `Category` and `Weight (kgs)` columns, as FitNotes' has")
            }
            return try FitNotesReader.read(table, path: path, timeZone: options.timeZone)
        case .wlog:
            guard WlogReader.matches(header: table.header) else {
                throw failure(
                    path,
                    "the header lacks some of the fields of a wlog export (\(ExportedSet.fields.joined(separator: ",")))"
                )
            }
            return try WlogReader.read(table, path: path)
        }
    }

    /// The format whose header this is.
    static func recognise(_ header: [String]) -> HistoryFormat? {
        if WlogReader.matches(header: header) { return .wlog }
        if HevyReader.matches(header: header) { return .hevy }
        if StrongReader.matches(header: header) { return .strong }
        if FitNotesReader.matches(header: header) { return .fitnotes }
        return nil
    }

    static func failure(_ path: String, _ message: String, hint: String? = nil) -> HistoryImportFailure {
        HistoryImportFailure(problems: [HistoryImportError(path: path, line: 1, message: message, hint: hint)])
    }
}
