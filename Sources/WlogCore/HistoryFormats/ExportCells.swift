import Foundation

/// Reads the cells of one record of an export, each value checked, every problem reported at the
/// record's line with the column's name.
struct ExportCells {
    let record: CSVTable.Record
    let path: String
    /// Whether `12,5` is a number (the file is not comma-separated).
    let decimalComma: Bool

    init(_ record: CSVTable.Record, in table: CSVTable, path: String) {
        self.record = record
        self.path = path
        decimalComma = table.delimiter != ","
    }

    var line: Int { record.line }

    func problem(_ message: String, hint: String? = nil) -> HistoryImportError {
        HistoryImportError(path: path, line: record.line, message: message, hint: hint)
    }

    /// The cell, trimmed; empty when the column is absent.
    func text(_ column: Int?) -> String {
        guard let column, record.cells.indices.contains(column) else { return "" }
        return CellTrimming.trimmed(record.cells[column], newlines: false)
    }

    /// The cell with its line breaks kept (notes), or nil when blank.
    func note(_ column: Int?) -> String? {
        guard let column, record.cells.indices.contains(column) else { return nil }
        let text = CellTrimming.trimmed(record.cells[column], newlines: true)
        return text.isEmpty ? nil : text
    }

    /// A number that is not negative; nil when the cell is empty.
    func number(_ column: Int?, _ name: String) throws(HistoryImportError) -> Double? {
        let text = self.text(column)
        guard !text.isEmpty else { return nil }
        guard let value = Self.decimal(text, decimalComma: decimalComma) else {
            throw problem("\(name) \"\(text)\" is not a number")
        }
        guard value >= 0 else { throw problem("\(name) \"\(text)\" is negative") }
        return value
    }

    /// A positive number; nil when the cell is empty or 0 (how the apps write "none").
    func positive(_ column: Int?, _ name: String) throws(HistoryImportError) -> Double? {
        guard let value = try number(column, name), value > 0 else { return nil }
        return value
    }

    /// Reps: a whole number up to 1000; nil when empty or 0.
    func reps(_ column: Int?) throws(HistoryImportError) -> Int? {
        guard let value = try positive(column, "reps") else { return nil }
        guard value == value.rounded(), value <= 1000 else {
            throw problem("reps \"\(text(column))\" is not a whole number from 1 to 1000")
        }
        return Int(value)
    }

    /// RPE from 1 to 10; nil when empty or 0.
    func rpe(_ column: Int?) throws(HistoryImportError) -> Double? {
        guard let value = try positive(column, "RPE") else { return nil }
        guard (1...10).contains(value) else { throw problem("RPE \"\(text(column))\" is not from 1 to 10") }
        return value
    }

    /// A load in `unit`, rounded to grams, at most 1000 kg; nil when empty or 0.
    func load(_ column: Int?, unit: WeightUnit) throws(HistoryImportError) -> Double? {
        guard let value = try positive(column, "weight") else { return nil }
        guard value * unit.kilograms <= WeightInput.maximumKilograms else {
            throw problem("weight \"\(text(column))\" \(unit.rawValue) is more than 1000 kg")
        }
        return (value * 1000).rounded() / 1000
    }

    /// Seconds, at most 24 hours; nil when empty or 0.
    func seconds(_ column: Int?) throws(HistoryImportError) -> Double? {
        guard let value = try positive(column, "seconds") else { return nil }
        guard value <= DurationInput.maximumSeconds else {
            throw problem("\(text(column)) seconds is more than 24 hours")
        }
        return value
    }

    /// A distance in metres from `amount` in `unit`, at most 1000 km.
    func metres(_ amount: Double?, unit: DistanceUnit) throws(HistoryImportError) -> Double? {
        guard let amount else { return nil }
        let metres = amount * unit.metres
        guard metres <= DistanceInput.maximumMetres else {
            throw problem("the distance \(NumberText.plain(amount)) \(unit.rawValue) is more than 1000 km")
        }
        return (metres * 1000).rounded() / 1000
    }

    /// Digits with at most one `.` (or `,` when allowed): `12`, `12.5`, `12.900000000000034`, `-5`.
    static func decimal(_ text: String, decimalComma: Bool) -> Double? {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let normalised =
            decimalComma && !body.contains(".") ? body.replacingOccurrences(of: ",", with: ".") : String(body)
        let pieces = normalised.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count),
            pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let value = Double(normalised), value.isFinite
        else { return nil }
        return negative ? -value : value
    }
}

/// The distance units exports use.
enum DistanceUnit: String {
    case m, km, mi, ft, yd

    var metres: Double {
        switch self {
        case .m: 1
        case .km: 1000
        case .mi: 1609.344
        case .ft: 0.3048
        case .yd: 0.9144
        }
    }

    /// `km`, `kms`, `kilometres`, `mi`, `miles`, `m`, `meters`, `ft`, `feet`, `yd`, `yards`, in any case.
    static func spelling(_ text: String) -> DistanceUnit? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "m", "meter", "meters", "metre", "metres": .m
        case "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres": .km
        case "mi", "mile", "miles": .mi
        case "ft", "foot", "feet": .ft
        case "yd", "yds", "yard", "yards": .yd
        default: nil
        }
    }
}
