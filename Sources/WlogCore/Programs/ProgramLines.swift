import Foundation

/// A stretch of program text with the file position of each of its characters: one line, or an
/// exercise line joined over `\` continuations and multi-line `{~ ~}` scripts.
struct SourceText: Sendable {
    var scalars: [Unicode.Scalar]
    var positions: [ProgramSourcePosition]
    /// Where the text ends (just after its last character).
    var end: ProgramSourcePosition

    var isEmpty: Bool { scalars.isEmpty }
    var string: String { String(String.UnicodeScalarView(scalars)) }

    func position(at index: Int) -> ProgramSourcePosition {
        index < positions.count ? positions[index] : end
    }

    /// The characters in `range` with their positions.
    func slice(_ range: Range<Int>) -> SourceText {
        SourceText(
            scalars: Array(scalars[range]), positions: Array(positions[range]), end: position(at: range.upperBound))
    }

    /// Without leading and trailing white space.
    var trimmed: SourceText {
        var lower = 0
        var upper = scalars.count
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return slice(lower..<upper)
    }

    var start: ProgramSourcePosition { position(at: 0) }

    func hasPrefix(_ prefix: String) -> Bool {
        let wanted = Array(prefix.unicodeScalars)
        return scalars.count >= wanted.count && Array(scalars[0..<wanted.count]) == wanted
    }

    /// The text after the first `count` characters.
    func dropFirst(_ count: Int) -> SourceText { slice(min(count, scalars.count)..<scalars.count) }

    mutating func append(_ other: SourceText) {
        scalars += other.scalars
        positions += other.positions
        end = other.end
    }
}

/// What one logical line of a program is.
enum ProgramLineKind: Sendable {
    case blank
    /// `/// …`: a note for whoever reads the program text.
    case note
    /// `// …`: a line of description (the text after the slashes).
    case description(SourceText)
    case week(SourceText)
    case day(SourceText)
    case exercise(SourceText)
}

/// Cuts program text into logical lines: headings, descriptions, notes, blank lines and exercise lines,
/// an exercise line running on over a trailing `\` and over the lines of an open `{~` script.
enum ProgramLines {
    /// The longest program read, in characters; longer text is refused before any work.
    static let maximumLength = 1_000_000

    static func split(_ source: String) -> [ProgramLineKind] {
        let physical = physicalLines(source)
        var result: [ProgramLineKind] = []
        var index = 0
        while index < physical.count {
            let line = physical[index]
            index += 1
            let trimmed = line.trimmed
            if trimmed.isEmpty {
                result.append(.blank)
                continue
            }
            if trimmed.hasPrefix("///") {
                result.append(.note)
                continue
            }
            if trimmed.hasPrefix("//") {
                result.append(.description(trimmed.dropFirst(2)))
                continue
            }
            if trimmed.hasPrefix("##") {
                result.append(.day(trimmed.dropFirst(2)))
                continue
            }
            if trimmed.hasPrefix("#") {
                result.append(.week(trimmed.dropFirst(1)))
                continue
            }
            var exercise = SourceText(scalars: [], positions: [], end: line.start)
            var current = line
            var scriptOpen = opensScript(line.scalars, alreadyOpen: false)
            while true {
                let continues = index < physical.count && (scriptOpen || endsWithBackslash(current))
                if !scriptOpen, endsWithBackslash(current) { current = dropTrailingBackslash(current) }
                exercise.append(current)
                guard continues else { break }
                exercise.append(
                    SourceText(scalars: [scriptOpen ? "\n" : " "], positions: [current.end], end: current.end))
                current = physical[index]
                index += 1
                scriptOpen = opensScript(current.scalars, alreadyOpen: scriptOpen)
            }
            result.append(.exercise(exercise))
        }
        return result
    }

    /// The file's lines with positions, without their line breaks (`\n`, `\r\n`).
    static func physicalLines(_ source: String) -> [SourceText] {
        var lines: [SourceText] = []
        var scalars: [Unicode.Scalar] = []
        var positions: [ProgramSourcePosition] = []
        var line = 1
        var column = 1
        for scalar in source.unicodeScalars {
            if scalar == "\n" {
                if scalars.last == "\r" {
                    scalars.removeLast()
                    positions.removeLast()
                }
                lines.append(
                    SourceText(
                        scalars: scalars, positions: positions, end: ProgramSourcePosition(line: line, column: column)))
                scalars.removeAll(keepingCapacity: true)
                positions.removeAll(keepingCapacity: true)
                line += 1
                column = 1
                continue
            }
            scalars.append(scalar)
            positions.append(ProgramSourcePosition(line: line, column: column))
            column += 1
        }
        lines.append(
            SourceText(scalars: scalars, positions: positions, end: ProgramSourcePosition(line: line, column: column)))
        return lines
    }

    /// Whether a `{~` is still open after `scalars`, given whether one was open before them.
    static func opensScript(_ scalars: [Unicode.Scalar], alreadyOpen: Bool) -> Bool {
        var open = alreadyOpen
        var index = 0
        while index + 1 < scalars.count {
            if !open, scalars[index] == "{", scalars[index + 1] == "~" {
                open = true
                index += 2
                continue
            }
            if open, scalars[index] == "~", scalars[index + 1] == "}" {
                open = false
                index += 2
                continue
            }
            index += 1
        }
        return open
    }

    static func endsWithBackslash(_ text: SourceText) -> Bool { text.trimmed.scalars.last == "\\" }

    static func dropTrailingBackslash(_ text: SourceText) -> SourceText {
        let trimmed = text.trimmed
        guard let last = trimmed.scalars.indices.last, trimmed.scalars[last] == "\\" else { return text }
        return trimmed.slice(0..<last)
    }
}
