import Foundation

extension SetSectionParser {
    static let timerHint =
        "a timed set is the set's length, a bar and the rest: 60s|30s; 60s|? keeps the default rest, 60s+|30s counts on past the target"

    /// `60s|30s`, `60s+|30s`, `60s|?`: how long the set lasts, then the rest after it.
    static func timers(_ token: SectionToken, into details: inout SetDetails, diagnostics: inout [ProgramDiagnostic]) {
        let sides = token.text.split(separator: "|", omittingEmptySubsequences: false)
        guard sides.count == 2 else {
            diagnostics.append(
                ProgramDiagnostic(at: token.position, "\(quoted(token.text)) is not a set timer", hint: timerHint))
            return
        }
        var left = sides[0]
        let countsUp = left.hasSuffix("+")
        if countsUp { left = left.dropLast() }
        guard let length = seconds(left), length > 0 else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: token.position, "\(quoted(token.text)) does not start with the set's length", hint: timerHint))
            return
        }
        var rest: Int?
        if sides[1] != "?" {
            guard let seconds = seconds(sides[1]) else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: token.position, "\(quoted(token.text)) does not end with a rest time or ?", hint: timerHint)
                )
                return
            }
            rest = seconds
        }
        if details.setTimer != nil || details.rest != nil { duplicate(token, "timer", into: &diagnostics) }
        details.setTimer = length
        details.setTimerCountsUp = countsUp
        details.rest = rest
    }

    /// `90s` as whole seconds within the limit, or nil.
    static func seconds(_ text: Substring) -> Int? {
        guard text.hasSuffix("s"), let value = ProgramNumberParser.number(text.dropLast()),
            value >= 0, value <= Double(maximumRest), value == value.rounded()
        else { return nil }
        return Int(value)
    }

    /// The timer words of a set as Liftoscript writes them: `60s+|30s`, `60s|?`, `90s`, `auto`.
    static func timerText(_ details: SetDetails) -> [String] {
        var words: [String] = []
        if let timer = details.setTimer {
            words.append(
                "\(timer)s" + (details.setTimerCountsUp ? "+" : "") + "|" + (details.rest.map { "\($0)s" } ?? "?"))
        } else if let rest = details.rest {
            words.append("\(rest)s")
        }
        if details.startsAutomatically { words.append("auto") }
        return words
    }
}
