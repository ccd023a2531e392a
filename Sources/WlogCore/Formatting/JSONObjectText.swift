/// JSON text written straight into a buffer, as `JSONOutput` writes it, so that an export of a
/// million sets is written one object at a time (`WlogWriter`) instead of being encoded at once.
enum JSONObjectText {
    /// A JSON string: quotes, backslashes and control characters escaped.
    static func appendString(_ text: String, to output: inout String) {
        output.append("\"")
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(text)
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": output.append("\\\"")
                case "\\": output.append("\\\\")
                case "\n": output.append("\\n")
                case "\r": output.append("\\r")
                case "\t": output.append("\\t")
                case "\u{08}": output.append("\\b")
                case "\u{0C}": output.append("\\f")
                case let control where control.value < 0x20:
                    let hex = String(control.value, radix: 16)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                default: output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }
}
