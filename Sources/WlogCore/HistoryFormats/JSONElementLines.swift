/// The line on which each element of a top-level JSON array starts, so that a problem with the
/// tenth object of a file can be reported at its line. Strings (with escapes) are skipped.
enum JSONElementLines {
    static func of(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var expectingElement = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    inString = false
                }
                continue
            }
            if depth == 1, expectingElement, !scalar.properties.isWhitespace, scalar != "]" {
                lines.append(line)
                expectingElement = false
            }
            switch scalar {
            case "\"": inString = true
            case "[", "{":
                depth += 1
                if depth == 1 { expectingElement = true }
            case "]", "}": depth -= 1
            case ",": if depth == 1 { expectingElement = true }
            default: break
            }
        }
        return lines
    }
}
