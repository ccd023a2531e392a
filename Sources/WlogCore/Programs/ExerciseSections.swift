import Foundation

extension ExerciseLineParser {
    /// Reads one section after the exercise's name into `exercise`.
    static func section(
        _ text: SourceText, of exercise: inout WrittenExercise, into diagnostics: inout [ProgramDiagnostic]
    ) {
        guard !text.isEmpty else {
            diagnostics.append(ProgramDiagnostic(at: text.start, "an empty section", hint: "remove the extra slash"))
            return
        }
        if text.hasPrefix("...") {
            guard exercise.reuse == nil else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: text.start, "a second ...Exercise on one line", hint: "reuse one exercise per line"))
                return
            }
            exercise.reuse = reuse(text.dropFirst(3).trimmed, at: text.start, into: &diagnostics)
            return
        }
        if let section = keyed(text) {
            keyedSection(section.0, section.1, at: text.start, of: &exercise, into: &diagnostics)
            return
        }
        var body = text
        var isCurrent = false
        if body.hasPrefix("!") {
            isCurrent = true
            body = body.dropFirst(1).trimmed
        }
        if SetSectionParser.isSetScheme(body) {
            guard let variation = SetSectionParser.variation(body, into: &diagnostics) else { return }
            exercise.variations.append(variation)
            if isCurrent { exercise.variationIndex = exercise.variations.count }
            return
        }
        guard !isCurrent else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: text.start, "`!` marks the current set variation, but no sets follow it",
                    hint: "write ! before sets, such as / ! 6x2"))
            return
        }
        guard exercise.shared == nil else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: text.start, "a second section of shared weights, RPE or rest",
                    hint: "put them in one section, such as / 60kg @8 90s"))
            return
        }
        exercise.shared = SetSectionParser.details(body, into: &diagnostics)
    }

    /// `name: value` where name is a word: the section's name (lowercased) and its value.
    static func keyed(_ text: SourceText) -> (String, SourceText)? {
        guard let colon = text.scalars.firstIndex(of: ":") else { return nil }
        let name = text.slice(0..<colon).trimmed.string
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return (name.lowercased(), text.dropFirst(colon + 1).trimmed)
    }

    static func keyedSection(
        _ name: String, _ value: SourceText, at position: ProgramSourcePosition, of exercise: inout WrittenExercise,
        into diagnostics: inout [ProgramDiagnostic]
    ) {
        let seen: Bool
        switch name {
        case "progress": seen = exercise.progress != nil
        case "update": seen = exercise.update != nil
        case "warmup": seen = exercise.warmups != nil
        case "superset": seen = exercise.superset != nil
        case "used": seen = !exercise.isUsed
        case "id": seen = exercise.tags != nil
        default:
            diagnostics.append(
                ProgramDiagnostic(
                    at: position, "unknown section `\(ProgramDiagnostic.terminalSafe(name)):`", hint: sectionHint))
            return
        }
        guard !seen else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: position, "a second `\(name):` section on one line",
                    hint: "give each exercise line one \(name): section"))
            return
        }
        switch name {
        case "progress":
            exercise.progress = ProgressSectionParser.progress(value, into: &diagnostics)
            exercise.progressPosition = position
        case "update":
            exercise.update = ProgressSectionParser.update(value, into: &diagnostics)
        case "warmup":
            exercise.warmups = SetSectionParser.warmups(value, into: &diagnostics)
        case "superset":
            let group = value.string
            guard !group.isEmpty, group.count <= 40, !group.contains(where: { $0.isNewline || "/{}~".contains($0) })
            else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: value.start, "\(SetSectionParser.quoted(group)) is not a superset group",
                        hint: "name the group with a word, such as superset: A"))
                return
            }
            exercise.superset = group
        case "used":
            guard value.string.lowercased() == "none" else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: value.start, "`used:` takes only none",
                        hint: "write used: none for a template that is not done itself"))
                return
            }
            exercise.isUsed = false
        default:
            exercise.tags = tags(value, into: &diagnostics)
        }
    }

    /// `tags(1, 100)`.
    static func tags(_ value: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> [Int]? {
        guard let call = FunctionCall(value), call.name == "tags", call.rest.trimmed.isEmpty, !call.arguments.isEmpty
        else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: value.start, "\(SetSectionParser.quoted(value.string)) is not a list of tags",
                    hint: "write id: tags(1, 100)"))
            return nil
        }
        var tags: [Int] = []
        for argument in call.arguments {
            guard let tag = ProgressSectionParser.whole(argument, in: 0...1_000_000_000, into: &diagnostics) else {
                return nil
            }
            tags.append(tag)
        }
        return tags
    }

    /// `Name`, `Name[2]`, `Name[3:2]`.
    static func reuse(
        _ text: SourceText, at position: ProgramSourcePosition, into diagnostics: inout [ProgramDiagnostic]
    ) -> ReuseReference? {
        var name = text.string
        var week: Int?
        var day: Int?
        if text.scalars.last == "]", let open = text.scalars.lastIndex(of: "[") {
            let inside = text.slice((open + 1)..<(text.scalars.count - 1)).string.split(
                separator: ":", omittingEmptySubsequences: false)
            let numbers = inside.compactMap {
                ProgramNumberParser.integer($0.trimmingCharacters(in: .whitespaces)[...])
            }.filter { $0 >= 1 }
            guard numbers.count == inside.count, (1...2).contains(numbers.count) else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: position, "\(SetSectionParser.quoted(text.string)) is not a reuse",
                        hint: "write ...Exercise, ...Exercise[day] or ...Exercise[week:day]"))
                return nil
            }
            if numbers.count == 2 {
                week = numbers[0]
                day = numbers[1]
            } else {
                day = numbers[0]
            }
            name = text.slice(0..<open).trimmed.string
        }
        guard isName(name) else {
            diagnostics.append(
                ProgramDiagnostic(at: position, "`...` needs the name of the exercise to reuse", hint: "write ...Squat")
            )
            return nil
        }
        return ReuseReference(name: name, week: week, day: day, position: position)
    }
}
