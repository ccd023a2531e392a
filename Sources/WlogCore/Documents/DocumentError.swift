/// A problem found in one exercise document: where it is, what is wrong, and what to do.
public struct DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based line of the problem, when it has one.
    public var line: Int?
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    public init(line: Int?, message: String, hint: String? = nil) {
        self.line = line
        self.message = message
        self.hint = hint
    }

    public var description: String {
        hint.map { "\(message) (\($0))" } ?? message
    }

    /// The problem as `path:line: message`, the form editors and terminals link to.
    public func located(in path: String) -> String {
        "\(path):\(line ?? 1): \(description)"
    }
}
