import Foundation

/// What a `progress:` section says before the program is resolved: off, a progression, or a custom one
/// whose script is another exercise's (`custom(…) { ...Squat }`).
enum WrittenProgress: Sendable {
    case none
    case progression(Progression)
    case reuse(state: [StateVariable], exercise: String, position: ProgramSourcePosition)
}

/// What an `update:` section says: a script, or another exercise's (`custom() { ...Squat }`).
enum WrittenUpdate: Sendable {
    case script(CustomProgression)
    case reuse(exercise: String, position: ProgramSourcePosition)
}

/// Reads `progress: lp(…) | dp(…) | sum(…) | none | custom(…) {~ … ~}` and `update: custom() {~ … ~}`.
enum ProgressSectionParser {
    static let progressForm = "progress is lp(…), dp(…), sum(…), custom(…) {~ … ~} or none"

    static func progress(_ text: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> WrittenProgress? {
        let trimmed = text.trimmed
        if trimmed.string.lowercased() == "none" { return WrittenProgress.none }
        guard let call = FunctionCall(trimmed) else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: trimmed.start, "\(SetSectionParser.quoted(trimmed.string)) is not a progression",
                    hint: progressForm))
            return nil
        }
        switch call.name {
        case "lp": return linear(call, into: &diagnostics).map { .progression(.linear($0)) }
        case "dp": return double(call, into: &diagnostics).map { .progression(.double($0)) }
        case "sum": return repsSum(call, into: &diagnostics).map { .progression(.repsSum($0)) }
        case "custom":
            guard let state = stateVariables(call, into: &diagnostics) else { return nil }
            switch body(call, into: &diagnostics) {
            case .script(let block): return .progression(.custom(CustomProgression(state: state, script: block)))
            case .reuse(let name, let position): return .reuse(state: state, exercise: name, position: position)
            case nil: return nil
            }
        default:
            diagnostics.append(
                ProgramDiagnostic(
                    at: call.position, "unknown progression `\(ProgramDiagnostic.terminalSafe(call.name))`",
                    hint: progressForm))
            return nil
        }
    }

    static func update(_ text: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> WrittenUpdate? {
        let trimmed = text.trimmed
        guard let call = FunctionCall(trimmed), call.name == "custom" else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: trimmed.start, "\(SetSectionParser.quoted(trimmed.string)) is not an update script",
                    hint: "write update: custom() {~ … ~} or update: custom() { ...Exercise }"))
            return nil
        }
        if !call.arguments.isEmpty {
            diagnostics.append(
                ProgramDiagnostic(
                    at: call.arguments[0].start, "an update script keeps no state",
                    hint: "write update: custom() with empty parentheses"))
        }
        switch body(call, into: &diagnostics) {
        case .script(let block): return .script(CustomProgression(state: [], script: block))
        case .reuse(let name, let position): return .reuse(exercise: name, position: position)
        case nil: return nil
        }
    }

    static func linear(_ call: FunctionCall, into diagnostics: inout [ProgramDiagnostic]) -> LinearProgression? {
        guard
            argumentCount(
                call, 1...6, form: "lp(increase, attempts, successes so far, decrease, attempts, failures so far)",
                into: &diagnostics),
            let increase = step(call.arguments[0], into: &diagnostics)
        else { return nil }
        var linear = LinearProgression(increase: increase)
        let counters: [(Int, WritableKeyPath<LinearProgression, Int>, ClosedRange<Int>)] = [
            (1, \.increaseAttempts, 1...1000), (2, \.successes, 0...1000), (4, \.decreaseAttempts, 1...1000),
            (5, \.failures, 0...1000),
        ]
        for (index, path, range) in counters where index < call.arguments.count {
            guard let value = whole(call.arguments[index], in: range, into: &diagnostics) else { return nil }
            linear[keyPath: path] = value
        }
        if call.arguments.count > 3 {
            guard let decrease = step(call.arguments[3], into: &diagnostics) else { return nil }
            linear.decrease = decrease
        }
        return linear
    }

    static func double(_ call: FunctionCall, into diagnostics: inout [ProgramDiagnostic]) -> DoubleProgression? {
        guard argumentCount(call, 3...3, form: "dp(increase, min reps, max reps)", into: &diagnostics),
            let increase = step(call.arguments[0], into: &diagnostics),
            let low = whole(call.arguments[1], in: 0...SetSectionParser.maximumReps, into: &diagnostics),
            let high = whole(call.arguments[2], in: 0...SetSectionParser.maximumReps, into: &diagnostics)
        else { return nil }
        guard low <= high else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: call.arguments[1].start, "dp's min reps (\(low)) are above its max reps (\(high))",
                    hint: "write dp(increase, min reps, max reps), such as dp(2.5kg, 8, 12)"))
            return nil
        }
        return DoubleProgression(increase: increase, minReps: low, maxReps: high)
    }

    static func repsSum(_ call: FunctionCall, into diagnostics: inout [ProgramDiagnostic]) -> RepsSumProgression? {
        guard argumentCount(call, 2...2, form: "sum(reps threshold, increase)", into: &diagnostics),
            let threshold = whole(call.arguments[0], in: 0...100_000, into: &diagnostics),
            let increase = step(call.arguments[1], into: &diagnostics)
        else { return nil }
        return RepsSumProgression(threshold: threshold, increase: increase)
    }

    /// `custom(attempt: 0, step: 2.5kg, ask+: 0)`.
    static func stateVariables(_ call: FunctionCall, into diagnostics: inout [ProgramDiagnostic]) -> [StateVariable]? {
        var variables: [StateVariable] = []
        for argument in call.arguments {
            let parts = argument.string.split(separator: ":", maxSplits: 1)
            var name = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let asks = name.hasSuffix("+")
            if asks { name.removeLast() }
            guard parts.count == 2, isIdentifier(name),
                let value = stateValue(parts[1].trimmingCharacters(in: .whitespaces))
            else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: argument.start, "\(SetSectionParser.quoted(argument.string)) is not a state variable",
                        hint:
                            "state variables are name: value, the value a number (3), weight (2.5kg) or percentage (80%)"
                    ))
                return nil
            }
            guard !variables.contains(where: { $0.name == name }) else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: argument.start, "the state variable `\(name)` is declared twice",
                        hint: "give each state variable one value"))
                return nil
            }
            variables.append(StateVariable(name: name, value: value, asksLifter: asks))
        }
        return variables
    }

    static func stateValue(_ text: String) -> StateValue? {
        let negative = text.hasPrefix("-")
        let body = Substring(negative ? String(text.dropFirst()) : text)
        let sign = negative ? -1.0 : 1.0
        if let number = ProgramNumberParser.number(body) { return .number(sign * number) }
        if body.hasSuffix("%"), let percent = ProgramNumberParser.number(body.dropLast()) {
            return .percent(sign * percent)
        }
        if let weight = ProgramNumberParser.weight(body) {
            return .weight(ProgramWeight(sign * weight.value, weight.unit))
        }
        return nil
    }

    enum Body { case script(ScriptBlock), reuse(String, ProgramSourcePosition) }

    /// `{~ script ~}` or `{ ...Exercise }` after `custom(…)`.
    static func body(_ call: FunctionCall, into diagnostics: inout [ProgramDiagnostic]) -> Body? {
        let rest = call.rest.trimmed
        if rest.hasPrefix("{~") {
            let inner = rest.dropFirst(2)
            guard inner.scalars.count >= 2, inner.scalars.suffix(2) == ["~", "}"] else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: rest.start, "the script opened here is not closed", hint: "end the script with ~}"))
                return nil
            }
            let text = inner.slice(0..<(inner.scalars.count - 2))
            return .script(ScriptBlock(text: text.string, line: text.start.line, column: text.start.column))
        }
        if rest.hasPrefix("{"), rest.scalars.last == "}" {
            let inner = rest.slice(1..<(rest.scalars.count - 1)).trimmed
            if inner.hasPrefix("..."), !inner.dropFirst(3).trimmed.isEmpty {
                return .reuse(inner.dropFirst(3).trimmed.string, inner.start)
            }
        }
        diagnostics.append(
            ProgramDiagnostic(
                at: rest.isEmpty ? call.rest.end : rest.start, "custom() needs a script",
                hint: "follow custom(…) with {~ script ~} or { ...Exercise } to reuse another exercise's script"))
        return nil
    }

    static func argumentCount(
        _ call: FunctionCall, _ range: ClosedRange<Int>, form: String, into diagnostics: inout [ProgramDiagnostic]
    ) -> Bool {
        guard range.contains(call.arguments.count) else {
            let wanted = range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            diagnostics.append(
                ProgramDiagnostic(
                    at: call.position,
                    "\(call.name) takes \(wanted) argument\(range.upperBound == 1 ? "" : "s"), not \(call.arguments.count)",
                    hint: "write \(form)"))
            return false
        }
        if !call.rest.trimmed.isEmpty {
            diagnostics.append(
                ProgramDiagnostic(
                    at: call.rest.trimmed.start, "unexpected text after \(call.name)(…)",
                    hint: "put each section between slashes"))
            return false
        }
        return true
    }

    /// `5lb`, `-2.5kg`, `5%`.
    static func step(_ argument: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> WeightStep? {
        switch stateValue(argument.trimmed.string) {
        case .weight(let weight) where abs(weight.value) <= SetSectionParser.maximumLoad: return .weight(weight)
        case .percent(let percent) where abs(percent) <= 100: return .percent(percent)
        default:
            diagnostics.append(
                ProgramDiagnostic(
                    at: argument.trimmed.start,
                    "\(SetSectionParser.quoted(argument.trimmed.string)) is not a weight step",
                    hint: "write a weight with its unit (2.5kg, 5lb, -5lb) or a percentage (5%)"))
            return nil
        }
    }

    static func whole(_ argument: SourceText, in range: ClosedRange<Int>, into diagnostics: inout [ProgramDiagnostic])
        -> Int?
    {
        guard let value = ProgramNumberParser.integer(Substring(argument.trimmed.string)), range.contains(value) else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: argument.trimmed.start,
                    "\(SetSectionParser.quoted(argument.trimmed.string)) is not a whole number from \(range.lowerBound) to \(range.upperBound)",
                    hint: nil))
            return nil
        }
        return value
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return name.count <= 64 && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}

/// `name(argument, …) rest`: a call with its top-level arguments and what follows the parentheses.
struct FunctionCall {
    var name: String
    var position: ProgramSourcePosition
    var arguments: [SourceText]
    var rest: SourceText

    init?(_ text: SourceText) {
        guard let open = text.scalars.firstIndex(of: "(") else { return nil }
        var depth = 0
        var close: Int?
        for index in open..<text.scalars.count {
            if text.scalars[index] == "(" { depth += 1 }
            if text.scalars[index] == ")" {
                depth -= 1
                if depth == 0 {
                    close = index
                    break
                }
            }
        }
        guard let close else { return nil }
        name = text.slice(0..<open).trimmed.string.lowercased()
        position = text.start
        let inner = text.slice((open + 1)..<close)
        arguments = inner.trimmed.isEmpty ? [] : SectionSplitter.split(inner, at: ",").pieces
        rest = text.slice((close + 1)..<text.scalars.count)
    }
}
