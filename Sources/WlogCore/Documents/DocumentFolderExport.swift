import Foundation

/// `wlog export exercises DIR`: every exercise document of the store written back as Markdown,
/// one file per document named after its slug.
public enum DocumentFolderExport {
    /// Reads every document of `store` (in slug order), creates `directory` (owner-only) when it
    /// is missing and writes each document through `OutputFile`, never over `protected` files.
    /// Returns how many documents were written.
    public static func write(from store: ExerciseStore, to directory: String, protecting protected: ProtectedFiles)
        throws -> Int
    {
        let documents = try store.allDocuments()
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for document in documents {
            let file = folder.appendingPathComponent(DocumentRenderer.fileName(document)).path
            try OutputFile.write(Data(DocumentRenderer.markdown(document).utf8), to: file, protecting: protected)
        }
        return documents.count
    }
}
