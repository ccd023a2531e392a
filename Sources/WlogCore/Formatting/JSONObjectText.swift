/// Flat JSON objects written straight into a text buffer, laid out as `JSONOutput` lays out an
/// array of objects (two-space indent, `"key" : value`), so that an export of a million sets is
/// written one object at a time instead of being encoded all at once.
enum JSONObjectText {
    /// Appends one object, indented as an element of a pretty-printed array, without a trailing comma.
    /// `fields` are written in the order given (callers pass them sorted).
    static func append(_ fields: [(key: String, value: JSONValue)], to output: inout String) {
        output.append("  {\n")
        for (index, field) in fields.enumerated() {
            output.append("    ")
            appendString(field.key, to: &output)
            output.append(" : ")
            appendValue(field.value, to: &output)
            output.append(index == fields.count - 1 ? "\n" : ",\n")
        }
        output.append("  }")
    }

    static func appendValue(_ value: JSONValue, to output: inout String) {
        switch value {
        case .int(let number): output.append(String(number))
        case .number(let number): output.append(numberText(number))
        case .text(let text): appendString(text, to: &output)
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .null: output.append("null")
        case .array(let values):
            output.append("[")
            for (index, element) in values.enumerated() {
                if index > 0 { output.append(", ") }
                appendValue(element, to: &output)
            }
            output.append("]")
        case .object(let members):
            output.append("{")
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { output.append(", ") }
                appendString(key, to: &output)
                output.append(" : ")
                if let member = members[key] { appendValue(member, to: &output) }
            }
            output.append("}")
        }
    }

    /// A whole number without a fraction, any other finite number in Swift's shortest exact form.
    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

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
