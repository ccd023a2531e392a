import Foundation
import Testing
import WlogCore

/// `ProtectedFiles` and `OutputFile`: no spelling of a path reaches the database.
@Suite struct ProtectedFilesTests {
    @Test func everySpellingOfTheDatabaseAndItsCompanionsIsProtected() throws {
        let folder = try TestSupport.temporaryFolder()
        let real = folder.appendingPathComponent("data/wlog.sqlite").path
        _ = try AppDatabase(path: real)
        let link = folder.appendingPathComponent("link.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let hard = folder.appendingPathComponent("hard.sqlite").path
        try FileManager.default.linkItem(atPath: real, toPath: hard)

        for database in [real, link] {
            let protected = ProtectedFiles(database: database)
            let spellings = [
                real, link, hard, folder.path + "/data/../data/./wlog.sqlite", real + "-wal", real + "-shm",
                real + "-journal",
            ]
            for path in spellings + (database == link ? [link + "-wal"] : []) {
                #expect(protected.contains(path), "\(database): \(path)")
            }
            for path in [
                folder.path + "/data/wlog.sqlite.csv", folder.path + "/wlog.sqlite", real + "-wal.csv",
                folder.path + "/data",
            ] {
                #expect(!protected.contains(path), "\(database): \(path)")
            }
        }
    }

    @Test func anOutputFileIsWrittenPrivatelyAndNeverOverTheDatabase() throws {
        let folder = try TestSupport.temporaryFolder()
        let database = folder.appendingPathComponent("wlog.sqlite").path
        _ = try AppDatabase(path: database)
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let protected = ProtectedFiles(database: database)
        #expect(throws: OutputFileError.database(database)) {
            try OutputFile.write(Data("a,b\n".utf8), to: database, protecting: protected)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)

        let out = folder.appendingPathComponent("out.csv").path
        #expect(
            FileManager.default.createFile(
                atPath: out, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
        try OutputFile.write(Data("a,b\n".utf8), to: out, protecting: protected)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "a,b\n")
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".partial-") }.isEmpty
        )
    }
}
