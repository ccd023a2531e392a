import Foundation

/// What a history file's bytes say before it is read as CSV, found in one pass that holds a
/// chunk at a time: whether it is all UTF-8, and its opening text (where the header is).
struct FileLead {
    /// Whether every byte is UTF-8 (a byte-order mark aside).
    var isUTF8: Bool
    /// The text the file opens with: its first chunk, without a byte-order mark.
    var opening: String

    private static let bytesPerRead = 1 << 20

    /// Reads `handle` from where it is to its end.
    init(_ handle: FileHandle) throws {
        isUTF8 = true
        opening = ""
        var pending: [UInt8] = []
        var first = true
        while true {
            let chunk = try handle.read(upToCount: Self.bytesPerRead) ?? Data()
            let atEnd = chunk.isEmpty
            pending.append(contentsOf: chunk)
            if first {
                if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
                first = false
            }
            // A byte below 0x80 ends whatever character came before it.
            let complete = atEnd ? pending.endIndex : (pending.lastIndex { $0 < 0x80 }.map { $0 + 1 } ?? 0)
            guard let text = String(validating: pending[..<complete], as: UTF8.self) else {
                isUTF8 = false
                return
            }
            if opening.isEmpty { opening = text }
            pending.removeFirst(complete)
            if atEnd { return }
        }
    }
}
