import Foundation

/// A place in a program file: 1-based line and 1-based column (counted in Unicode scalars).
public struct ProgramSourcePosition: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column on that line, from 1.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of a file.
    public static let start = ProgramSourcePosition(line: 1, column: 1)

    public static func < (left: ProgramSourcePosition, right: ProgramSourcePosition) -> Bool {
        (left.line, left.column) < (right.line, right.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// One problem found in a program: where it is, what is wrong, and what to do about it.
public struct ProgramDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the problem starts in the program file.
    public var position: ProgramSourcePosition
    /// What is wrong, in one sentence.
    public var message: String
    /// What to do about it, when there is something to suggest.
    public var hint: String?

    public init(at position: ProgramSourcePosition, _ message: String, hint: String? = nil) {
        self.position = position
        self.message = message
        self.hint = hint
    }

    /// The 1-based line.
    public var line: Int { position.line }
    /// The 1-based column.
    public var column: Int { position.column }

    /// `line:col: message`, without a file name.
    public var description: String { "\(position): \(message)" }

    /// The diagnostic as a compiler prints it: `file:line:col: message`, the source line, a caret
    /// under the column, then the hint. Control characters in the line become `?` so a terminal
    /// shows them safely; the caret stays under the same character.
    public func rendered(file: String, source: String) -> String {
        var lines = ["\(ProgramDiagnostic.terminalSafe(file)):\(position): \(ProgramDiagnostic.terminalSafe(message))"]
        if let text = ProgramDiagnostic.line(position.line, of: source) {
            let shown = ProgramDiagnostic.terminalSafe(text)
            lines.append(shown)
            let width = min(max(position.column - 1, 0), shown.unicodeScalars.count)
            lines.append(String(repeating: " ", count: width) + "^")
        }
        if let hint {
            lines.append("hint: \(ProgramDiagnostic.terminalSafe(hint))")
        }
        return lines.joined(separator: "\n")
    }

    /// The text of 1-based line `number` (without its line break, `\r\n` included), or nil past
    /// the end; at most the first 400 scalars, so a huge line cannot flood a terminal.
    static func line(_ number: Int, of source: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var text = String.UnicodeScalarView()
        for scalar in source.unicodeScalars {
            if scalar == "\n" {
                if current == number { break }
                current += 1
                continue
            }
            if current == number, text.count < 400 { text.append(scalar) }
        }
        if text.last == "\r" { text.removeLast() }
        return current == number ? String(text) : nil
    }

    /// `text` with every control character (tab and carriage return included) replaced by one
    /// printable character, so column positions are kept.
    static func terminalSafe(_ text: String) -> String {
        var safe = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                safe.append(" ")
            } else if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                || scalar.value == 0x2028 || scalar.value == 0x2029
            {
                safe.append("?")
            } else {
                safe.append(scalar)
            }
        }
        return String(safe)
    }
}

/// Every diagnostic found in one piece of program text, in source order.
public struct ProgramDiagnosticList: Error, Equatable, Sendable, CustomStringConvertible {
    /// The diagnostics, sorted by position.
    public var diagnostics: [ProgramDiagnostic]

    public init(_ diagnostics: [ProgramDiagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.position < $1.position }
    }

    /// One `line:col: message` per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// Every diagnostic rendered as a compiler prints it, separated by blank lines.
    public func rendered(file: String, source: String) -> String {
        diagnostics.map { $0.rendered(file: file, source: source) }.joined(separator: "\n\n")
    }
}
