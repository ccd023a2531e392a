/// A parsed document on its way into the store.
struct DocumentToStore: Sendable {
    var document: ExerciseDocument
    /// Where it came from, kept in the `origin` column.
    var origin: String
    /// Its content hash and the text the search index holds, when already computed (off the
    /// writing thread, say).
    var hash: String?
    var searchText: String?

    /// `document` from `origin`, with its hash and search text computed now.
    static func prepared(_ document: ExerciseDocument, origin: String) -> DocumentToStore {
        DocumentToStore(
            document: document, origin: origin, hash: DocumentHash.of(document),
            searchText: DocumentHash.searchableText(of: document))
    }
}
