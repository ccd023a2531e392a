import Foundation

/// What `wlog program add seeds` did: the bundled programs it stored, those already stored under
/// their names (left as they were), and the one that became active, when adding made one active.
public struct BundledProgramsOutcome: Equatable, Sendable, Codable {
    public var added: [String] = []
    public var alreadyStored: [String] = []
    public var active: String?

    public init(added: [String] = [], alreadyStored: [String] = [], active: String? = nil) {
        self.added = added
        self.alreadyStored = alreadyStored
        self.active = active
    }

    /// `Added 6 bundled programs: ...`, or that nothing changed.
    public var text: String {
        var lines: [String] = []
        if added.isEmpty {
            lines.append("All \(alreadyStored.count) bundled programs are already stored; nothing changed.")
        } else {
            lines.append(
                "Added \(added.count) bundled program\(added.count == 1 ? "" : "s"): \(added.joined(separator: ", "))")
            if !alreadyStored.isEmpty {
                lines.append("  already stored, left as they are: " + alreadyStored.joined(separator: ", "))
            }
        }
        if let active { lines.append("  active: \(active) (`wlog program use NAME` picks another)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
