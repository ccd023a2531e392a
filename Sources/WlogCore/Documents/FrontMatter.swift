import Yams

/// The YAML front matter of a document, read into typed fields.
///
/// Known keys are checked for type; unknown keys are accepted and kept (in the YAML text,
/// which the store keeps verbatim). Anchors and aliases are refused, so no alias is ever expanded.
struct FrontMatter {
    var name: String?
    var slug: String?
    var aliases: [String] = []
    var video: String?
    var description: String?
    var equipment: String?
    var muscles: [String] = []
    var secondaryMuscles: [String] = []
    var category: String?
    var tags: [String] = []
    /// Keys wlog does not interpret, each with its value written back as YAML.
    var extras: [String: String] = [:]
    /// The line of each known key, for errors found after parsing (a bad slug, say).
    var keyLines: [String: Int] = [:]

    /// Parses the YAML of a front matter already checked once (as stored), for its unknown keys.
    static func extraKeys(yaml: String) -> [String: String] {
        (try? FrontMatter(yaml: yaml, firstLine: 1))?.extras ?? [:]
    }

    /// Parses `yaml`, whose first line is line `firstLine` of the document.
    init(yaml: String, firstLine: Int) throws(DocumentError) {
        guard yaml.contains(where: { !$0.isWhitespace }) else { return }
        let root: Node?
        do {
            // Yams holds anchors weakly; the parser keeps them alive while the tree is checked.
            let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
            root = try parser.singleRoot()
            try withExtendedLifetime(parser) { () throws(DocumentError) in
                if let root { try Self.refuseAnchors(in: root, firstLine: firstLine) }
            }
        } catch let error as DocumentError {
            throw error
        } catch let error as YamlError {
            throw DocumentError(
                line: Self.line(of: error, firstLine: firstLine),
                message: "invalid YAML front matter: \(Self.problem(of: error))",
                hint: "fix the YAML between the --- lines")
        } catch {
            throw DocumentError(line: firstLine, message: "invalid YAML front matter: \(error)")
        }
        guard let root else { return }
        guard let mapping = root.mapping else {
            throw DocumentError(
                line: firstLine, message: "the front matter is not a set of `key: value` lines",
                hint: "write it as `name: ...`, `description: ...`")
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = Self.line(of: keyNode, firstLine: firstLine)
            keyLines[key] = line
            switch key {
            case "name": name = try Self.text(value, key: key, line: line)
            case "slug": slug = try Self.text(value, key: key, line: line)
            case "video": video = try Self.text(value, key: key, line: line)
            case "description": description = try Self.text(value, key: key, line: line)
            case "equipment": equipment = try Self.text(value, key: key, line: line)
            case "category": category = try Self.text(value, key: key, line: line)
            case "aliases": aliases = try Self.list(value, key: key, line: line)
            case "muscles": muscles = try Self.list(value, key: key, line: line)
            case "secondary_muscles": secondaryMuscles = try Self.list(value, key: key, line: line)
            case "tags": tags = try Self.list(value, key: key, line: line)
            default: extras[key] = (try? Yams.serialize(node: value)) ?? value.string ?? ""
            }
        }
    }

    private static func line(of node: Node, firstLine: Int) -> Int {
        (node.mark?.line).map { $0 + firstLine - 1 } ?? firstLine
    }

    private static func line(of error: YamlError, firstLine: Int) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line + firstLine - 1
        default:
            return firstLine
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    /// Stops at the first anchored node, which in document order comes before any alias to it.
    private static func refuseAnchors(in node: Node, firstLine: Int) throws(DocumentError) {
        if node.anchor != nil {
            throw DocumentError(
                line: line(of: node, firstLine: firstLine),
                message: "YAML anchors and aliases are not accepted in front matter",
                hint: "write the value out in full")
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                try refuseAnchors(in: key, firstLine: firstLine)
                try refuseAnchors(in: value, firstLine: firstLine)
            }
        case .sequence(let sequence):
            for element in sequence { try refuseAnchors(in: element, firstLine: firstLine) }
        case .scalar, .alias:
            break
        }
    }

    private static func text(_ node: Node, key: String, line: Int) throws(DocumentError) -> String? {
        if case .scalar(let scalar) = node {
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
            let value = scalar.string.trimmingSpaces()
            return value.isEmpty ? nil : value
        }
        throw DocumentError(
            line: line, message: "`\(key)` must be a single text value", hint: "write `\(key): some text`")
    }

    /// A list of texts: a YAML sequence, or one scalar with comma-separated items.
    private static func list(_ node: Node, key: String, line: Int) throws(DocumentError) -> [String] {
        switch node {
        case .scalar:
            guard let value = try text(node, key: key, line: line) else { return [] }
            return value.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        case .sequence(let sequence):
            var items: [String] = []
            for element in sequence {
                guard case .scalar = element, let item = try text(element, key: key, line: line) else {
                    throw DocumentError(
                        line: line, message: "`\(key)` must be a list of texts", hint: "write `\(key): [first, second]`"
                    )
                }
                items.append(item)
            }
            return items
        default:
            throw DocumentError(
                line: line, message: "`\(key)` must be a list of texts", hint: "write `\(key): [first, second]`")
        }
    }
}
