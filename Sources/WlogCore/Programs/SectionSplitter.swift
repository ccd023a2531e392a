import Foundation

/// Cuts an exercise line at its top-level separators: `/` between sections, `,` between set groups,
/// never inside parentheses, `{ … }` or a `{~ … ~}` script.
enum SectionSplitter {
    /// The pieces of `text` between top-level `separator`s, and the position of an unclosed `{~` if any.
    static func split(_ text: SourceText, at separator: Unicode.Scalar) -> (
        pieces: [SourceText], unclosedScript: ProgramSourcePosition?
    ) {
        var pieces: [SourceText] = []
        var start = 0
        var index = 0
        var depth = 0
        var scriptStart: Int?
        let scalars = text.scalars
        while index < scalars.count {
            let scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scriptStart != nil {
                if scalar == "~", next == "}" {
                    scriptStart = nil
                    index += 2
                    continue
                }
                index += 1
                continue
            }
            switch scalar {
            case "{" where next == "~":
                scriptStart = index
                index += 2
                continue
            case "(", "{", "[": depth += 1
            case ")", "}", "]": depth = max(0, depth - 1)
            case separator where depth == 0:
                pieces.append(text.slice(start..<index))
                start = index + 1
            default: break
            }
            index += 1
        }
        pieces.append(text.slice(start..<scalars.count))
        return (pieces, scriptStart.map { text.position(at: $0) })
    }
}

/// A word of a set or progression section and where it starts.
struct SectionToken: Sendable {
    var text: String
    var position: ProgramSourcePosition
}

/// Splits a section into white-space separated words, keeping `( … )` whole (a set label may hold spaces).
enum SectionTokenizer {
    static func tokens(_ text: SourceText) -> [SectionToken] {
        var tokens: [SectionToken] = []
        var index = 0
        let scalars = text.scalars
        while index < scalars.count {
            if scalars[index].properties.isWhitespace {
                index += 1
                continue
            }
            let start = index
            if scalars[index] == "(" {
                while index < scalars.count, scalars[index] != ")" { index += 1 }
                index = min(index + 1, scalars.count)
            } else {
                while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != "(" {
                    index += 1
                }
            }
            tokens.append(SectionToken(text: text.slice(start..<index).string, position: text.position(at: start)))
        }
        return tokens
    }
}

/// Numbers as a program writes them: digits with at most one decimal point, no sign, no exponent.
enum ProgramNumberParser {
    static func number(_ text: Substring) -> Double? {
        guard !text.isEmpty, text.count <= 16, text.first != ".", text.last != "." else { return nil }
        var points = 0
        for character in text {
            if character == "." {
                points += 1
                continue
            }
            guard character.isASCII, character.isNumber else { return nil }
        }
        guard points <= 1 else { return nil }
        return Double(text)
    }

    static func integer(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// `60kg`, `135lb`, `2.5kg`.
    static func weight(_ text: Substring) -> ProgramWeight? {
        for unit in WeightUnit.allCases where text.hasSuffix(unit.rawValue) {
            guard let value = number(text.dropLast(unit.rawValue.count)) else { return nil }
            return ProgramWeight(value, unit)
        }
        return nil
    }

    /// `60kg`, `80%`: a load, or nil.
    static func load(_ text: Substring) -> SetLoad? {
        if text.hasSuffix("%") { return number(text.dropLast()).map(SetLoad.percent) }
        return weight(text).map(SetLoad.weight)
    }
}
