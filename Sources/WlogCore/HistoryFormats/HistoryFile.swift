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
        let text: String
        do {
            text = try ExportText.decode(data, path: path)
        } catch {
            throw HistoryImportFailure(problems: [error])
        }
        if WlogReader.isJSON(text) {
            if let format = options.format, format != .wlog {
                throw failure(
                    path, "this is a JSON file, not \(format.title)", hint: "leave out --from, or pass --from wlog")
            }
            return try WlogReader.readJSON(text, path: path)
        }
        let table: CSVTable
        do {
            table = try CSVTable.read(text, path: path)
        } catch {
            throw HistoryImportFailure(problems: [error])
        }
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

    private static func failure(_ path: String, _ message: String, hint: String? = nil) -> HistoryImportFailure {
        HistoryImportFailure(problems: [HistoryImportError(path: path, line: 1, message: message, hint: hint)])
    }
}
