import Foundation
import Testing

@testable import WlogCore

/// Full-text search over the bundled library.
@Suite struct SearchTests {
    let search: ExerciseStore

    init() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        search = ExerciseStore(database: database)
    }

    @Test func aNameMatchRanksFirst() throws {
        #expect(try search.search("reverse hyperextension").first?.slug == "reverse-hyperextension")
        #expect(try search.search("plank").prefix(2).map(\.slug).sorted() == ["plank", "side-plank"])
    }

    @Test func aliasesAndBodyTextAreSearched() throws {
        #expect(try search.search("Forearm Plank").first?.slug == "plank")
        let hits = try search.search("hyperextend")
        #expect(hits.map(\.slug).contains("reverse-hyperextension"))
    }

    @Test func theLastWordIsAPrefixAndStemsMatch() throws {
        #expect(try search.search("hyperext").map(\.slug).contains("reverse-hyperextension"))
        #expect(try search.search("squats").map(\.slug).contains("back-squat"))
    }

    @Test func snippetsMarkTheMatchedTerms() throws {
        let hit = try #require(try search.search("footpads").first)
        #expect(hit.slug == "reverse-hyperextension")
        #expect(hit.snippet.contains(ExerciseSearch.highlightStart + "footpads" + ExerciseSearch.highlightEnd))
        #expect(hit.snippet { "<\($0)>" }.contains("<footpads>"))
    }

    @Test(arguments: [
        "\"unbalanced", "glute\"s (", "NEAR(a b", "a AND OR NOT", "name:squat", "-press", "^start", "squat*",
        "{x y}: z",
        "'; DROP TABLE exercise; --", "Ângulo ção", "a\"b\"c\"", "OR", "🏋️ squat",
    ])
    func anyQueryTextRunsWithoutFailing(query: String) throws {
        _ = try search.search(query)
    }

    @Test(arguments: ["", "   ", "\u{0}", "***", "\"\"", "()", "🏋️"])
    func queriesWithoutWordsGetAClearError(query: String) {
        #expect(throws: SearchError.noWords(query)) { try search.search(query) }
    }

    @Test func nothingMatchingGivesNoHits() throws {
        #expect(try search.search("zzzyzzx").isEmpty)
    }

    @Test func aRepeatedWordIsSearchedOnce() throws {
        let repeated = Array(repeating: "the", count: 300).joined(separator: " ")
        #expect(try ExerciseSearch.ftsQuery(for: repeated) == "\"the\"*")
        #expect(try ExerciseSearch.ftsQuery(for: "Squat bench SQUAT squat") == "\"bench\" \"squat\"*")
        #expect(try ExerciseSearch.ftsQuery(for: "glute Glute GLUTE bridge") == "\"glute\" \"bridge\"*")
        #expect(try search.search(repeated) == (try search.search("the")))
    }

    @Test func tooManyDifferentWordsAreRefused() throws {
        let words = (1...ExerciseSearch.maximumWords).map { "w\($0)" }
        let query = try ExerciseSearch.ftsQuery(for: words.joined(separator: " "))
        #expect(query.split(separator: " ").count == ExerciseSearch.maximumWords)
        let tooMany = (1...300).map { "w\($0)" }.joined(separator: " ")
        #expect(throws: SearchError.tooManyWords(count: 300, maximum: ExerciseSearch.maximumWords)) {
            try search.search(tooMany)
        }
    }

    @Test func tooLongATextIsRefusedBeforeItIsSplit() throws {
        let text = Array(repeating: "a", count: 5_000).joined(separator: " ")
        #expect(throws: SearchError.tooLong(characters: 9_999, maximum: ExerciseSearch.maximumQueryLength)) {
            try search.search(text)
        }
        let longest = String(repeating: "x", count: ExerciseSearch.maximumQueryLength)
        #expect(try ExerciseSearch.ftsQuery(for: longest) == "\"\(longest)\"*")
        #expect(try search.search(longest).isEmpty)
    }
}
