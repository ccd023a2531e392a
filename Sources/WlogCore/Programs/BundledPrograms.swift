import Foundation

/// A Liftoscript program that ships with wlog, compiled in from `Seeds/programs/`: its name (the file
/// name without `.liftoscript`, such as `alternating-ab`), its title and description (the `///` lines
/// the file opens with, `Title: who it is for, how it progresses`), and its full text.
public struct BundledProgram: Hashable, Sendable {
    /// The file name without its extension: what `wlog program add seeds` stores it under.
    public let name: String
    /// The words before the first colon of the description, such as `Alternating A/B`.
    public let title: String
    /// The opening `///` lines as one paragraph, title included.
    public let description: String
    /// The program as written, ready for `ProgramParser.parse`.
    public let text: String

    /// The extension a file of `Seeds/programs/` needs to be a bundled program.
    public static let fileExtension = "liftoscript"

    /// Every bundled program, sorted by name.
    public static var all: [BundledProgram] {
        EmbeddedResources.programs.compactMap { file in
            let url = URL(fileURLWithPath: file.name)
            guard url.pathExtension.lowercased() == fileExtension,
                let data = file.data, let text = String(data: data, encoding: .utf8)
            else { return nil }
            return BundledProgram(name: url.deletingPathExtension().lastPathComponent, text: text)
        }
    }

    /// The bundled program called `name` (any case), or nil.
    public static func named(_ name: String) -> BundledProgram? {
        all.first { $0.name.lowercased() == name.lowercased() }
    }

    init(name: String, text: String) {
        self.name = name
        self.text = text
        description = Self.openingComment(of: text)
        title = description.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
    }

    /// The `///` lines before the first other line, without their markers, joined by spaces.
    static func openingComment(of text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.hasPrefix("///") else { break }
            let words = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
            if !words.isEmpty { lines.append(words) }
        }
        return lines.joined(separator: " ")
    }
}
