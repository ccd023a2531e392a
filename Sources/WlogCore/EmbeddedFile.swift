import Foundation

/// A file compiled into the library by the EmbedFiles build plugin (a migration, a seed document or a bundled program).
public struct EmbeddedFile: Sendable {
    /// The file's name in its folder, such as `0001_content_store.sql`.
    public let name: String
    let base64: String

    /// The file's bytes; `nil` only if the generated source were damaged.
    public var data: Data? { Data(base64Encoded: base64) }
}

/// The files of `Migrations/`, `Seeds/` and `Seeds/programs/` as they were when the library was built.
public enum EmbeddedResources {
    /// Every file of `Migrations/`, sorted by name.
    public static var migrations: [EmbeddedFile] { embeddedMigrations }
    /// Every file of `Seeds/` (not of its subfolders), sorted by name.
    public static var seeds: [EmbeddedFile] { embeddedSeeds }
    /// Every file of `Seeds/programs/`, sorted by name.
    public static var programs: [EmbeddedFile] { embeddedPrograms }
}
