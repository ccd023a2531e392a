import Foundation

/// One token of a script, with where it starts in the program file.
struct LiftoscriptToken: Equatable, Sendable {
    /// The kinds of token.
    enum Kind: Equatable, Sendable {
        case number(Double)
        case weight(Double, WeightUnit)
        case percentage(Double)
        case identifier(String)
        /// Operators and punctuation, spelled as in the source (`+=`, `(`, `:` …).
        case symbol(String)
        case end
    }

    var kind: Kind
    var position: ProgramSourcePosition
}

/// Splits script text into tokens, skipping spaces and `//` comments; records a diagnostic for
/// each character it cannot read and goes on.
struct LiftoscriptLexer {
    /// Scripts longer than this (in Unicode scalars) are refused before lexing.
    static let maximumLength = 100_000
    private static let symbols = [
        "+=", "-=", "*=", "/=", ">=", "<=", "==", "!=", "&&", "||",
        "+", "-", "*", "/", "%", ">", "<", "=", "!", "?", ":", "(", ")",
        "[", "]", "{", "}", ",", ".", ";",
    ]

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var position: ProgramSourcePosition
    private(set) var diagnostics: [ProgramDiagnostic] = []

    init(_ source: String, startingAt start: ProgramSourcePosition) {
        scalars = Array(source.unicodeScalars)
        position = start
    }

    /// Every token, ending with `.end`.
    mutating func tokens() -> [LiftoscriptToken] {
        var tokens: [LiftoscriptToken] = []
        while true {
            skipSpaceAndComments()
            guard index < scalars.count else { break }
            let start = position
            let scalar = scalars[index]
            if isDigit(scalar) || (scalar == "." && index + 1 < scalars.count && isDigit(scalars[index + 1])) {
                tokens.append(LiftoscriptToken(kind: number(), position: start))
            } else if isIdentifierStart(scalar) {
                tokens.append(LiftoscriptToken(kind: .identifier(identifier()), position: start))
            } else if let symbol = Self.symbols.first(where: { matches($0) }) {
                advance(by: symbol.unicodeScalars.count)
                tokens.append(LiftoscriptToken(kind: .symbol(symbol), position: start))
            } else {
                let shown =
                    scalar.value > 0x20 && scalar.value < 0x7F
                    ? "'\(scalar)'" : "U+\(String(scalar.value, radix: 16, uppercase: true))"
                diagnostics.append(
                    ProgramDiagnostic(
                        at: start, "unexpected character \(shown) in script",
                        hint: "scripts use numbers, names, operators and brackets; text goes in // comments"))
                advance(by: 1)
            }
        }
        tokens.append(LiftoscriptToken(kind: .end, position: position))
        return tokens
    }

    private mutating func skipSpaceAndComments() {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                advance(by: 1)
            } else if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "/" {
                while index < scalars.count, scalars[index] != "\n" { advance(by: 1) }
            } else {
                return
            }
        }
    }

    /// A number, and a unit or `%` written right after it.
    private mutating func number() -> LiftoscriptToken.Kind {
        let start = position
        var text = ""
        var seenPoint = false
        while index < scalars.count,
            isDigit(scalars[index])
                || (scalars[index] == "." && !seenPoint && index + 1 < scalars.count && isDigit(scalars[index + 1]))
        {
            if scalars[index] == "." { seenPoint = true }
            text.unicodeScalars.append(scalars[index])
            advance(by: 1)
        }
        var value = Double(text) ?? 0
        if !value.isFinite || text.count > 30 {
            diagnostics.append(
                ProgramDiagnostic(
                    at: start, "the number \(text.prefix(12))… is too long",
                    hint: "numbers in scripts have at most 30 digits"))
            value = 0
        }
        if matches("kg"), !continuesIdentifier(after: 2) {
            advance(by: 2)
            return .weight(value, .kg)
        }
        if matches("lb"), !continuesIdentifier(after: 2) {
            advance(by: 2)
            return .weight(value, .lb)
        }
        if matches("%") {
            advance(by: 1)
            return .percentage(value)
        }
        return .number(value)
    }

    private mutating func identifier() -> String {
        var text = ""
        while index < scalars.count, isIdentifierStart(scalars[index]) || isDigit(scalars[index]) {
            text.unicodeScalars.append(scalars[index])
            advance(by: 1)
        }
        return text
    }

    private func matches(_ text: String) -> Bool {
        var at = index
        for scalar in text.unicodeScalars {
            guard at < scalars.count, scalars[at] == scalar else { return false }
            at += 1
        }
        return true
    }

    private func continuesIdentifier(after count: Int) -> Bool {
        let at = index + count
        return at < scalars.count && (isIdentifierStart(scalars[at]) || isDigit(scalars[at]))
    }

    private mutating func advance(by count: Int) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" {
                position = ProgramSourcePosition(line: position.line + 1, column: 1)
            } else {
                position.column += 1
            }
            index += 1
        }
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
}
