import Foundation
import GRDB

/// Imports exercise documents into the content store: every file is parsed and checked first,
/// then all are written in one transaction, so a run stores everything or nothing.
public struct DocumentImporter: Sendable {
    /// What one run did.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        /// free-exercise-db records left out because the store has that exercise already.
        public var alreadyInLibrary = 0
        /// Files left out under `skipInvalid`.
        public var skipped: [ImportProblem] = []

        public var description: String {
            var text = "\(added) added, \(updated) updated, \(unchanged) unchanged"
            if alreadyInLibrary > 0 { text += ", \(alreadyInLibrary) already in the library" }
            if !skipped.isEmpty { text += ", \(skipped.count) skipped" }
            return text
        }
    }

    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Parses `sources` and stores them. Throws `ImportFailure` (having written nothing) when a
    /// file is invalid, unless `skipInvalid`. `progress` is told how many of the total are done.
    /// A free-exercise-db JSON file among the sources gives one document per record (see `FreeExerciseDB`).
    public func run(
        _ sources: [ImportSource], problems earlier: [ImportProblem] = [], skipInvalid: Bool = false,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Summary {
        var problems = earlier
        var documents: [(ImportSource, HashedDocument)] = []
        var records: [(FreeExerciseDB.Record, ExerciseDocument)] = []
        var slugOwners: [String: String] = [:]
        let total = sources.count * 2
        let parsed = Self.parseInParallel(sources, progress: progress, total: total)
        for (source, outcome) in zip(sources, parsed) {
            if let dataset = FreeExerciseDB.records(in: source.data, path: source.path) {
                problems += dataset.problems
                for record in dataset.records {
                    do throws(DocumentError) {
                        records.append((record, try FreeExerciseDB.document(record, slug: ExerciseNaming.slugify(record.name))))
                    } catch {
                        problems.append(ImportProblem(path: source.path, error: error))
                    }
                }
                continue
            }
            if (try? JSONSerialization.jsonObject(with: source.data)) != nil {
                problems.append(ImportProblem(path: source.path, error: DocumentError(
                    line: 1, message: "this JSON file is neither an exercise document nor free-exercise-db's exercises.json",
                    hint: "import a history export with `wlog import history FILE`")))
                continue
            }
            do throws(DocumentError) {
                let parsed = try outcome.get()
                let document = parsed.document
                if let owner = slugOwners[document.metadata.slug] {
                    throw DocumentError(line: 1, message: "slug `\(document.metadata.slug)` is also used by \(owner)", hint: "give one of them another `slug:`")
                }
                slugOwners[document.metadata.slug] = source.path
                documents.append((source, parsed))
            } catch {
                problems.append(ImportProblem(path: source.path, error: error))
            }
        }
        if !problems.isEmpty, !skipInvalid { throw ImportFailure(problems: problems) }

        var summary = Summary(skipped: problems)
        let counts = try database.writer.write { db in
            var counts = Summary()
            let now = Date()
            let writes = sources.count + documents.count + records.count
            func count(_ outcome: ImportOutcome) {
                switch outcome {
                case .added: counts.added += 1
                case .updated: counts.updated += 1
                case .unchanged: counts.unchanged += 1
                }
            }
            for (index, (source, parsed)) in documents.enumerated() {
                progress?(sources.count + index, writes)
                count(try ExerciseRepository.save(parsed.document, origin: source.path, in: db, now: now, hash: parsed.hash))
            }
            var taken: Set<String> = []
            for (index, (record, prepared)) in records.enumerated() {
                progress?(sources.count + documents.count + index, writes)
                guard let slug = try FreeExerciseDB.placement(of: record, taken: taken, in: db) else {
                    counts.alreadyInLibrary += 1
                    continue
                }
                taken.insert(slug)
                let document = slug == prepared.metadata.slug ? prepared : try FreeExerciseDB.document(record, slug: slug)
                count(try ExerciseRepository.save(document, origin: FreeExerciseDB.origin(of: record), in: db, now: now))
            }
            return counts
        }
        progress?(total, total)
        summary.added = counts.added
        summary.updated = counts.updated
        summary.unchanged = counts.unchanged
        summary.alreadyInLibrary = counts.alreadyInLibrary
        return summary
    }

    /// Parses every source as a document, on every core: parsing is most of an import's work,
    /// and documents do not depend on each other. Results come back in the sources' order.
    private static func parseInParallel(
        _ sources: [ImportSource], progress: (@Sendable (Int, Int) -> Void)?, total: Int
    ) -> [Result<HashedDocument, DocumentError>] {
        progress?(0, total)
        let results = ParseResults(count: sources.count)
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let source = sources[index]
            let outcome = Result { () throws(DocumentError) in
                let document = try DocumentParser.parse(source.data, fileName: source.fileName)
                return HashedDocument(document: document, hash: DocumentHash.of(document))
            }
            results.store(outcome, at: index) { done in progress?(done, total) }
        }
        return results.all
    }
}

/// A parsed document with its content hash, both computed off the writing thread.
private struct HashedDocument: Sendable {
    let document: ExerciseDocument
    let hash: String
}

/// Parse results filled in by concurrent workers, each at its own index.
private final class ParseResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<HashedDocument, DocumentError>]
    private var done = 0

    init(count: Int) {
        results = Array(repeating: .failure(DocumentError(line: nil, message: "not parsed")), count: count)
    }

    /// Stores one result and tells `report` how many are done, in order.
    func store(_ result: Result<HashedDocument, DocumentError>, at index: Int, report: (Int) -> Void) {
        lock.withLock {
            results[index] = result
            done += 1
            report(done)
        }
    }

    var all: [Result<HashedDocument, DocumentError>] { lock.withLock { results } }
}
