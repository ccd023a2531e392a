/// The parser's hot string work, done on UTF-8 bytes where that gives the same answer as
/// working on characters. The byte loops decide alone only where both sides of the place they
/// stop are ASCII (within a line, an ASCII byte is a character of its own unless a combining mark
/// follows it), and hand anything else to the character-level versions.
extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without white space at its end.
    func trimmingTrailingWhitespace() -> String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)].isASCIIWhitespace {
            bytes.formIndex(before: &end)
        }
        if end == bytes.startIndex { return "" }
        guard bytes[bytes.index(before: end)] < 0x80 else { return slowTrimmingTrailingWhitespace() }
        return String(self[..<end])
    }

    /// The text without white space at either end.
    func trimmingSpaces() -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start].isASCIIWhitespace { bytes.formIndex(after: &start) }
        if start == end { return "" }
        while bytes[bytes.index(before: end)].isASCIIWhitespace { bytes.formIndex(before: &end) }
        guard bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 else { return slowTrimmingSpaces() }
        return String(self[start..<end])
    }

    /// How many characters at the start are single ASCII bytes that `matches` accepts.
    func countOfLeadingASCII(where matches: (UInt8) -> Bool) -> Int {
        let bytes = utf8
        var count = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] < 0x80, matches(bytes[index]) {
            count += 1
            bytes.formIndex(after: &index)
        }
        guard index == bytes.endIndex || bytes[index] < 0x80 else {
            return prefix { $0.utf8.count == 1 && $0.utf8.first.map(matches) == true }.count
        }
        return count
    }

    /// Whether the text starts with the ASCII `prefix` as whole characters, as `hasPrefix` says
    /// (which also matches canonical equivalents, such as U+1FEF for a backtick).
    func startsWithASCII(_ prefix: String) -> Bool {
        let bytes = utf8
        var index = bytes.startIndex
        for expected in prefix.utf8 {
            guard index < bytes.endIndex, bytes[index] < 0x80 else { return hasPrefix(prefix) }
            guard bytes[index] == expected else { return false }
            bytes.formIndex(after: &index)
        }
        guard index == bytes.endIndex || bytes[index] < 0x80 else { return hasPrefix(prefix) }
        return true
    }

    /// Whether the UTF-8 of the text holds `byte`.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    func slowTrimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }

    func slowTrimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        var end = endIndex
        while end > first, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[first..<end])
    }
}

extension String {
    /// `body` applied to the UTF-8 bytes when they are all ASCII (so each byte is a character,
    /// but for a CR LF pair); nil for any other text.
    func withASCIIBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let result: Result?? = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil
        }
        return result ?? nil
    }
}

extension UInt8 {
    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII characters
    /// with Unicode's White_Space property, which `Character.isWhitespace` reports.
    var isASCIIWhitespace: Bool {
        self == 0x20 || (0x09...0x0D).contains(self)
    }
}
