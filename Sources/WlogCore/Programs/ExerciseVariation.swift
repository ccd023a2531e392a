import Foundation

/// One movement of an exercise line that steps through several (`Split Squat | ! Bulgarian Split Squat`):
/// a name and an optional equipment. Each has its own 1RM; the line keeps one progression.
public struct ExerciseVariation: Hashable, Sendable {
    public var name: String
    public var equipment: String?

    public init(name: String, equipment: String? = nil) {
        self.name = name
        self.equipment = equipment
    }

    /// `Name, Equipment` as written.
    public var text: String { name + (equipment.map { ", \($0)" } ?? "") }
}
