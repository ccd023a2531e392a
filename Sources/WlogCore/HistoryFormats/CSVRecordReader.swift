import Foundation

/// Splits CSV bytes (UTF-8, already checked) into records, a byte at a time, with RFC 4180
/// quoting: a field that starts with a quote runs to the closing quote, `""` inside it is one
/// quote, and it may span lines; `\r\n`, `\n` and `\r` end a record. It gives the fields that the
/// CSV library wlog used before gave: a quote inside an unquoted field is kept as it is, and after
/// a closing quote that is followed by anything but a separator, a line break or a second quote,
/// the quote is kept and that character is left out.
///
/// Bytes come from memory or from a stream, a chunk at a time (a byte-order mark at the start of
/// a stream is skipped). The separator and quote are ASCII, which no byte of a longer UTF-8
/// character can be mistaken for.
final class CSVRecordReader {
    private let stream: InputStream?
    private var buffer: [UInt8]
    private var position = 0
    private let delimiter: UInt8
    private var field: [UInt8] = []
    /// What went wrong reading the stream, if it stopped early.
    private(set) var error: Error?

    private static let bytesPerRead = 1 << 20
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Reads the UTF-8 bytes of `text`.
    init(_ text: String, delimiter: UInt8) {
        stream = nil
        buffer = Array(text.utf8)
        self.delimiter = delimiter
    }

    /// Reads `stream` (opened here) to its end.
    init(_ stream: InputStream, delimiter: UInt8) {
        self.stream = stream
        buffer = []
        self.delimiter = delimiter
        stream.open()
        refill()
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    deinit {
        stream?.close()
    }

    /// The next record's fields, or nil after the last.
    func next() -> [String]? {
        guard peek() != nil else { return nil }
        var row: [String] = []
        while true {
            let end: Bool
            if peek() == Self.quote {
                position += 1
                end = readQuoted()
            } else {
                end = readUnquoted()
            }
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            if end { return row }
            if peek() == nil {
                row.append("")
                return row
            }
        }
    }

    /// Reads a field up to a separator (false) or the end of the record (true).
    private func readUnquoted() -> Bool {
        while let byte = take() {
            switch byte {
            case delimiter: return false
            case Self.lineFeed: return true
            case Self.carriageReturn:
                skipLineFeed()
                return true
            default: field.append(byte)
            }
        }
        return true
    }

    /// Reads a quoted field after its opening quote: whether the record ends after it.
    private func readQuoted() -> Bool {
        while let byte = take() {
            guard byte == Self.quote else {
                field.append(byte)
                continue
            }
            guard let after = take() else { return true }
            switch after {
            case delimiter: return false
            case Self.lineFeed: return true
            case Self.carriageReturn:
                skipLineFeed()
                return true
            case Self.quote: field.append(Self.quote)
            default:
                // Not a closing quote: kept, and the character after it left out whole.
                field.append(Self.quote)
                if after >= 0xC0 {
                    while let next = peek(), next & 0xC0 == 0x80 { position += 1 }
                }
            }
        }
        return true
    }

    private func skipLineFeed() {
        if peek() == Self.lineFeed { position += 1 }
    }

    private func peek() -> UInt8? {
        if position == buffer.count { refill() }
        return position < buffer.count ? buffer[position] : nil
    }

    private func take() -> UInt8? {
        if position == buffer.count { refill() }
        guard position < buffer.count else { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    private func refill() {
        guard let stream, position == buffer.count else { return }
        buffer.removeAll(keepingCapacity: true)
        position = 0
        var chunk = [UInt8](repeating: 0, count: Self.bytesPerRead)
        let count = chunk.withUnsafeMutableBufferPointer { stream.read($0.baseAddress!, maxLength: $0.count) }
        if count > 0 { buffer.append(contentsOf: chunk[..<count]) }
        if count < 0 { error = stream.streamError ?? CocoaError(.fileReadUnknown) }
    }
}
