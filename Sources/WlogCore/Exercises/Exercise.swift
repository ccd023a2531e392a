import Foundation

/// An exercise of the content store: what can be shown, searched and logged against.
public struct Exercise: Codable, Equatable, Identifiable, Sendable {
    public var id: Int64?
    public var slug: String
    public var name: String
    public var equipment: String?
    public var category: String?
    public var video: String?
    public var description: String?
    public var frontMatter: String
    public var hasHowto: Bool
    public var origin: String
    public var contentHash: String
    public var createdAt: Date
    public var updatedAt: Date
}
