import Foundation
import GRDB

extension ProgramStore {
    /// `program 1rm`: the weight as typed (`140kg`, `315lb`; a bare number in the unit of `config unit`),
    /// read with the settings in the one transaction that stores it. Returns the movement's name and the weight.
    public func setOneRepMax(
        _ exercise: String, weight text: String, program name: String? = nil, now: Date = Date()
    ) throws -> (exercise: String, weight: ProgramWeight) {
        try database.write { db in
            let input = try WeightInput.parse(
                text, defaultUnit: try SettingsStore.load(db).defaultUnit, option: "WEIGHT")
            guard let amount = input.amount, !input.bodyweight else {
                throw ProgramUseError(description: "WEIGHT: give a weight such as 140kg")
            }
            let weight = ProgramWeight(amount, input.unit)
            return (try Self.setOneRepMax(exercise, weight, program: name, now: now, db), weight)
        }
    }

    /// The rest `wlog rest` counts down without a duration, in seconds, in one read: the rest the active
    /// program prescribes after the last set recorded (`prescribedRest`), else `config rest`.
    public func restAfterLastSet() throws -> TimeInterval {
        try database.read { db in try Self.prescribedRest(db) ?? SettingsStore.load(db).rest }
    }
}
