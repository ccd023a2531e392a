import Foundation

/// Turns the bytes of a document file into the text the parser reads: checked for size and
/// UTF-8 validity, without a byte-order mark, with every line break an LF and mojibake repaired.
public enum DocumentText {
    /// The largest document accepted, in bytes.
    public static let maximumSize = 1 << 20

    /// Decodes `data`, or throws a `DocumentError` saying what is wrong and where.
    public static func decode(_ data: Data) throws(DocumentError) -> String {
        guard data.count <= maximumSize else {
            throw DocumentError(
                line: nil, message: "the document is \(data.count) bytes; at most \(maximumSize) (1 MiB) are accepted",
                hint: "split it, or remove what is not part of an exercise document")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes) ?? 0
            let bomLength = data.count - bytes.count
            let line = String(decoding: bytes[..<offset], as: UTF8.self).splitIntoLines().count
            throw DocumentError(
                line: line, message: "invalid UTF-8 at byte offset \(offset + bomLength)",
                hint: "save the file as UTF-8")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DocumentError(
                line: nil, message: "the document is empty", hint: "write at least a name or a description")
        }
        return MojibakeRepair.repair(text).withUnixLineBreaks()
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
