import Foundation

/// A CSV file as `CSVRecordReader` splits it (RFC 4180 quoting, fields spanning lines), with the
/// physical line each record starts on, so that a problem can be reported as `path:line`. Cells
/// come back from the quote that `SpreadsheetCell` puts before a formula-like text.
///
/// The header is read at once; the records one at a time (`next`), so that a reader holds one
/// record, never the whole file's.
final class CSVTable {
    /// One record: the line of the file it starts on, and its cells.
    struct Record {
        var line: Int
        var cells: [String]
    }

    /// The header's cells, trimmed.
    let header: [String]
    let delimiter: UnicodeScalar
    private let path: String
    private let reader: CSVRecordReader
    /// The line the next record starts on.
    private var line: Int

    private init(header: [String], delimiter: UnicodeScalar, path: String, reader: CSVRecordReader, line: Int) {
        self.header = header
        self.delimiter = delimiter
        self.path = path
        self.reader = reader
        self.line = line
    }

    /// The position of `name` in the header (exact, after trimming), or nil.
    func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// Reads the header of `text` (already decoded, without a byte-order mark). The delimiter is
    /// the one the header line uses most: `,`, `;` or a tab.
    static func read(_ text: String, path: String) throws(HistoryImportError) -> CSVTable {
        let delimiter = detectDelimiter(in: text)
        return try read(CSVRecordReader(text, delimiter: UInt8(delimiter.value)), delimiter: delimiter, path: path)
    }

    /// Reads the header of the UTF-8 text that `stream` gives (a byte-order mark is skipped), whose
    /// first line is `firstLine`: the records are then read from the stream as they are needed.
    static func read(_ stream: InputStream, firstLine: String, path: String) throws(HistoryImportError) -> CSVTable {
        let delimiter = detectDelimiter(in: firstLine)
        return try read(CSVRecordReader(stream, delimiter: UInt8(delimiter.value)), delimiter: delimiter, path: path)
    }

    private static func read(_ reader: CSVRecordReader, delimiter: UnicodeScalar, path: String)
        throws(HistoryImportError)
        -> CSVTable
    {
        var line = 1
        while let cells = reader.next() {
            line += 1 + cells.reduce(0) { $0 + lineBreaks(in: $1) }
            if isBlank(cells) { continue }
            let header = cells.map(SpreadsheetCell.restored).map { $0.trimmingCharacters(in: .whitespaces) }
            return CSVTable(header: header, delimiter: delimiter, path: path, reader: reader, line: line)
        }
        throw HistoryImportError(path: path, line: 1, message: "the file is empty", hint: "export your history again")
    }

    /// The next record after the header, or nil at the end of the file; blank lines are left out.
    /// A record whose fields do not match the header's is a failure of the whole file.
    func next() throws(HistoryImportFailure) -> Record? {
        while let cells = reader.next() {
            let start = line
            line += 1 + cells.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            if Self.isBlank(cells) { continue }
            // Only a cell that starts with a quote can be one that `SpreadsheetCell` wrote.
            var record = Record(
                line: start, cells: cells.map { $0.utf8.first == UInt8(ascii: "'") ? SpreadsheetCell.restored($0) : $0 }
            )
            if record.cells.count > header.count, Self.isBlank(record.cells[header.count...]) {
                record.cells.removeLast(record.cells.count - header.count)
            }
            guard record.cells.count == header.count else {
                throw HistoryImportFailure(problems: [
                    HistoryImportError(
                        path: path, line: record.line,
                        message: "this row has \(record.cells.count) fields where the header has \(header.count)",
                        hint: "look for a quote that is not closed, or a missing separator")
                ])
            }
            return record
        }
        if let error = reader.error {
            throw HistoryImportFailure(problems: [
                HistoryImportError(path: path, line: line, message: "cannot be read: \(error)")
            ])
        }
        return nil
    }

    /// Whether every cell is empty or white space; a cell that starts with a visible ASCII
    /// character is not, and is not trimmed to find it out.
    private static func isBlank(_ cells: some Collection<String>) -> Bool {
        cells.allSatisfy { cell in
            if let first = cell.utf8.first, first > 0x20, first < 0x7F { return false }
            return cell.trimmingCharacters(in: .whitespaces).isEmpty
        }
    }

    /// `\r\n`, `\n` and `\r` each count as one line break (both are single UTF-8 bytes).
    private static func lineBreaks(in cell: String) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in cell.utf8 {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }

    private static func detectDelimiter(in text: String) -> UnicodeScalar {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let candidates: [(UnicodeScalar, Int)] = [",", ";", "\t"].map { delimiter in
            (delimiter, firstLine.unicodeScalars.filter { $0 == delimiter }.count)
        }
        return candidates.max { $0.1 < $1.1 }.map { $0.1 > 0 ? $0.0 : "," } ?? ","
    }
}

/// Turns the bytes of an export into text: checked for UTF-8, without a byte-order mark.
enum ExportText {
    static func decode(_ data: Data, path: String) throws(HistoryImportError) -> String {
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let valid = String(decoding: bytes, as: UTF8.self)
            let line = (valid.split(separator: "\u{FFFD}", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .reduce(1) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
            throw HistoryImportError(
                path: path, line: line, message: "the file is not valid UTF-8",
                hint: "export it again, or save it as UTF-8")
        }
        return text
    }
}
