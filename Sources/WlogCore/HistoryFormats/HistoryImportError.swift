/// A problem in a history file: where it is, what is wrong, and what to do.
public struct HistoryImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    /// The physical line of the file the problem is on (a CSV record's first line), when known.
    public var line: Int?
    public var message: String
    public var hint: String?

    public init(path: String, line: Int?, message: String, hint: String? = nil) {
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
    }

    /// `path:line: message (hint)`.
    public var description: String {
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): \(message)" + (hint.map { " (\($0))" } ?? "")
    }
}

/// A history import that wrote nothing, because the file has problems.
public struct HistoryImportFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [HistoryImportError]

    /// At most this many problems are listed.
    static let shownProblems = 20

    public var description: String {
        var lines = problems.prefix(Self.shownProblems).map(\.description)
        if problems.count > Self.shownProblems { lines.append("… and \(problems.count - Self.shownProblems) more") }
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        lines.append("\(count); nothing was imported")
        return lines.joined(separator: "\n")
    }
}
