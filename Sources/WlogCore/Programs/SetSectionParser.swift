import Foundation

/// Reads the set parts of an exercise line: set schemes (`1x5+ (Top) 80%, 3x8-12 @8 90s`), the details
/// shared by a line (`/ 60kg 90s`) and warm-ups, reporting each mistake where it is.
enum SetSectionParser {
    static let maximumSets = 100
    static let maximumReps = 1_000
    static let maximumLoad = 10_000.0
    static let maximumRest = 86_400
    static let labelLength = 8

    static let setForm = "sets look like 3x8, 3x8-12 (a range) or 1x5+ (as many as possible)"

    /// Whether a section is a set scheme: its first word is `NxR…`.
    static func isSetScheme(_ text: SourceText) -> Bool {
        guard let first = SectionTokenizer.tokens(text).first?.text else { return false }
        let parts = first.split(separator: "x", maxSplits: 1)
        return parts.count == 2 && ProgramNumberParser.integer(parts[0]) != nil && parts[1].first?.isNumber == true
    }

    static func variation(_ text: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> SetVariation? {
        var groups: [SetGroup] = []
        for piece in SectionSplitter.split(text, at: ",").pieces {
            let tokens = SectionTokenizer.tokens(piece)
            guard let first = tokens.first else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: piece.start, "an empty set group", hint: "remove the extra comma, or write sets such as 3x8"
                    ))
                continue
            }
            guard var group = setCount(first, into: &diagnostics) else { continue }
            var details = SetDetails()
            for token in tokens.dropFirst() {
                if token.text.hasPrefix("(") {
                    guard group.label == nil else {
                        duplicate(token, "set label", into: &diagnostics)
                        continue
                    }
                    group.label = label(token, into: &diagnostics)
                } else {
                    detail(token, into: &details, diagnostics: &diagnostics)
                }
            }
            group.details = details
            groups.append(group)
        }
        return groups.count == SectionSplitter.split(text, at: ",").pieces.count ? SetVariation(groups: groups) : nil
    }

    /// `3x8`, `3x8-12`, `1x5+`.
    static func setCount(_ token: SectionToken, into diagnostics: inout [ProgramDiagnostic]) -> SetGroup? {
        let parts = token.text.split(separator: "x", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let count = ProgramNumberParser.integer(parts[0]) else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "\(quoted(token.text)) is not a number of sets and reps", hint: setForm))
            return nil
        }
        var repsText = parts[1]
        let isAMRAP = repsText.hasSuffix("+")
        if isAMRAP { repsText = repsText.dropLast() }
        let range = repsText.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let top = ProgramNumberParser.integer(range.last ?? ""),
            range.count == 1 || ProgramNumberParser.integer(range[0]) != nil
        else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "\(quoted(token.text)) is not a number of sets and reps", hint: setForm))
            return nil
        }
        let bottom = range.count == 2 ? ProgramNumberParser.integer(range[0]) : nil
        guard (1...maximumSets).contains(count) else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "\(count) sets is out of range", hint: "write from 1 to \(maximumSets) sets"))
            return nil
        }
        guard top <= maximumReps, (bottom ?? 0) <= top else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "\(quoted(token.text)) has reps out of range",
                    hint: "reps go from 0 to \(maximumReps), a range from low to high (3x8-12)"))
            return nil
        }
        return SetGroup(count: count, reps: top, minReps: bottom, isAMRAP: isAMRAP)
    }

    /// Reads one word of set details into `details`: a load, `?+`, an RPE or a rest.
    static func detail(_ token: SectionToken, into details: inout SetDetails, diagnostics: inout [ProgramDiagnostic]) {
        var text = Substring(token.text)
        if text == "?+" {
            if details.asksWeight { duplicate(token, "weight question", into: &diagnostics) }
            details.asksWeight = true
            return
        }
        if text.hasPrefix("@") {
            text = text.dropFirst()
            let logs = text.hasSuffix("+")
            if logs { text = text.dropLast() }
            guard let rpe = ProgramNumberParser.number(text), (1...10).contains(rpe) else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: token.position, "\(quoted(token.text)) is not an RPE",
                        hint: "an RPE is @ and a number from 1 to 10, such as @8 or @8.5; add + to ask for it (@8+)"))
                return
            }
            if details.rpe != nil { duplicate(token, "RPE", into: &diagnostics) }
            details.rpe = rpe
            details.logsRPE = logs
            return
        }
        if text.lowercased() == "auto" {
            if details.startsAutomatically { duplicate(token, "auto", into: &diagnostics) }
            details.startsAutomatically = true
            return
        }
        if text.contains("|") {
            timers(token, into: &details, diagnostics: &diagnostics)
            return
        }
        if text.hasSuffix("s"), let seconds = ProgramNumberParser.number(text.dropLast()) {
            guard seconds <= Double(maximumRest), seconds == seconds.rounded() else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: token.position, "\(quoted(token.text)) is not a rest time",
                        hint: "rest is whole seconds up to \(maximumRest), such as 90s"))
                return
            }
            if details.rest != nil { duplicate(token, "rest time", into: &diagnostics) }
            details.rest = Int(seconds)
            return
        }
        let asks = text.hasSuffix("+")
        if asks { text = text.dropLast() }
        guard let load = ProgramNumberParser.load(text) else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "\(quoted(token.text)) is not a weight, percentage, RPE or rest",
                    hint: "write a weight (60kg, 135lb), a percentage of 1RM (80%), an RPE (@8) or a rest (90s)"))
            return
        }
        guard loadValue(load) <= maximumLoad else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "\(quoted(token.text)) is too heavy",
                    hint: "weights and percentages go up to \(Int(maximumLoad))"))
            return
        }
        if details.load != nil { duplicate(token, "weight", into: &diagnostics) }
        details.load = load
        details.asksWeight = details.asksWeight || asks
    }

    /// The shared details of a line: `/ 60kg 90s @8`.
    static func details(_ text: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> SetDetails {
        var details = SetDetails()
        for token in SectionTokenizer.tokens(text) { detail(token, into: &details, diagnostics: &diagnostics) }
        return details
    }

    /// `warmup: 1x5 45lb, 1x3 80%` (a percentage of the first work set) or `warmup: none`.
    static func warmups(_ text: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> [WarmupGroup]? {
        if text.trimmed.string.lowercased() == "none" { return [] }
        var groups: [WarmupGroup] = []
        for piece in SectionSplitter.split(text, at: ",").pieces {
            let tokens = SectionTokenizer.tokens(piece)
            guard let first = tokens.first, let group = setCount(first, into: &diagnostics) else {
                if tokens.isEmpty {
                    diagnostics.append(
                        ProgramDiagnostic(
                            at: piece.start, "an empty warm-up",
                            hint: "write warm-ups such as warmup: 1x5 40kg, 1x3 80%, or warmup: none"))
                }
                return nil
            }
            var load: SetLoad?
            for token in tokens.dropFirst() {
                guard load == nil, let parsed = ProgramNumberParser.load(Substring(token.text)),
                    loadValue(parsed) <= maximumLoad
                else {
                    diagnostics.append(
                        ProgramDiagnostic(
                            at: token.position, "\(quoted(token.text)) is not a warm-up weight",
                            hint:
                                "a warm-up takes one weight (40kg) or a percentage of the first set's weight (60%); no RPE or timer"
                        ))
                    return nil
                }
                load = parsed
            }
            groups.append(WarmupGroup(count: group.count, reps: group.reps, load: load))
        }
        return groups
    }

    static func label(_ token: SectionToken, into diagnostics: inout [ProgramDiagnostic]) -> String? {
        guard token.text.hasSuffix(")"), token.text.count >= 3 else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "the set label \(quoted(token.text)) is not closed",
                    hint: "a set label is a word in parentheses, such as (Top)"))
            return nil
        }
        let text = String(token.text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= labelLength, !text.contains(where: { "()/,".contains($0) }) else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "the set label \(quoted(token.text)) is not accepted",
                    hint: "a set label has 1 to \(labelLength) characters, without parentheses, slashes or commas"))
            return nil
        }
        return text
    }

    static func loadValue(_ load: SetLoad) -> Double {
        switch load {
        case .weight(let weight): weight.value
        case .percent(let percent): percent
        }
    }

    static func duplicate(_ token: SectionToken, _ what: String, into diagnostics: inout [ProgramDiagnostic]) {
        diagnostics.append(
            ProgramDiagnostic(
                at: token.position, "a second \(what) (\(quoted(token.text))) for the same sets",
                hint: "give each set group one \(what)"))
    }

    /// `text` in backticks, shortened and with control characters made visible.
    static func quoted(_ text: String) -> String {
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "`" + ProgramDiagnostic.terminalSafe(short) + "`"
    }
}
