/// A JSON document built by hand, so that absent values are written as `null` rather than left out.
public indirect enum JSONValue: Encodable, Equatable, Sendable {
    case int(Int)
    case number(Double)
    case text(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// `.number`, or `.null` for `nil`.
    static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    /// `.int`, or `.null` for `nil`.
    static func int(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
    /// `.text`, or `.null` for `nil`.
    static func text(_ value: String?) -> JSONValue { value.map(JSONValue.text) ?? .null }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }
}
