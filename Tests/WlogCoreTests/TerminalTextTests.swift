import Foundation
import Testing
import WlogCore

/// Text for a terminal: control characters shown as visible characters, line breaks kept in running
/// text and folded in a table cell, plain text unchanged.
@Suite struct TerminalTextTests {
    @Test func plainTextIsUnchanged() {
        let text = "Barbell Back Squat — 3×5 @ 100 kg “felt good” 💪🏽 Ünïcödé"
        #expect(TerminalText.lines(text) == text)
        #expect(TerminalText.cell(text) == text)
    }

    @Test(arguments: [
        ("\u{1B}[2J", "^[[2J"), ("\u{1B}]0;title\u{07}", "^[]0;title^G"), ("a\u{0}b", "a^@b"), ("\u{7F}", "^?"),
        ("\u{8}\u{8}", "^H^H"), ("\u{9B}31m", "\\u{9b}31m"), ("\u{202E}txt", "\\u{202e}txt"),
        ("x\u{2066}y", "x\\u{2066}y"),
        ("\u{200B}", "\\u{200b}"), ("\u{FEFF}", "\\u{feff}"),
    ])
    func controlCharactersAreShownAsVisibleText(raw: String, shown: String) {
        #expect(TerminalText.lines(raw) == shown)
        #expect(TerminalText.cell(raw) == shown)
    }

    @Test func runningTextKeepsItsLineBreaksAndTabs() {
        #expect(
            TerminalText.lines("one\ntwo\r\nthree\rfour\u{2028}five\u{85}six\u{2029}seven\tend")
                == "one\ntwo\nthree\nfour\nfive\nsix\nseven\tend")
    }

    @Test func aCellStaysOneLine() {
        #expect(TerminalText.cell("one\ntwo\r\nthree\rfour\u{2028}five\tend") == "one ↵ two ↵ three ↵ four ↵ five end")
    }

    @Test func aTableWithHostileCellsStaysAligned() {
        let table = Tabular(headers: ["name", "note"], rows: [["a\u{1B}[31m", "x\ny"], ["bb", "tab\there"]]).table()
        #expect(table == "name     note\n-------  --------\na^[[31m  x ↵ y\nbb       tab here\n")
    }
}
