import Foundation

/// The unit a weight is typed and shown in.
public enum WeightUnit: String, Codable, Sendable, CaseIterable {
    case kg, lb

    /// How many kilograms one of this unit is.
    public var kilograms: Double {
        switch self {
        case .kg: 1
        case .lb: 0.45359237
        }
    }

    /// Accepts kg, kgs, kilo, kilos, lb, lbs, pound and pounds, in any case, with surrounding spaces.
    public static func parse(_ text: String) throws(LogInputError) -> WeightUnit {
        guard let unit = spelling(text) else {
            throw LogInputError(option: "unit", value: text, expected: "kg or lb")
        }
        return unit
    }

    /// The unit `text` names, or nil.
    static func spelling(_ text: some StringProtocol) -> WeightUnit? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "kg", "kgs", "kilo", "kilos": .kg
        case "lb", "lbs", "pound", "pounds": .lb
        default: nil
        }
    }
}

/// A weight as typed: a load in a unit, or bodyweight with an optional added load.
public struct WeightInput: Equatable, Sendable {
    /// The heaviest load accepted, in kilograms.
    static let maximumKilograms = 1000.0
    static let expectedForm = "a weight such as 40, 40kg, 90lb, bw or bw+10kg, from 0 to 1000 kg"

    /// Whether the load is the lifter's own body (`bw`), with `amount` added on top.
    public var bodyweight: Bool
    /// The load in `unit`, or the load added to bodyweight; nil only for plain "bw".
    public var amount: Double?
    public var unit: WeightUnit

    public init(bodyweight: Bool, amount: Double?, unit: WeightUnit) {
        self.bodyweight = bodyweight
        self.amount = amount
        self.unit = unit
    }

    /// `amount` converted to kilograms.
    public var kilograms: Double? {
        amount.map { $0 * unit.kilograms }
    }

    /// Accepts "40", "40kg", "40 kg", "40.5kg", "90lb", "90lbs", "bw", "BW", "bw+10", "bw+10kg", "bw + 20 lb".
    /// A number without unit takes `defaultUnit`. Rejects negatives, non-numbers, NaN/inf, more than 1000 kg (in kg terms, so 2205 lb is rejected), "bw-10".
    public static func parse(_ text: String, defaultUnit: WeightUnit, option: String = "--weight") throws(LogInputError)
        -> WeightInput
    {
        let rejection = LogInputError(option: option, value: text, expected: expectedForm)
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard typed.hasPrefix("bw") else {
            guard let load = load(typed, defaultUnit: defaultUnit) else { throw rejection }
            return WeightInput(bodyweight: false, amount: load.amount, unit: load.unit)
        }
        let afterBodyweight = typed.dropFirst(2).trimmingCharacters(in: .whitespaces)
        if afterBodyweight.isEmpty {
            return WeightInput(bodyweight: true, amount: nil, unit: defaultUnit)
        }
        guard afterBodyweight.hasPrefix("+"),
            let load = load(afterBodyweight.dropFirst(), defaultUnit: defaultUnit)
        else { throw rejection }
        return WeightInput(bodyweight: true, amount: load.amount, unit: load.unit)
    }

    /// A number with an optional unit after it, within the accepted range.
    private static func load(_ text: some StringProtocol, defaultUnit: WeightUnit) -> (
        amount: Double, unit: WeightUnit
    )? {
        let (number, suffix) = QuantityText.splitNumber(Substring(text.trimmingCharacters(in: .whitespaces)))
        guard let amount = QuantityText.decimal(number) else { return nil }
        let unit = suffix.isEmpty ? defaultUnit : WeightUnit.spelling(suffix)
        guard let unit, amount * unit.kilograms <= maximumKilograms else { return nil }
        return (amount, unit)
    }
}

/// Durations such as 45s, 1m30s, 2m, 1h5m, 90 (seconds) or 1:30 (minutes:seconds), in seconds; more than 0, at most 24 h.
public enum DurationInput {
    /// The longest duration accepted, in seconds.
    static let maximumSeconds = 24.0 * 3600
    static let expectedForm =
        "a duration such as 45s, 1m30s, 2m, 1h5m, 90 (seconds) or 1:30 (minutes:seconds), more than 0 and at most 24h"

