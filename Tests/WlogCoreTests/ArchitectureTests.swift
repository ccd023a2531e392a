import Foundation
import Testing

/// The layout rules of ARCHITECTURE.md, checked on the source tree: SQL and GRDB live only in
/// the stores, and the command-line target never sees GRDB.
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
}
