import Foundation

/// Turns the bytes of a document file into the text the parser reads: checked for size and
/// UTF-8 validity, without a byte-order mark, with LF line endings and mojibake repaired.
public enum DocumentText {
    /// The largest document accepted, in bytes.
    public static let maximumSize = 1 << 20

    /// Decodes `data`, or throws a `DocumentError` saying what is wrong and where.
    public static func decode(_ data: Data) throws(DocumentError) -> String {
        guard data.count <= maximumSize else {
            throw DocumentError(line: nil, message: "the document is \(data.count) bytes; at most \(maximumSize) (1 MiB) are accepted", hint: "split it, or remove what is not part of an exercise document")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            let bomLength = data.count - bytes.count
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw DocumentError(line: line, message: "invalid UTF-8 at byte offset \(offset + bomLength)", hint: "save the file as UTF-8")
        }
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DocumentError(line: nil, message: "the document is empty", hint: "write at least a name or a description")
        }
        return MojibakeRepair.repair(text)
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
