import Foundation

/// What full-text search over exercise names, aliases and document text takes and gives
/// (`ExerciseStore.search` runs it, ranked by bm25).
///
/// Any query text is accepted: it is reduced to its words, each quoted for FTS5, so quotes,
/// brackets and operators in the input never reach the FTS5 query parser as syntax.
public enum ExerciseSearch {
    /// Marks the start and end of a matched term in a snippet.
    public static let highlightStart = "\u{2}"
    public static let highlightEnd = "\u{3}"

    /// One result: the exercise and a snippet of the text that matched.
    public struct Hit: Codable, Equatable, Sendable {
        public var slug: String
        public var name: String
        public var equipment: String?
        /// The matching excerpt, with terms between `highlightStart` and `highlightEnd`.
        public var snippet: String
        public var rank: Double

        /// The snippet with each matched term passed through `highlight`, and the text between them through `plain`.
        public func snippet(highlight: (String) -> String, plain: (String) -> String = { $0 }) -> String {
            var output = ""
            var rest = Substring(snippet)
            while let start = rest.range(of: ExerciseSearch.highlightStart) {
                output += plain(String(rest[..<start.lowerBound]))
                rest = rest[start.upperBound...]
                let end = rest.range(of: ExerciseSearch.highlightEnd)?.lowerBound ?? rest.endIndex
                output += highlight(String(rest[..<end]))
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            }
            return output + plain(String(rest))
        }
    }

    /// The longest query text searched, in characters: far more than any search a lifter types.
    public static let maximumQueryLength = 2_000
    /// The most different words one query may hold.
    public static let maximumWords = 12

    /// The FTS5 query for `text`: its different words (ignoring case) quoted and AND-ed, the word
    /// typed last as a prefix. Bounded, so that no input costs more than a normal query: a word
    /// repeated counts once, and text too long or with too many different words is refused.
    public static func ftsQuery(for text: String) throws(SearchError) -> String {
        let length = text.count
        guard length <= maximumQueryLength else {
            throw SearchError.tooLong(characters: length, maximum: maximumQueryLength)
        }
        let typed = text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard let last = typed.last else { throw SearchError.noWords(text) }
        var seen: Set<String> = [last.lowercased()]
        var words: [String] = []
        for word in typed where seen.insert(word.lowercased()).inserted { words.append(word) }
        words.append(last)
        guard words.count <= maximumWords else {
            throw SearchError.tooManyWords(count: words.count, maximum: maximumWords)
        }
        return words.enumerated().map { index, word in
            "\"\(word)\"" + (index == words.count - 1 ? "*" : "")
        }.joined(separator: " ")
    }
}
