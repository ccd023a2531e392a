import Foundation

extension LogSettings {
    /// The heaviest bar accepted, in kilograms.
    static let heaviestBarKilograms = 100.0
    /// The heaviest plate accepted, in kilograms.
    static let heaviestPlateKilograms = 50.0
    /// The most plate sizes one unit may have.
    static let mostPlateSizes = 20
    /// The longest rest accepted, in seconds.
    static let longestRest = 3600.0

    /// A setting as the `setting` table holds it: its key (`bar.kg`, `plates.lb`, `rest`, ...), its value,
    /// and how `wlog config` shows it.
    public struct Entry: Equatable, Sendable {
        public var storedKey: String
        public var storedValue: String
        public var shown: String
    }

    /// The bar and plates for `unit`: those set with `wlog config`, else the standard ones.
    public func plateSet(_ unit: WeightUnit) -> PlateSet {
        let standard = PlateSet.standard(unit)
        return PlateSet(unit: unit, bar: bars[unit] ?? standard.bar, plates: plateSizes[unit] ?? standard.plates)
    }

    /// `value` checked for `key` and turned into the row to store; a bare bar or plate size is in the default unit.
    public func entry(_ value: String, for key: Key) throws -> Entry {
        switch key {
        case .unit, .sessionGap:
            let shown = try Self.normalised(value, for: key)
            return Entry(storedKey: key.rawValue, storedValue: shown, shown: shown)
        case .bar:
            let bar = try barWeight(value)
            let amount = ProgramNumber.text(bar.value)
            return Entry(
                storedKey: "bar.\(bar.unit.rawValue)", storedValue: amount, shown: "\(amount) \(bar.unit.rawValue)")
        case .plates:
            let (sizes, unit) = try plateList(value)
            let list = sizes.map(ProgramNumber.text).joined(separator: ",")
            return Entry(storedKey: "plates.\(unit.rawValue)", storedValue: list, shown: "\(list) \(unit.rawValue)")
        case .rest:
            let seconds = try DurationInput.parse(value, option: "rest")
            guard seconds <= Self.longestRest else {
                throw LogInputError(option: "rest", value: value, expected: "a rest such as 90s, 2m or 3m, at most 1h")
            }
            let shown = DurationInput.format(seconds)
            return Entry(storedKey: "rest", storedValue: shown, shown: shown)
        }
    }

    /// `bar = 20 kg, 45 lb`, `plates = ...`, `rest = 2m`: the lines `wlog config` adds for these settings.
    public var equipmentLines: [String] {
        [
            "bar = "
                + WeightUnit.allCases.map { "\(ProgramNumber.text(plateSet($0).bar)) \($0.rawValue)" }
                .joined(separator: ", "),
            "plates = "
                + WeightUnit.allCases.map {
                    plateSet($0).plates.map(ProgramNumber.text).joined(separator: ",") + " \($0.rawValue)"
                }.joined(separator: "; "),
            "rest = " + DurationInput.format(rest),
        ]
    }

    /// These settings with a stored bar, plate list or rest; a value that cannot be read is left out.
    mutating func applyEquipment(stored value: String, to key: String) {
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        switch (parts.first, parts.count == 2 ? WeightUnit(rawValue: parts[1]) : nil) {
        case ("bar", let unit?):
            if let bar = try? barWeight(value + unit.rawValue) { bars[unit] = bar.value }
        case ("plates", let unit?):
            if let (sizes, _) = try? plateList(value + unit.rawValue) { plateSizes[unit] = sizes }
        case ("rest", nil):
            if let seconds = try? DurationInput.parse(value, option: "rest"), seconds <= Self.longestRest {
                rest = seconds
            }
        default: break
        }
    }

    /// A bar from 0 to 100 kg (220 lb), in the unit typed, else the default unit.
    func barWeight(_ value: String) throws -> ProgramWeight {
        let expected = "a bar weight such as 20kg or 45lb, from 0 to 100 kg (220 lb)"
        let rejection = LogInputError(option: "bar", value: value, expected: expected)
        guard let input = try? WeightInput.parse(value, defaultUnit: defaultUnit, option: "bar"),
            !input.bodyweight, let amount = input.amount, amount >= 0,
            amount * input.unit.kilograms <= Self.heaviestBarKilograms + 0.5
        else { throw rejection }
        return ProgramWeight(amount, input.unit)
    }

    /// Plate sizes separated by commas, in one unit: the unit after the last size, else the default unit.
    /// Each more than 0 and at most 50 kg (110 lb), at most 20 sizes; returned heaviest first, each once.
    func plateList(_ value: String) throws -> ([Double], WeightUnit) {
        let expected = "plate sizes separated by commas in one unit, such as 25,20,15,10,5,2.5,1.25kg, each up to 50 kg"
        let rejection = LogInputError(option: "plates", value: value, expected: expected)
        let items = value.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let last = items.last, !last.isEmpty, items.count <= Self.mostPlateSizes,
            let unit = try? WeightInput.parse(last, defaultUnit: defaultUnit, option: "plates").unit
        else { throw rejection }
        var sizes: [Double] = []
        for item in items {
            guard let input = try? WeightInput.parse(item, defaultUnit: unit, option: "plates"), !input.bodyweight,
                input.unit == unit, let amount = input.amount, amount > 0,
                amount * unit.kilograms <= Self.heaviestPlateKilograms + 0.5
            else { throw rejection }
            sizes.append(amount)
        }
        return (Array(Set(sizes)).sorted(by: >), unit)
    }
}