    /// Also accepts spaces between parts ("1m 30s"), the longer unit names (min, sec, hours…) and h:mm:ss.
    public static func parse(_ text: String, option: String = "--duration") throws(LogInputError) -> Double {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let seconds = typed.contains(":") ? clockSeconds(typed) : unitSeconds(typed)
        guard let seconds, seconds > 0, seconds <= maximumSeconds else {
            throw LogInputError(option: option, value: text, expected: expectedForm)
        }
        return seconds
    }

    /// 45 → "45s", 90 → "1m30s", 3600 → "1h", 3725 → "1h2m5s", 12.5 → "12.5s"
    public static func format(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0 else { return QuantityText.trimmed(seconds, fractionDigits: 3) + "s" }
        let milliseconds = (seconds * 1000).rounded()
        guard milliseconds < Double(Int.max) else { return QuantityText.trimmed(seconds, fractionDigits: 0) + "s" }
        let whole = Int(milliseconds) / 1000
        let hours = whole / 3600
        let minutes = whole % 3600 / 60
        let remainder = Double(whole % 60) + Double(Int(milliseconds) % 1000) / 1000
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 { text += "\(minutes)m" }
        if remainder > 0 || text.isEmpty { text += QuantityText.trimmed(remainder, fractionDigits: 3) + "s" }
        return text
    }

    /// "1:30" as minutes:seconds or "1:02:03" as hours:minutes:seconds; the parts after the first are two digits below 60.
    private static func clockSeconds(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            let leading = QuantityText.wholeNumber(parts[0]),
            let seconds = sexagesimal(parts[parts.count - 1], allowsFraction: true)
        else { return nil }
        guard parts.count == 3 else { return Double(leading) * 60 + seconds }
        guard let minutes = sexagesimal(parts[1], allowsFraction: false) else { return nil }
        return Double(leading) * 3600 + minutes * 60 + seconds
    }

    /// A two-digit part below 60 ("05", "59"), optionally with a fraction ("07.5").
    private static func sexagesimal(_ part: Substring, allowsFraction: Bool) -> Double? {
        let wholePart = part.prefix { $0 != "." }
        guard wholePart.count == 2, allowsFraction || wholePart.count == part.count,
            let value = QuantityText.decimal(part), value < 60
        else { return nil }
        return value
    }

    /// "90" as seconds, or number-unit pairs from hours down to seconds: "1h5m", "1m 30s", "2 min".
    private static func unitSeconds(_ text: String) -> Double? {
        if let bare = QuantityText.decimal(text) { return bare }
        var rest = Substring(text)
        var total = 0.0
        var smallestSoFar = Double.infinity
        while !rest.isEmpty {
            let (number, afterNumber) = QuantityText.splitNumber(rest)
            let unitName = afterNumber.prefix { $0.isLetter }
            guard let amount = QuantityText.decimal(number),
                let unitSeconds = secondsPerUnit(String(unitName)),
                unitSeconds < smallestSoFar
            else { return nil }
            total += amount * unitSeconds
            smallestSoFar = unitSeconds
            rest = afterNumber.dropFirst(unitName.count).drop { $0 == " " }
        }
        return total
    }

    private static func secondsPerUnit(_ name: String) -> Double? {
        switch name {
        case "h", "hr", "hrs", "hour", "hours": 3600
        case "m", "min", "mins", "minute", "minutes": 60
        case "s", "sec", "secs", "second", "seconds": 1
        default: nil
        }
    }
}

/// Distances such as 400m, 400 (metres), 1.2km, 1mi, 100yd, in metres; more than 0, at most 1,000 km.
public enum DistanceInput {
    /// The longest distance accepted, in metres.
    static let maximumMetres = 1_000_000.0
    static let expectedForm =
        "a distance such as 400m, 400 (metres), 1.2km, 1mi or 100yd, more than 0 and at most 1000 km"

