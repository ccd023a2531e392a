import Foundation

/// The descriptions written above an exercise line or heading.
enum WrittenDescription: Sendable {
    /// An empty `//`: no description from here on.
    case clear
    /// One or more blocks (separated by blank lines); `current` (from 1) is the one marked `!`, else the first.
    case texts([String], current: Int)
    /// `// ...Squat`: the description of another exercise.
    case reuse(ReuseReference)
}

/// An exercise line in its day, with the description written above it.
struct WrittenEntry: Sendable {
    var exercise: WrittenExercise
    var description: WrittenDescription?
}

/// A `## Day` heading (or the implicit day of a program without one) and its lines.
struct WrittenDay: Sendable {
    var title: String
    var description: WrittenDescription?
    var entries: [WrittenEntry] = []
}

/// A `# Week` heading (or the implicit week) and its days.
struct WrittenWeek: Sendable {
    var title: String
    var description: WrittenDescription?
    var days: [WrittenDay] = []
}

/// Reads the structure of a program: weeks, days, descriptions, notes and exercise lines.
enum ProgramOutlineParser {
    static func parse(_ source: String, into diagnostics: inout [ProgramDiagnostic]) -> [WrittenWeek] {
        var weeks: [WrittenWeek] = []
        var blocks: [[SourceText]] = []
        var blockClosed = false
        var sawExercise = false
        func takeDescription() -> WrittenDescription? {
            defer {
                blocks = []
                blockClosed = false
            }
            return description(blocks, into: &diagnostics)
        }
        for line in ProgramLines.split(source) {
            switch line {
            case .blank:
                if !blocks.isEmpty { blockClosed = true }
            case .note:
                break
            case .description(let text):
                if blockClosed || blocks.isEmpty { blocks.append([]) }
                blockClosed = false
                blocks[blocks.count - 1].append(text)
            case .week(let title):
                weeks.append(
                    WrittenWeek(
                        title: heading(title, fallback: "Week \(weeks.count + 1)"), description: takeDescription()))
            case .day(let title):
                if weeks.isEmpty { weeks.append(WrittenWeek(title: "Week 1")) }
                let number = weeks[weeks.count - 1].days.count + 1
                weeks[weeks.count - 1].days.append(
                    WrittenDay(title: heading(title, fallback: "Day \(number)"), description: takeDescription()))
            case .exercise(let text):
                sawExercise = true
                let description = takeDescription()
                guard let exercise = ExerciseLineParser.parse(text, into: &diagnostics) else { continue }
                if weeks.isEmpty { weeks.append(WrittenWeek(title: "Week 1")) }
                if weeks[weeks.count - 1].days.isEmpty {
                    weeks[weeks.count - 1].days.append(WrittenDay(title: "Day 1"))
                }
                let week = weeks.count - 1
                let day = weeks[week].days.count - 1
                weeks[week].days[day].entries.append(WrittenEntry(exercise: exercise, description: description))
            }
        }
        if !sawExercise {
            diagnostics.append(
                ProgramDiagnostic(
                    at: .start, "the program has no exercises",
                    hint: "write an exercise line such as Squat / 3x5 / progress: lp(2.5kg)"))
        }
        return weeks
    }

    /// A week or day title: trimmed and cut to 200 characters, and trimmed again after the cut so
    /// that writing the title out and reading it back gives the same title.
    static func heading(_ title: SourceText, fallback: String) -> String {
        let text = title.trimmed.string
        guard !text.isEmpty else { return fallback }
        var cut = String(text.prefix(200)).unicodeScalars
        while let last = cut.last, last.properties.isWhitespace { cut.removeLast() }
        return String(cut)
    }

    /// The description blocks above a line: cleared, texts with the `!`-marked one current, or a reuse.
    static func description(_ blocks: [[SourceText]], into diagnostics: inout [ProgramDiagnostic])
        -> WrittenDescription?
    {
        guard !blocks.isEmpty else { return nil }
        var texts: [String] = []
        var current = 1
        for block in blocks {
            var lines = block.map { line -> String in
                let text = line.string
                return text.hasPrefix(" ") ? String(text.dropFirst()) : text
            }
            if lines.first?.hasPrefix("!") == true {
                current = texts.count + 1
                lines[0] = String(lines[0].dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { texts.append(text) }
        }
        if texts.isEmpty { return .clear }
        if texts.count == 1, texts[0].hasPrefix("..."), !texts[0].contains("\n") {
            let line = blocks.flatMap { $0 }.first { $0.trimmed.hasPrefix("...") }
            if let line,
                let reference = ExerciseLineParser.reuse(
                    line.trimmed.dropFirst(3).trimmed, at: line.trimmed.start, into: &diagnostics)
            {
                return .reuse(reference)
            }
            return nil
        }
        return .texts(texts, current: min(current, texts.count))
    }
}
