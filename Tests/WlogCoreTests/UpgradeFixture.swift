import Foundation

/// A database written by an older wlog binary through its commands, kept in
/// `Tests/Fixtures/upgrade/` (made by `scripts/make-upgrade-fixture`).
struct UpgradeFixture {
    /// Made by the wlog of the day before migration 0006.
    static let before0006 = UpgradeFixture(name: "before-0006")
    /// Made by the wlog of commit f7323a2 (migrations up to 0008): edits, deletes and an undo in its change journal.
    static let before0009 = UpgradeFixture(name: "before-0009")

    let name: String

    var url: URL { TestSupport.repository.appendingPathComponent("Tests/Fixtures/upgrade/\(name).wlogdb") }

    /// The fixture, copied into a new temporary folder (a test never writes to the committed file).
    func copy() throws -> URL {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("wlog.sqlite")
        try FileManager.default.copyItem(at: url, to: path)
        return path
    }
}
