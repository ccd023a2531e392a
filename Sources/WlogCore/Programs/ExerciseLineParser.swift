import Foundation

/// `...Squat`, `...Squat[2]` (day 2 of this week) or `...Squat[3:2]` (week 3, day 2).
struct ReuseReference: Sendable {
    var name: String
    var week: Int?
    var day: Int?
    var position: ProgramSourcePosition
}

/// An exercise line as written, before reuse, repeats and program-wide progressions are resolved.
struct WrittenExercise: Sendable {
    var position: ProgramSourcePosition
    var label: String?
    var name: String
    var equipment: String?
    /// `Squat[1-4]`: the weeks the line stands for.
    var repeatWeeks: ClosedRange<Int>?
    /// `Squat[2,1-4]`: where in the day it goes.
    var order: Int?
    /// `Name | ! Other`: every movement of the line (the first is `name`), empty for a single one.
    var exerciseVariations: [ExerciseVariation] = []
    var exerciseVariationIndex = 1
    var variations: [SetVariation] = []
    var variationIndex: Int?
    var shared: SetDetails?
    var warmups: [WarmupGroup]?
    var superset: String?
    var tags: [Int]?
    var isUsed = true
    var progress: WrittenProgress?
    var progressPosition: ProgramSourcePosition?
    var update: WrittenUpdate?
    var reuse: ReuseReference?

    var key: ExerciseKey { ExerciseKey(label: label, name: name, equipment: equipment) }
}

/// Reads one exercise line: `label: Name, Equipment[order,weeks] / section / section …`, sections in any order.
enum ExerciseLineParser {
    static let sectionNames = ["progress", "update", "warmup", "superset", "used", "id"]
    static let sectionHint =
        "sections are sets (3x8), shared weights and rest (60kg 90s), ...Exercise, warmup:, superset:, progress:, update:, used: none and id: tags(…)"

    static func parse(_ line: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> WrittenExercise? {
        let split = SectionSplitter.split(line, at: "/")
        if let unclosed = split.unclosedScript {
            diagnostics.append(
                ProgramDiagnostic(
                    at: unclosed, "the script opened here with {~ is not closed", hint: "end the script with ~}"))
            return nil
        }
        let errorsBefore = diagnostics.count
        guard var exercise = heading(split.pieces[0].trimmed, into: &diagnostics) else { return nil }
        for piece in split.pieces.dropFirst() {
            section(piece.trimmed, of: &exercise, into: &diagnostics)
        }
        if diagnostics.count == errorsBefore, exercise.variations.isEmpty, exercise.reuse == nil, exercise.isUsed {
            diagnostics.append(
                ProgramDiagnostic(
                    at: exercise.position, "`\(ProgramDiagnostic.terminalSafe(exercise.name))` has no sets",
                    hint: "add sets such as / 3x8, or reuse another exercise's with / ...Exercise"))
        }
        if let index = exercise.variationIndex, index > exercise.variations.count { exercise.variationIndex = nil }
        return diagnostics.count == errorsBefore ? exercise : nil
    }

    /// `label: Name, Equipment[order,from-to]`.
    static func heading(_ text: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> WrittenExercise? {
        var rest = text
        var label: String?
        if let colon = rest.scalars.firstIndex(of: ":") {
            label = rest.slice(0..<colon).trimmed.string
            rest = rest.dropFirst(colon + 1).trimmed
            guard let written = label, !written.isEmpty, written.count <= 40, written.allSatisfy({ !$0.isWhitespace })
            else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: text.start, "\(SetSectionParser.quoted(label ?? "")) is not an exercise label",
                        hint: "a label is one word before a colon, such as main: Squat"))
                return nil
            }
        }
        var repeatWeeks: ClosedRange<Int>?
        var order: Int?
        if rest.scalars.last == "]", let open = rest.scalars.lastIndex(of: "[") {
            let inside = rest.slice((open + 1)..<(rest.scalars.count - 1))
            guard let parsed = repeatAndOrder(inside.string) else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: inside.start, "\(SetSectionParser.quoted(inside.string)) is not a repeat",
                        hint:
                            "write Name[1-4] for weeks 1 to 4, Name[2] for second place in the day, or Name[2,1-4] for both"
                    ))
                return nil
            }
            (order, repeatWeeks) = parsed
            rest = rest.slice(0..<open).trimmed
        }
        if rest.scalars.contains("|") {
            guard let (movements, current) = exerciseVariations(rest, into: &diagnostics) else { return nil }
            var exercise = WrittenExercise(
                position: text.start, label: label, name: movements[0].name, equipment: movements[0].equipment,
                repeatWeeks: repeatWeeks, order: order)
            exercise.exerciseVariations = movements
            exercise.exerciseVariationIndex = current
            return exercise
        }
        var name = rest.string
        var equipment: String?
        if let comma = rest.scalars.lastIndex(of: ",") {
            name = rest.slice(0..<comma).trimmed.string
            equipment = rest.dropFirst(comma + 1).trimmed.string
        }
        guard isName(name), equipment.map(isName) ?? true else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: text.start, "\(SetSectionParser.quoted(text.string)) is not an exercise name",
                    hint: lengthHint([name, equipment])
                        ?? "an exercise line starts with a name (and , Equipment), then / and its sections: Squat / 3x8"
                )
            )
            return nil
        }
        return WrittenExercise(
            position: text.start, label: label, name: name, equipment: equipment, repeatWeeks: repeatWeeks, order: order
        )
    }

    /// The most code points a name or an equipment may have: what the stores' tables hold (SQLite's
    /// `length()` counts code points, so an accent written as a combining mark counts as one more).
    static let maximumNameLength = 100

    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.count <= maximumNameLength
            && !text.contains(where: { "[]{}()~\\".contains($0) || $0.isNewline })
    }

    /// The hint for a name or equipment longer than `maximumNameLength`, nil when none is.
    static func lengthHint(_ texts: [String?]) -> String? {
        guard texts.contains(where: { ($0?.unicodeScalars.count ?? 0) > maximumNameLength }) else { return nil }
        return
            "a name or an equipment has at most \(maximumNameLength) characters (an accent written as a separate mark counts as one)"
    }

    /// `1-4` → weeks; `2` → order; `2,1-4` → both.
    static func repeatAndOrder(_ text: String) -> (Int?, ClosedRange<Int>?)? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        func weeks(_ part: String) -> ClosedRange<Int>? {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2, let from = ProgramNumberParser.integer(ends[0]),
                let to = ProgramNumberParser.integer(ends[1]), from >= 1, from <= to, to <= 1000
            else { return nil }
            return from...to
        }
        switch parts.count {
        case 1:
            if let range = weeks(parts[0]) { return (nil, range) }
            guard let order = ProgramNumberParser.integer(Substring(parts[0])), order >= 1 else { return nil }
            return (order, nil)
        case 2:
            guard let order = ProgramNumberParser.integer(Substring(parts[0])), order >= 1, let range = weeks(parts[1])
            else { return nil }
            return (order, range)
        default:
            return nil
        }
    }
}
