/// A search query wlog cannot run.
public enum SearchError: Error, Equatable, CustomStringConvertible {
    case noWords(String)
    case tooLong(characters: Int, maximum: Int)
    case tooManyWords(count: Int, maximum: Int)

    public var description: String {
        switch self {
        case .noWords(let text):
            return
                "the query \"\(text)\" has no words to search for; give at least one letter or digit, such as `wlog search glutes`"
        case .tooLong(let characters, let maximum):
            return
                "the query is \(characters) characters long; at most \(maximum) are searched: give a few words, such as `wlog search glute bridge`"
        case .tooManyWords(let count, let maximum):
            return
                "the query has \(count) different words; at most \(maximum) are searched: keep the words that name the exercise, such as `wlog search glute bridge`"
        }
    }
}
