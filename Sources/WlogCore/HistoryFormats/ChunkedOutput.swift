/// Text gathered for the output and handed over in chunks, with the count of sets written, so
/// that memory stays flat whatever the size of an export.
struct ChunkedOutput {
    /// How much text is gathered before it is handed to the output.
    static let chunkSize = 1 << 16

    let write: (String) throws -> Void
    let total: Int
    let progress: ((Int, Int) -> Void)?
    var text = ""
    var sets = 0

    init(write: @escaping (String) throws -> Void, total: Int, progress: ((Int, Int) -> Void)?) {
        self.write = write
        self.total = total
        self.progress = progress
        text.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Counts one set; hands the text over once a chunk is full.
    mutating func setWritten() throws {
        sets += 1
        if text.utf8.count >= Self.chunkSize { try flush() }
    }

    mutating func flush() throws {
        if !text.isEmpty { try write(text) }
        text.removeAll(keepingCapacity: true)
        progress?(sets, total)
    }
}
