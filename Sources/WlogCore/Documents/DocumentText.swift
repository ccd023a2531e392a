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
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes) ?? 0
            let bomLength = data.count - bytes.count
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw DocumentError(line: line, message: "invalid UTF-8 at byte offset \(offset + bomLength)", hint: "save the file as UTF-8")
        }
        if bytes.contains(0x0D) { text = String(decoding: unixLineEndings(bytes), as: UTF8.self) }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw DocumentError(line: nil, message: "the document is empty", hint: "write at least a name or a description")
        }
        return MojibakeRepair.repair(text)
    }

    /// CRLF and lone CR become LF.
    private static func unixLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
                output.append(0x0A)
            } else {
                output.append(byte)
            }
        }
        return output
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
