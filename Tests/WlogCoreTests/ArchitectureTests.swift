import Foundation
import Testing

/// The layout rules of ARCHITECTURE.md, checked on the source tree: SQL and GRDB live only in
/// the stores, the command-line target never sees GRDB, and no GRDB type is part of the
/// library's public interface.
@Suite struct ArchitectureTests {
    static let sources = TestSupport.repository.appendingPathComponent("Sources")

    /// Every Swift file under `folder`, with its path relative to `Sources/`.
    static func swiftFiles(under folder: URL) throws -> [(path: String, text: String)] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let relative = String(url.path.dropFirst(sources.path.count + 1))
            files.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }

    /// Words that only SQL text uses, in the spelling our statements use (upper case).
    static var sqlPattern: Regex<AnyRegexOutput> {
        try! Regex(#"\b(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE (TABLE|INDEX)|PRAGMA|JOIN)\b|sql:"#)
    }

    @Test func sqlLivesOnlyInTheStores() throws {
        let outside = try Self.swiftFiles(under: Self.sources).filter { !$0.path.hasPrefix("WlogCore/Stores/") }
        #expect(outside.count > 50)
        let offenders = outside.filter { $0.text.contains(Self.sqlPattern) }.map(\.path)
        #expect(offenders == [])
    }

    @Test func grdbIsImportedOnlyByTheStores() throws {
        let offenders = try Self.swiftFiles(under: Self.sources)
            .filter { !$0.path.hasPrefix("WlogCore/Stores/") && $0.text.contains("import GRDB") }
            .map(\.path)
        #expect(offenders == [])
    }

    @Test func everyStoreFolderHoldsAStoreNamingItsTables() throws {
        let stores = try Self.swiftFiles(under: Self.sources.appendingPathComponent("WlogCore/Stores"))
        #expect(stores.contains { $0.text.contains("import GRDB") })
        let migrations = try FileManager.default.contentsOfDirectory(
            atPath: TestSupport.repository.appendingPathComponent("Migrations").path
        )
        .filter { $0.hasSuffix(".sql") }
        let tableNames = try migrations.flatMap { file in
            let sql = try String(
                contentsOf: TestSupport.repository.appendingPathComponent("Migrations/\(file)"), encoding: .utf8)
            return sql.matches(of: try Regex(#"CREATE (?:VIRTUAL )?TABLE (?:IF NOT EXISTS )?([a-z_]+)"#)).compactMap {
                $0.output[1].substring.map(String.init)
            }
        }
        #expect(!tableNames.isEmpty)
        let architecture = try String(
            contentsOf: TestSupport.repository.appendingPathComponent("ARCHITECTURE.md"), encoding: .utf8)
        let unmapped = Set(tableNames).filter { !architecture.contains("`\($0)`") }
        #expect(unmapped.isEmpty, "tables ARCHITECTURE.md does not place in a store: \(unmapped.sorted())")
    }

    /// GRDB's names a public declaration could mention: record protocols, rows and columns,
    /// requests, statements, cursors and database handles.
    static let grdbNames = [
        "Row", "RowCursor", "Column", "Columns", "ColumnExpression", "FetchableRecord", "PersistableRecord",
        "MutablePersistableRecord", "EncodableRecord", "TableRecord", "DatabaseValue", "DatabaseValueConvertible",
        "StatementColumnConvertible", "Database", "DatabaseQueue", "DatabasePool", "DatabaseWriter", "DatabaseReader",
        "DatabaseMigrator", "DatabaseError", "ResultCode", "QueryInterfaceRequest", "DerivableRequest", "FetchRequest",
        "SQLRequest", "SQLExpression", "SQLExpressible", "Statement", "StatementArguments", "InsertionSuccess",
        "PersistenceContainer", "DatabaseColumnDecodingStrategy", "DatabaseColumnEncodingStrategy", "Cursor",
    ]

    /// The declarations of `text` that are part of the public interface: each `public` or `open`
    /// declaration up to its body (following lines while its parentheses are open), and each
    /// extension that adds conformances to one of `publicTypes`.
    static func publicDeclarations(in text: String, publicTypes: Set<String>) throws -> [String] {
        let modifiers = #"^\s*(@[\w.()]+\s+)*((static|final|nonisolated|mutating|override|convenience|required)\s+)*"#
        let opening = try Regex(modifiers + #"(public|open)\b"#)
        let conformance = try Regex(#"^\s*extension\s+(\w+)\s*:"#)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var declarations: [String] = []
        for (index, line) in lines.enumerated() {
            if let extended = line.prefixMatch(of: conformance)?.output[1].substring,
                publicTypes.contains(String(extended))
            {
                declarations.append(String(line.prefix { $0 != "{" }))
            }
            guard line.prefixMatch(of: opening) != nil else { continue }
            var declaration = String(line)
            var next = index + 1
            while Self.openParentheses(in: declaration) > 0, next < lines.count {
                declaration += "\n" + lines[next]
                next += 1
            }
            declarations.append(String(declaration.prefix { $0 != "{" }))
        }
        return declarations
    }

    /// How many of the parentheses of `text` are still open at its end.
    static func openParentheses(in text: String) -> Int {
        text.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) }
    }

    /// Those of `declarations` that mention a GRDB name.
    static func mentioningGRDB(_ declarations: [String]) throws -> [String] {
        let names = try Regex(#"\b("# + grdbNames.joined(separator: "|") + #")\b"#)
        return declarations.filter { $0.contains(names) }
    }

    /// GRDB stays behind the library: the GRDB record conformances belong to internal row types
    /// of the stores (`ExerciseRow`, `LoggedSetRow`, `WorkoutSessionRow`), never to public types.
    @Test func noPublicDeclarationOfTheLibraryMentionsGRDB() throws {
        let sample =
            "public struct Lift: Codable {}\nextension Lift: FetchableRecord {}\npublic init(\n    row: Row\n) {"
        #expect(
            try Self.mentioningGRDB(Self.publicDeclarations(in: sample, publicTypes: ["Lift"]))
                == ["extension Lift: FetchableRecord ", "public init(\n    row: Row\n) "],
            "the scan finds a conformance and a declaration over several lines")
        let files = try Self.swiftFiles(under: Self.sources.appendingPathComponent("WlogCore"))
        let typePattern = try Regex(
            #"^\s*(@[\w.()]+\s+)*(public|open)\s+(final\s+)?(struct|enum|class|actor|protocol)\s+(\w+)"#
        ).anchorsMatchLineEndings()
        let publicTypes = Set(
            files.flatMap { $0.text.matches(of: typePattern).compactMap { $0.output[5].substring.map(String.init) } })
        #expect(publicTypes.contains("Exercise") && publicTypes.contains("LoggedSet"))
        var declarationCount = 0
        var offenders: [String] = []
        for file in files {
            let declarations = try Self.publicDeclarations(in: file.text, publicTypes: publicTypes)
            declarationCount += declarations.count
            offenders += try Self.mentioningGRDB(declarations).map { "\(file.path): \($0)" }
        }
        #expect(declarationCount > 100)
        #expect(offenders == [])
    }
}
