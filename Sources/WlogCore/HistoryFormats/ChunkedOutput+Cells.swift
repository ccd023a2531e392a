/// CSV cells, JSON values and numbers appended as bytes, each exactly as `CSVLine`,
/// `JSONObjectText` and `NumberText` write it. Plain ASCII text and ordinary numbers take a short
/// path over the bytes; anything else (other scripts, control characters, a possible formula, a
/// number too large for the short path) goes through those types, so the output is the same.
extension ChunkedOutput {
    /// A CSV cell of stored text (nil is an empty cell): neutralised, quoted when needed.
    mutating func appendCSV(text stored: UnsafeRawBufferPointer?) {
        guard let stored, !stored.isEmpty else { return }
        guard Self.isPlainASCII(stored), !Self.mayStartFormula(stored) else {
            appendCSV(cell: Self.string(stored))
            return
        }
        guard stored.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }) else {
            bytes.append(contentsOf: stored)  // plain ASCII has no line breaks here
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in stored {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A CSV cell of any text, through `CSVLine`.
    mutating func appendCSV(cell: String) {
        var text = ""
        CSVLine.appendCell(cell, to: &text)
        append(text)
    }

    /// A JSON string of stored text, or `null`.
    mutating func appendJSON(text stored: UnsafeRawBufferPointer?) {
        guard let stored else {
            append("null")
            return
        }
        guard Self.isPlainASCII(stored),
            !stored.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        else {
            appendJSON(string: Self.string(stored))
            return
        }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: stored)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A JSON string of any text, through `JSONObjectText`.
    mutating func appendJSON(string: String) {
        var text = ""
        JSONObjectText.appendString(string, to: &text)
        append(text)
    }

    /// A whole number in decimal digits.
    mutating func append(integer value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(digitsOf: value.magnitude)
    }

    /// `NumberText.plain(value)` as a CSV cell: at most three decimals, no trailing zeros.
    mutating func appendPlain(_ value: Double) {
        let thousandths = (value * 1000).rounded()
        guard thousandths.isFinite, abs(thousandths) < 1e15 else {
            appendCSV(cell: NumberText.plain(value))
            return
        }
        let scaled = Int64(thousandths)
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        append(digitsOf: scaled.magnitude / 1000)
        var fraction = scaled.magnitude % 1000
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let start = bytes.count
        append(digitsOf: fraction)
        while bytes.count - start < digits { bytes.insert(UInt8(ascii: "0"), at: start) }
    }

    /// A JSON number as the export writes it: a whole number without a fraction (below 10^15), else
    /// Swift's shortest form that reads back exactly; `null` when not finite.
    mutating func appendShortest(_ value: Double) {
        guard value.isFinite else {
            append("null")
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            append(integer: Int64(value))
        } else {
            append(value.description)
        }
    }

    private mutating func append(digitsOf value: UInt64) {
        guard value >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        append(digitsOf: value / 10)
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Text of bytes 1-127 only: what the short paths handle (a NUL ends text as the store reads it).
    static func isPlainASCII(_ stored: UnsafeRawBufferPointer) -> Bool {
        !stored.contains { $0 == 0 || $0 >= 0x80 }
    }

    /// Whether the first character after any leading `'` is one a spreadsheet reads as a formula,
    /// or the cell holds a line break: such cells take `CSVLine`'s path.
    static func mayStartFormula(_ stored: UnsafeRawBufferPointer) -> Bool {
        if stored.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) { return true }
        guard let first = stored.first(where: { $0 != UInt8(ascii: "'") }) else { return false }
        return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == UInt8(ascii: "\t")
    }

    /// The text as the store reads it: up to the first NUL, invalid UTF-8 repaired.
    static func string(_ stored: UnsafeRawBufferPointer) -> String {
        let end = stored.firstIndex(of: 0) ?? stored.endIndex
        return String(decoding: stored[..<end], as: UTF8.self)
    }
}
