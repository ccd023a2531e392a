import Foundation

/// A progression as Liftoscript writes it after `progress:`, with its current counters and state.
enum ProgressionText {
    static func text(_ progression: Progression) -> String {
        switch progression {
        case .linear(let linear):
            var arguments = [linear.increase.text, "\(linear.increaseAttempts)", "\(linear.successes)"]
            if let decrease = linear.decrease {
                arguments += [decrease.text, "\(linear.decreaseAttempts)", "\(linear.failures)"]
            }
            return "lp(\(arguments.joined(separator: ", ")))"
        case .double(let double):
            return "dp(\(double.increase.text), \(double.minReps), \(double.maxReps))"
        case .repsSum(let sum):
            return "sum(\(sum.threshold), \(sum.increase.text))"
        case .custom(let custom):
            return Self.custom(custom)
        }
    }

    static func custom(_ custom: CustomProgression) -> String {
        let state = custom.state.map { "\($0.name)\($0.asksLifter ? "+" : ""): \($0.value.text)" }.joined(
            separator: ", ")
        return "custom(\(state)) {~\(custom.script.text)~}"
    }

    /// A one-line summary for outlines: the script's size rather than its text.
    static func summary(_ progression: Progression) -> String {
        guard case .custom(let custom) = progression else { return text(progression) }
        let lines = custom.script.text.split(separator: "\n", omittingEmptySubsequences: true).count
        let state = custom.state.map { "\($0.name): \($0.value.text)" }.joined(separator: ", ")
        return "custom(\(state)) script of \(lines) line\(lines == 1 ? "" : "s")"
    }
}
