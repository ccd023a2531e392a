import Foundation
import Testing

@testable import WlogCore

/// `CSVRecordReader` splits records as the CSV library wlog used before did, from text and from
/// a stream alike.
@Suite struct CSVRecordReaderTests {
    func records(_ reader: CSVRecordReader) -> [[String]] {
        var records: [[String]] = []
        while let record = reader.next() { records.append(record) }
        return records
    }

    func both(_ text: String) -> ([[String]], [[String]]) {
        let comma = UInt8(ascii: ",")
        return (
            records(CSVRecordReader(text, delimiter: comma)),
            records(CSVRecordReader(InputStream(data: Data(text.utf8)), delimiter: comma))
        )
    }

    @Test func quotesLineBreaksAndEmptyFields() {
        let text = "a,\"b, \"\"c\"\"\",d\r\n\"two\nlines\",,\re,f,\n\ng,\"ü\"x\"\"y"
        let expected = [
            ["a", "b, \"c\"", "d"], ["two\nlines", "", ""], ["e", "f", ""], [""], ["g", "ü\"\"y"],
        ]
        let (fromText, fromStream) = both(text)
        #expect(fromText == expected)
        #expect(fromStream == expected)
    }

    @Test func aQuoteInsideAnUnquotedFieldIsKeptAndAStrayQuoteDropsTheCharacterAfterIt() {
        // The field stays quoted after the stray quote: it runs to the end of the text.
        let (fromText, _) = both("5\"2,\"ab\"éc,z\n")
        #expect(fromText == [["5\"2", "ab\"c,z\n"]])
    }

    @Test func aStreamSkipsAByteOrderMark() {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("Date,Reps\n1,2".utf8)
        let reader = CSVRecordReader(InputStream(data: data), delimiter: UInt8(ascii: ","))
        #expect(records(reader) == [["Date", "Reps"], ["1", "2"]])
    }

    @Test func theEndOfTheTextEndsTheLastRecord() {
        #expect(both("") == ([], []))
        #expect(both("a,b\n").0 == [["a", "b"]])
        #expect(both("a,\"b").0 == [["a", "b"]])
    }
}
