import Foundation
import Testing

@testable import WlogCore

/// The parser's byte-level string helpers give exactly the answers of the character-level
/// versions they replace, including next to combining marks, non-ASCII spaces and CRLF.
@Suite struct TextScanningTests {
    /// Pieces chosen to sit on every kind of boundary the byte loops decide on.
    static let pieces = [
        " ", "\t", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{A0}", "\u{3000}",
        "\u{301}", "\u{600}", "\u{200D}",
        "#", "*", "**", "`", "```", "~~~", "\u{1FEF}", "\u{37E}", "1", "42", ".", ")", "-", "a", "Z", "é", "e\u{301}",
        "👍🏽", ":",
    ]

    /// Deterministic strings made of up to eight pieces.
    static func samples(count: Int = 4000) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(9)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func trimmingMatchesCharacterLevelTrimming() {
        for text in Self.samples() {
            #expect(text.trimmingSpaces() == text.slowTrimmingSpaces(), "\(text.unicodeScalars.map(\.value))")
            #expect(
                text.trimmingTrailingWhitespace() == text.slowTrimmingTrailingWhitespace(),
                "\(text.unicodeScalars.map(\.value))")
            let tail = text.dropFirst()
            #expect(tail.trimmingSpaces() == tail.slowTrimmingSpaces())
        }
    }

    @Test func leadingCountsMatchCharacterCounts() {
        for text in Self.samples() {
            #expect(
                text.countOfLeadingASCII { $0 == 0x20 || $0 == 0x09 } == text.prefix { $0 == " " || $0 == "\t" }.count)
            #expect(text.countOfLeadingASCII { $0 == UInt8(ascii: "#") } == text.prefix { $0 == "#" }.count)
            #expect(
                text.countOfLeadingASCII { (0x30...0x39).contains($0) }
                    == text.prefix { $0.isASCII && $0.isNumber }.count)
        }
    }

    @Test func prefixesMatchCharacterPrefixes() {
        // U+1FEF is canonically equivalent to a backtick: `hasPrefix` counts it as one.
        let equivalents = ["\u{1FEF}\u{1FEF}\u{1FEF}", "``\u{1FEF} x", "\u{1FEF}``", "```\u{301}"]
        #expect(equivalents.map { $0.startsWithASCII("```") } == [true, true, true, false])
        for text in Self.samples() + equivalents {
            for prefix in ["```", "~~~", "**", "#"] {
                #expect(
                    text.startsWithASCII(prefix) == text.hasPrefix(prefix),
                    "\(text.unicodeScalars.map(\.value)) \(prefix)")
            }
        }
    }

    @Test func asciiSlugsMatchFoldedSlugs() {
        let texts =
            Self.samples().filter { $0.utf8.allSatisfy { $0 < 0x80 } } + [
                "Reverse Hyperextension!", "  --A_b-9 ", "\u{7F}x\u{1F}y",
            ]
        for text in texts {
            let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            let reference = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.joined(separator: "-")
            #expect(ExerciseNaming.slugify(text) == reference)
        }
    }

    @Test func linesAreSplitAtEveryLineBreakAsCharactersAre() {
        let edges = [
            "", "\n", "a\n", "\na\n\nb", "\r", "\r\r\n\n", "a\u{2028}b\u{2029}", "\u{85}\u{301}", "\u{C2}\u{85}", "x\r",
        ]
        for text in Self.samples() + edges {
            #expect(text.splitIntoLines() == text.characterLines(), "\(text.unicodeScalars.map(\.value))")
            #expect(text.withUnixLineBreaks() == text.characterLines().joined(separator: "\n"))
            #expect(text.containsByte(UInt8(ascii: "#")) == text.unicodeScalars.contains("#"))
        }
        #expect(
            "a\r\nb\rc\u{0B}d\u{0C}e\u{85}f\u{2028}g\u{2029}h\ni".splitIntoLines() == [
                "a", "b", "c", "d", "e", "f", "g", "h", "i",
            ])
    }

    /// ASCII lines made of the parts of list items, labels and bold headings.
    static func asciiLines() -> [String] {
        let parts = [
            "**", "*", ":", " ", "\t", "1", "12", "1234567890", ".", ")", "-", "+", "a", "Bc", "#", "x y", "Tips",
            "FORM",
        ]
        var state: UInt64 = 7
        return (0..<6000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return (0..<(state >> 61) + 1).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1
                return parts[Int((state >> 33) % UInt64(parts.count))]
            }.joined()
        }
    }

    @Test func asciiLinesParseAsCharacterLinesDo() {
        for line in Self.asciiLines() {
            #expect(SectionParser.boldHeading(line) == SectionParser.characterBoldHeading(line), "\(line)")
            let item = SectionParser.listItem(line)
            let characterItem = SectionParser.characterListItem(line)
            #expect(item?.0 == characterItem?.0 && item?.1 == characterItem?.1, "\(line)")
            let label = SectionParser.splitLabel(line)
            let characterLabel = SectionParser.characterSplitLabel(line)
            #expect(label.0 == characterLabel.0 && label.1 == characterLabel.1, "\(line)")
            let words = line.withASCIIBytes(SectionKind.asciiWords)
            #expect(words == line.lowercased().split { !$0.isLetter }.map(String.init))
        }
    }

    @Test func searchTextHoldsEveryPartOnALineOfItsOwn() throws {
        var documents = try ImportSource.seeds().map { try DocumentParser.parse($0.data(), fileName: $0.fileName) }
        documents.append(
            try DocumentParser.parse(
                text: "---\ndescription: d\n---\n### A\n- **L**:\n\n\n1.  \n", fileName: "blank-texts.md"))
        for document in documents {
            var lines = [document.metadata.description, document.metadata.equipment].compactMap { $0 }
            lines += document.metadata.muscles + document.metadata.secondaryMuscles
            for section in document.body + document.howTo {
                if let heading = section.heading { lines.append(heading) }
                lines += section.blocks.map { [$0.label, $0.text].compactMap { $0 }.joined(separator: ": ") }
            }
            #expect(DocumentHash.searchableText(of: document) == lines.joined(separator: "\n"))
        }
    }
}