    /// Also accepts a space before the unit and the unit's longer names (metres, kilometers, miles, yards…).
    public static func parse(_ text: String, option: String = "--distance") throws(LogInputError) -> Double {
        let (number, unitName) = QuantityText.splitNumber(
            Substring(text.trimmingCharacters(in: .whitespaces).lowercased()))
        guard let amount = QuantityText.decimal(number),
            let scale = unitName.isEmpty ? 1 : metresPerUnit(unitName),
            amount * scale > 0, amount * scale <= maximumMetres
        else { throw LogInputError(option: option, value: text, expected: expectedForm) }
        return amount * scale
    }

    /// 400 → "400 m", 1200 → "1.2 km", 5000 → "5 km", 1609.344 → "1.61 km"
    public static func format(_ metres: Double) -> String {
        let shownMetres = QuantityText.trimmed(metres, fractionDigits: 1)
        guard let rounded = Double(shownMetres), rounded >= 1000 else { return shownMetres + " m" }
        return QuantityText.trimmed(metres / 1000, fractionDigits: 2) + " km"
    }

    private static func metresPerUnit(_ name: Substring) -> Double? {
        switch name {
        case "m", "metre", "metres", "meter", "meters": 1
        case "km", "kilometre", "kilometres", "kilometer", "kilometers": 1000
        case "mi", "mile", "miles": 1609.344
        case "yd", "yard", "yards": 0.9144
        default: nil
        }
    }
}

/// Effort: RPE 1 to 10 in steps of 0.5, RIR a whole number 0 to 10.
public enum EffortInput {
    static let expectedRPE = "an RPE from 1 to 10 in steps of 0.5, such as 8 or 8.5"
    static let expectedRIR = "a whole number of reps in reserve from 0 to 10"

    /// Rate of perceived exertion: "8", "8.5", "10".
    public static func rpe(_ text: String, option: String = "--rpe") throws(LogInputError) -> Double {
        guard let value = QuantityText.decimal(text.trimmingCharacters(in: .whitespaces)),
            (1...10).contains(value), (value * 2).rounded() == value * 2
        else { throw LogInputError(option: option, value: text, expected: expectedRPE) }
        return value
    }

    /// Reps in reserve: "0" to "10".
    public static func rir(_ text: String, option: String = "--rir") throws(LogInputError) -> Int {
        guard let value = QuantityText.wholeNumber(text.trimmingCharacters(in: .whitespaces)), (0...10).contains(value)
        else {
            throw LogInputError(option: option, value: text, expected: expectedRIR)
        }
        return value
    }
}

/// Comma-separated per-set values: "12,10,8" → three values, each parsed by `parse`; spaces around commas allowed;
/// an empty item ("12,,8" or trailing comma) is an error naming the option.
public enum PerSetList {
    public static func parse<T>(
        _ text: String, option: String, expected: String, _ parse: (String) throws(LogInputError) -> T
    ) throws(LogInputError) -> [T] {
        var values: [T] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = item.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw LogInputError(option: option, value: text, expected: expected) }
            values.append(try parse(trimmed))
        }
        return values
    }
}

/// Strict reading and tidy writing of the plain numbers in quantities.
private enum QuantityText {
    /// Digits with an optional fraction ("40", "40.5"); no sign, exponent, hex, nan or inf.
    static func decimal(_ text: some StringProtocol) -> Double? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, pieces.allSatisfy(isDigits), let value = Double(String(text)), value.isFinite else {
            return nil
        }
        return value
    }

    /// Digits only ("0", "12"), small enough for an Int.
    static func wholeNumber(_ text: some StringProtocol) -> Int? {
        isDigits(text) ? Int(String(text)) : nil
    }

    /// The leading run of digits and dots, and the rest with spaces before it dropped: "40 kg" → ("40", "kg").
    static func splitNumber(_ text: Substring) -> (number: Substring, rest: Substring) {
        let number = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        return (number, text.dropFirst(number.count).drop { $0 == " " })
    }

    /// `value` with at most `fractionDigits` decimals and no trailing zeros: 12.50 → "12.5", 5.00 → "5".
    static func trimmed(_ value: Double, fractionDigits: Int) -> String {
        var text = String(format: "%.\(fractionDigits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    private static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
