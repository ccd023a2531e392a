import Foundation

/// Imports exercise documents into the content store in one transaction (through
/// `ExerciseStore.importDocuments`), so a run stores everything or nothing. Documents are parsed a batch ahead of the writer (see
/// `ParsedBatch`), and written a batch at a time; an invalid file stops the writing (the transaction is rolled back)
/// but not the parsing, so every problem is reported at once. The write lock is held from the
/// first batch to the last (about 1.5 s for 10,000 documents); other wlog commands wait for it.
public struct DocumentImporter: Sendable {
    /// What one run did.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        /// free-exercise-db entries left out because the store has that exercise already.
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

    /// How many documents are parsed (in parallel) and then written together; the first batch
    /// is small so that the writer starts soon.
    static let batchSize = 512
    static let firstBatchSize = 64

    /// Parses `sources` and stores them. Throws `ImportFailure` (having written nothing) when a
    /// file is invalid, unless `skipInvalid`. `progress` is told how many of the total are done.
    /// A free-exercise-db JSON file among the sources gives one document per entry (see `FreeExerciseDB`).
    public func run(
        _ sources: [ImportSource], problems earlier: [ImportProblem] = [], skipInvalid: Bool = false,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Summary {
        var problems = earlier
        var entries: [(FreeExerciseEntry, ExerciseDocument)] = []
        var slugOwners: [String: String] = [:]
        var counts = Summary()
        func count(_ outcome: ImportOutcome) {
            switch outcome {
            case .added: counts.added += 1
            case .updated: counts.updated += 1
            case .unchanged: counts.unchanged += 1
            }
        }
        let first = 0..<min(Self.firstBatchSize, sources.count)
        let batches =
            [first]
            + stride(from: first.upperBound, to: sources.count, by: Self.batchSize).map {
                $0..<min($0 + Self.batchSize, sources.count)
            }
        progress?(0, sources.count)
        try ExerciseStore(database: database).importDocuments { writer in
            var next = batches.first.map { ParsedBatch(sources, range: $0) }
            for (index, range) in batches.enumerated() {
                guard let parsed = next?.results() else { break }
                next = batches.indices.contains(index + 1) ? ParsedBatch(sources, range: batches[index + 1]) : nil
                var documents: [DocumentToStore] = []
                for (source, outcome) in zip(sources[range], parsed) {
                    switch outcome {
                    case .dataset(let dataset):
                        problems += dataset.problems
                        for entry in dataset.entries {
                            do throws(DocumentError) {
                                entries.append(
                                    (
                                        entry,
                                        try FreeExerciseDB.document(entry, slug: ExerciseNaming.slugify(entry.name))
                                    ))
                            } catch {
                                problems.append(ImportProblem(path: source.path, error: error))
                            }
                        }
                    case .failure(let error):
                        problems.append(ImportProblem(path: source.path, error: error))
                    case .document(let prepared):
                        let document = prepared.document
                        if let owner = slugOwners[document.metadata.slug] {
                            problems.append(
                                ImportProblem(
                                    path: source.path,
                                    error: DocumentError(
                                        line: 1, message: "slug `\(document.metadata.slug)` is also used by \(owner)",
                                        hint: "give one of them another `slug:`")))
                        } else {
                            slugOwners[document.metadata.slug] = source.path
                            documents.append(prepared)
                        }
                    }
                }
                if problems.isEmpty || skipInvalid {
                    for outcome in try writer.save(documents) { count(outcome) }
                }
                progress?(range.upperBound, sources.count)
            }
            if !problems.isEmpty, !skipInvalid { throw ImportFailure(problems: problems) }
            var taken: Set<String> = []
            for (entry, prepared) in entries {
                guard let slug = try writer.placement(of: entry, taken: taken) else {
                    counts.alreadyInLibrary += 1
                    continue
                }
                taken.insert(slug)
                let document =
                    slug == prepared.metadata.slug ? prepared : try FreeExerciseDB.document(entry, slug: slug)
                count(try writer.save(document, origin: FreeExerciseDB.origin(of: entry)))
            }
        }
        counts.skipped = problems
        return counts
    }
}

/// What a worker made of one source: a document with its content hash, free-exercise-db's
/// entries, or the reason it cannot be imported.
private enum ParsedSource: Sendable {
    case document(DocumentToStore)
    case dataset((entries: [FreeExerciseEntry], problems: [ImportProblem]))
    case failure(DocumentError)

    init(_ source: ImportSource) {
        let data: Data
        do throws(DocumentError) {
            data = try source.data()
        } catch {
            self = .failure(error)
            return
        }
        if let dataset = FreeExerciseDB.entries(in: data, path: source.path) {
            self = .dataset(dataset)
        } else if Self.mayBeJSON(data), (try? JSONSerialization.jsonObject(with: data)) != nil {
            self = .failure(
                DocumentError(
                    line: 1,
                    message: "this JSON file is neither an exercise document nor free-exercise-db's exercises.json",
                    hint: "import a history export with `wlog import history FILE`"))
        } else {
            do throws(DocumentError) {
                let document = try DocumentParser.parse(data, fileName: source.fileName)
                self = .document(.prepared(document, origin: source.path))
            } catch {
                self = .failure(error)
            }
        }
    }

    /// Whether `data` starts (after a byte-order mark and white space) like a JSON array or object.
    private static func mayBeJSON(_ data: Data) -> Bool {
        let first = FreeExerciseDB.jsonStart(of: data).first
        return first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
    }
}

/// One batch of sources being parsed in the background while the writer works on the batch
/// before it. One worker fewer than the cores parses, so that the writer, the slower half of an
/// import, keeps a core of its own (on 2 cores, two parsing workers left the writer two thirds
/// of one); a writer that asks for the batch before it is parsed parses what is left itself.
private final class ParsedBatch: @unchecked Sendable {
    private let sources: [ImportSource]
    private let range: Range<Int>
    private let workers = DispatchGroup()
    private let lock = NSLock()
    /// The offset in `range` of the next source nobody parses yet.
    private var next = 0
    private var parsed: [ParsedSource?]

    init(_ sources: [ImportSource], range: Range<Int>) {
        self.sources = sources
        self.range = range
        parsed = Array(repeating: nil, count: range.count)
        let count = max(1, min(range.count, ProcessInfo.processInfo.activeProcessorCount - 1))
        for _ in 0..<count {
            DispatchQueue.global().async(group: workers) { [self] in parseWhatIsLeft() }
        }
    }

    /// The batch's results in the sources' order, once all are parsed.
    func results() -> [ParsedSource] {
        parseWhatIsLeft()
        workers.wait()
        return lock.withLock { parsed.map { $0 ?? .failure(DocumentError(line: nil, message: "not parsed")) } }
    }

    /// Parses sources of the batch one by one until none is left to start.
    private func parseWhatIsLeft() {
        while let offset = claim() {
            let result = ParsedSource(sources[range.lowerBound + offset])
            lock.withLock { parsed[offset] = result }
        }
    }

    private func claim() -> Int? {
        lock.withLock {
            guard next < range.count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
