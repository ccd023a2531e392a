import Foundation

/// Where the lifter is in the active program, as `wlog summary` shows it: the program, the position
/// of the next workout, and that workout's week and day titles.
public struct ProgramPlace: Equatable, Sendable {
    public var program: String
    public var position: TrainingPosition
    public var weekTitle: String
    /// The next workout's name: its day's title, such as `Workout B`.
    public var dayTitle: String

    public init(program: String, position: TrainingPosition, weekTitle: String, dayTitle: String) {
        self.program = program
        self.position = position
        self.weekTitle = weekTitle
        self.dayTitle = dayTitle
    }

    /// The place of `position` in `state`; titles it does not have are left empty.
    init(program: String, state: Program, position: TrainingPosition) {
        let week = state.weeks.indices.contains(position.week - 1) ? state.weeks[position.week - 1] : nil
        let day = week.flatMap { $0.days.indices.contains(position.day - 1) ? $0.days[position.day - 1] : nil }
        self.init(program: program, position: position, weekTitle: week?.title ?? "", dayTitle: day?.title ?? "")
    }

    /// `alternating-ab, week 1, day 2: Workout B`.
    public var text: String {
        "\(program), \(position.text)" + (dayTitle.isEmpty ? "" : ": \(dayTitle)")
    }
}
