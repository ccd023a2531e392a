/// Bytes gathered for the output and handed over in chunks, with the count of sets written, so
/// that memory stays flat whatever the size of an export and each set costs a few appends.
struct ChunkedOutput {
    /// How many bytes are gathered before they are handed to the output.
    static let chunkSize = 1 << 16

    let write: (String) throws -> Void
    let total: Int
    let progress: ((Int, Int) -> Void)?
    /// The UTF-8 text not yet handed over.
    var bytes: [UInt8] = []
    var sets = 0

    init(write: @escaping (String) throws -> Void, total: Int, progress: ((Int, Int) -> Void)?) {
        self.write = write
        self.total = total
        self.progress = progress
        bytes.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Appends text as it is.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends one ASCII character.
    mutating func append(ascii: Unicode.Scalar) {
        bytes.append(UInt8(ascii: ascii))
    }

    /// Counts one set; hands the text over once a chunk is full.
    mutating func setWritten() throws {
        sets += 1
        if bytes.count >= Self.chunkSize { try flush() }
    }

    mutating func flush() throws {
        if !bytes.isEmpty { try write(String(decoding: bytes, as: UTF8.self)) }
        bytes.removeAll(keepingCapacity: true)
        progress?(sets, total)
    }
}
