/// Why an exercise name did not resolve to one exercise.
public enum ExerciseLookupError: Error, Equatable, CustomStringConvertible {
    case notFound(query: String, suggestions: [String])
    case ambiguous(query: String, candidates: [String])

    public var description: String {
        switch self {
        case .notFound(let query, let suggestions):
            let hint =
                suggestions.isEmpty
                ? "run `wlog exercises` to list them, or `wlog import seeds` to load the library"
                : "did you mean: \(suggestions.joined(separator: ", "))?"
            return "no exercise matches \"\(query)\"; \(hint)"
        case .ambiguous(let query, let candidates):
            return
                "\"\(query)\" matches several exercises: \(candidates.prefix(10).joined(separator: ", ")); give one of these slugs"
        }
    }
}
