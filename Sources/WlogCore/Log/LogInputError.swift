/// A value given to `wlog record` (or edit) that is not accepted: which option, the value, and the accepted form.
public struct LogInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The option the value was given for, such as `--weight`.
    public var option: String
    /// The text exactly as the user typed it.
    public var value: String
    /// The form that would have been accepted, phrased to follow "expected".
    public var expected: String

    public init(option: String, value: String, expected: String) {
        self.option = option
        self.value = value
        self.expected = expected
    }

    /// `--weight: "abc" is not accepted; expected a weight such as …`.
    public var description: String {
        "\(option): \"\(value)\" is not accepted; expected \(expected)"
    }
}
