/// A `--map "Name=slug"` that cannot be used.
public enum ExerciseMapError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unknownTarget(name: String, target: String)

    public var description: String {
        switch self {
        case .malformed(let text):
            return "--map \"\(text)\" is not NAME=SLUG, such as --map \"Bench Press (Barbell)=bench-press\""
        case .unknownTarget(let name, let target):
            return
                "--map \"\(name)=\(target)\": no exercise has the slug, name or alias \"\(target)\"; `wlog exercises` lists them"
        }
    }

    /// `["Name=slug", …]` → name → slug (the last `=` separates them).
    public static func parse(_ specs: [String]) throws(ExerciseMapError) -> [String: String] {
        var overrides: [String: String] = [:]
        for spec in specs {
            guard let separator = spec.lastIndex(of: "=") else { throw .malformed(spec) }
            let name = spec[..<separator].trimmingCharacters(in: .whitespaces)
            let target = spec[spec.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !target.isEmpty else { throw .malformed(spec) }
            overrides[name] = target
        }
        return overrides
    }
}
