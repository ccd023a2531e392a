/// Text made safe to show on a terminal: stored text (a note, a name, a document, a line of an
/// imported file) can hold escape sequences that would retitle the window, clear the screen or
/// colour what follows, so every control character is shown as visible characters instead.
///
/// C0 controls and DEL use caret notation (ESC is `^[`, DEL `^?`); C1 controls, bidirectional
/// overrides and other invisible format characters are written `\u{9b}`. Everything else passes
/// unchanged, so text without control characters is returned as it was.
public enum TerminalText {
    /// For text that may span lines (a document, an error message): line breaks stay line breaks
    /// (CR LF, CR, U+0085, U+2028 and U+2029 become `\n`), tabs stay tabs, other controls are shown.
    public static func lines(_ text: String) -> String {
        render(text, lineBreak: "\n", tab: "\t")
    }

    /// For one cell of a table or one line of output: a line break becomes ` ↵ ` and a tab a space,
    /// so the columns stay aligned and the row stays one line.
    public static func cell(_ text: String) -> String {
        render(text, lineBreak: " ↵ ", tab: " ")
    }

    private static func render(_ text: String, lineBreak: String, tab: String) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\r":
                if pending == "\n" { pending = scalars.next() }
                output += lineBreak
            case "\n", "\u{85}", "\u{2028}", "\u{2029}":
                output += lineBreak
            case "\t":
                output += tab
            default:
                output += shown(scalar)
            }
        }
        return output
    }

    /// Whether `scalar` is a control or invisible format character that must not reach a terminal raw.
    static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B, 0x200E, 0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: true
        default: false
        }
    }

    /// `scalar` as visible text: `^[` for a C0 control or DEL, `\u{9b}` for the other characters that need care.
    private static func shown(_ scalar: Unicode.Scalar) -> String {
        guard needsCare(scalar) else { return String(scalar) }
        switch scalar.value {
        case 0x00...0x1F: return "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: return "^?"
        default: return "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }
}
