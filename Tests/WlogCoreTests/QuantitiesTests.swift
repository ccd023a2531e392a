import Foundation
import Testing

@testable import WlogCore

/// Weights, durations, distances, effort and per-set lists as typed on `wlog record`.
@Suite struct QuantitiesTests {
    static let weightForm = "a weight such as 40, 40kg, 90lb, bw or bw+10kg, from 0 to 1000 kg"
    static let durationForm =
        "a duration such as 45s, 1m30s, 2m, 1h5m, 90 (seconds) or 1:30 (minutes:seconds), more than 0 and at most 24h"
    static let distanceForm =
        "a distance such as 400m, 400 (metres), 1.2km, 1mi or 100yd, more than 0 and at most 1000 km"
    static let rpeForm = "an RPE from 1 to 10 in steps of 0.5, such as 8 or 8.5"
    static let rirForm = "a whole number of reps in reserve from 0 to 10"

    private func isClose(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) < 1e-9
    }

    // MARK: - Errors

    @Test func errorDescriptionNamesOptionValueAndExpectedForm() {
        let error = LogInputError(option: "--weight", value: "abc", expected: "a weight")
        #expect(error.description == "--weight: \"abc\" is not accepted; expected a weight")
        #expect("\(error)" == error.description)
    }

    // MARK: - Weight units

    @Test func unitsConvertToKilograms() {
        #expect(WeightUnit.kg.kilograms == 1)
        #expect(WeightUnit.lb.kilograms == 0.45359237)
        #expect(WeightUnit.allCases == [.kg, .lb])
        #expect(WeightUnit.kg.rawValue == "kg")
        #expect(WeightUnit.lb.rawValue == "lb")
    }

    @Test(
        arguments: [
            ("kg", WeightUnit.kg), ("kgs", .kg), ("kilo", .kg), ("kilos", .kg), ("KG", .kg), ("Kilos", .kg),
            (" kg ", .kg),
            ("lb", .lb), ("lbs", .lb), ("pound", .lb), ("pounds", .lb), ("LB", .lb), ("Pounds", .lb),
        ] as [(String, WeightUnit)])
    func unitSpellingsAreAccepted(text: String, unit: WeightUnit) throws {
        #expect(try WeightUnit.parse(text) == unit)
    }

    @Test(arguments: ["", "k", "g", "grams", "stone", "kgg", "l b", "kg lb", "1kg"])
    func unknownUnitsAreRejected(text: String) {
        #expect(throws: LogInputError(option: "unit", value: text, expected: "kg or lb")) { try WeightUnit.parse(text) }
    }

    // MARK: - Weights

    @Test(
        arguments: [
            ("40", WeightUnit.kg, WeightInput(bodyweight: false, amount: 40, unit: .kg)),
            ("40", .lb, WeightInput(bodyweight: false, amount: 40, unit: .lb)),
            ("40kg", .lb, WeightInput(bodyweight: false, amount: 40, unit: .kg)),
            ("40 kg", .kg, WeightInput(bodyweight: false, amount: 40, unit: .kg)),
            ("40.5kg", .kg, WeightInput(bodyweight: false, amount: 40.5, unit: .kg)),
            ("40KG", .kg, WeightInput(bodyweight: false, amount: 40, unit: .kg)),
            ("40 kilos", .lb, WeightInput(bodyweight: false, amount: 40, unit: .kg)),
            ("90lb", .kg, WeightInput(bodyweight: false, amount: 90, unit: .lb)),
            ("90lbs", .kg, WeightInput(bodyweight: false, amount: 90, unit: .lb)),
            ("90 pounds", .kg, WeightInput(bodyweight: false, amount: 90, unit: .lb)),
            ("  60  ", .kg, WeightInput(bodyweight: false, amount: 60, unit: .kg)),
            ("0", .kg, WeightInput(bodyweight: false, amount: 0, unit: .kg)),
            ("1000", .kg, WeightInput(bodyweight: false, amount: 1000, unit: .kg)),
            ("1000kg", .lb, WeightInput(bodyweight: false, amount: 1000, unit: .kg)),
            ("2204 lb", .kg, WeightInput(bodyweight: false, amount: 2204, unit: .lb)),
            ("bw", .kg, WeightInput(bodyweight: true, amount: nil, unit: .kg)),
            ("BW", .lb, WeightInput(bodyweight: true, amount: nil, unit: .lb)),
            (" bw ", .kg, WeightInput(bodyweight: true, amount: nil, unit: .kg)),
            ("bw+10", .kg, WeightInput(bodyweight: true, amount: 10, unit: .kg)),
            ("bw+10", .lb, WeightInput(bodyweight: true, amount: 10, unit: .lb)),
            ("bw+10kg", .lb, WeightInput(bodyweight: true, amount: 10, unit: .kg)),
            ("BW+2.5KG", .kg, WeightInput(bodyweight: true, amount: 2.5, unit: .kg)),
            ("bw + 20 lb", .kg, WeightInput(bodyweight: true, amount: 20, unit: .lb)),
            ("bw+0", .kg, WeightInput(bodyweight: true, amount: 0, unit: .kg)),
        ] as [(String, WeightUnit, WeightInput)])
    func weightsAreAccepted(text: String, defaultUnit: WeightUnit, weight: WeightInput) throws {
        #expect(try WeightInput.parse(text, defaultUnit: defaultUnit) == weight)
    }

    @Test func weightsConvertToKilograms() throws {
        #expect(try WeightInput.parse("40", defaultUnit: .kg).kilograms == 40)
        #expect(isClose(try WeightInput.parse("90lb", defaultUnit: .kg).kilograms, 40.8233133))
        #expect(isClose(try WeightInput.parse("bw+20lb", defaultUnit: .kg).kilograms, 9.0718474))
        #expect(try WeightInput.parse("bw", defaultUnit: .lb).kilograms == nil)
        #expect(isClose(WeightInput(bodyweight: false, amount: 100, unit: .lb).kilograms, 45.359237))
    }

    @Test(arguments: [
        "", "   ", "abc", "-5", "-5kg", "+40", "nan", "NaN", "inf", "infinity", "0x10", "1e3", "40.", ".5", "4 0",
        "40,5",
        "40kgkg", "40 stone", "kg", "40 k g", "1001", "1000.5kg", "2205lb", "2205", "bw-10", "bw+", "bw+-5", "bw10",
        "bw+10 stone", "bw+1001kg", "bwx", "body weight", "bw+bw", "40+bw",
    ])
    func badWeightsAreRejected(text: String) {
        #expect(throws: LogInputError(option: "--weight", value: text, expected: Self.weightForm)) {
            try WeightInput.parse(text, defaultUnit: .kg)
        }
    }

    @Test func twoThousandTwoHundredFivePoundsIsOverTheLimitOnlyInPounds() throws {
        #expect(throws: LogInputError.self) { try WeightInput.parse("2205", defaultUnit: .lb) }
        #expect(try WeightInput.parse("2204", defaultUnit: .lb).amount == 2204)
    }

    @Test func weightErrorsNameTheGivenOption() {
        #expect(throws: LogInputError(option: "--bodyweight", value: "heavy", expected: Self.weightForm)) {
            try WeightInput.parse("heavy", defaultUnit: .kg, option: "--bodyweight")
        }
    }

    // MARK: - Durations

    @Test(
        arguments: [
            ("45s", 45.0), ("1m30s", 90), ("2m", 120), ("1h5m", 3900), ("1h2m5s", 3725), ("1h", 3600), ("90", 90),
            ("1:30", 90), ("0:45", 45), ("10:00", 600), ("90:00", 5400), ("1:02:03", 3723), ("1:30.5", 90.5),
            ("12.5s", 12.5), ("12.5", 12.5), ("1.5m", 90), ("1m 30s", 90), ("1 m 30 s", 90), ("90 min", 5400),
            ("2 hours", 7200), ("1 hour 5 minutes", 3900), ("30 sec", 30), ("10 seconds", 10), ("1H", 3600),
            ("45S", 45),
            ("  45s  ", 45), ("24h", 86400), ("24:00:00", 86400), ("86400", 86400), ("1440m", 86400), ("0.5s", 0.5),
        ] as [(String, Double)])
    func durationsAreAccepted(text: String, seconds: Double) throws {
        #expect(try DurationInput.parse(text) == seconds)
    }

    @Test(arguments: [
        "", "  ", "0", "0s", "0m0s", "0:00", "-5", "-5s", "abc", "s", "1:5", "1:60", "1:", ":30", "1:2:3:4", "1:60:00",
        "25h", "24h1s", "86401", "24:00:01", "1441m", "1h1h", "30s1m", "1s1m", "1m30", "1h 5", "5x", "5 days", "1 5",
        "nan", "inf", "1e3", "0x10", "1.5.5s", "+5s", "1:30s", "1.:30",
    ])
    func badDurationsAreRejected(text: String) {
        #expect(throws: LogInputError(option: "--duration", value: text, expected: Self.durationForm)) {
            try DurationInput.parse(text)
        }
    }

    @Test func durationErrorsNameTheGivenOption() {
        #expect(throws: LogInputError(option: "session-gap", value: "soon", expected: Self.durationForm)) {
            try DurationInput.parse("soon", option: "session-gap")
        }
    }

    @Test(
        arguments: [
            (45.0, "45s"), (90, "1m30s"), (3600, "1h"), (3725, "1h2m5s"), (12.5, "12.5s"), (60, "1m"), (61, "1m1s"),
            (3601, "1h1s"), (3660, "1h1m"), (86400, "24h"), (90.5, "1m30.5s"), (0.25, "0.25s"), (1, "1s"), (0, "0s"),
        ] as [(Double, String)])
    func durationsAreFormattedShortest(seconds: Double, text: String) {
        #expect(DurationInput.format(seconds) == text)
    }

    @Test(arguments: ["45s", "1m30s", "1h", "1h2m5s", "12.5s", "24h"])
    func formattedDurationsReadBackUnchanged(text: String) throws {
        #expect(DurationInput.format(try DurationInput.parse(text)) == text)
    }

    // MARK: - Distances

    @Test(
        arguments: [
            ("400m", 400.0), ("400", 400), ("400 m", 400), ("1.2km", 1200), ("1.2 KM", 1200), ("5km", 5000),
            ("1mi", 1609.344), ("2 miles", 3218.688), ("1 mile", 1609.344), ("100yd", 91.44), ("10 yards", 9.144),
            ("10 metres", 10), ("10 meters", 10), ("3 kilometres", 3000), ("3 kilometers", 3000), ("0.5", 0.5),
            (" 400m ", 400), ("1000km", 1_000_000), ("1000000", 1_000_000),
        ] as [(String, Double)])
    func distancesAreAccepted(text: String, metres: Double) throws {
        #expect(isClose(try DistanceInput.parse(text), metres))
    }

    @Test(arguments: [
        "", " ", "0", "0m", "0km", "-400", "-1km", "abc", "km", "400 furlongs", "400mm", "400 ft", "1000.1km",
        "1000001",
        "622mi", "nan", "inf", "1e3", "0x10", "1.2.3km", "1,2km", "+400", "400m400m", "4 00m",
    ])
    func badDistancesAreRejected(text: String) {
        #expect(throws: LogInputError(option: "--distance", value: text, expected: Self.distanceForm)) {
            try DistanceInput.parse(text)
        }
    }

    @Test func distanceErrorsNameTheGivenOption() {
        #expect(throws: LogInputError(option: "--swim", value: "far", expected: Self.distanceForm)) {
            try DistanceInput.parse("far", option: "--swim")
        }
    }

    @Test(
        arguments: [
            (400.0, "400 m"), (1200, "1.2 km"), (5000, "5 km"), (1609.344, "1.61 km"), (999, "999 m"), (1000, "1 km"),
            (0.5, "0.5 m"), (91.44, "91.4 m"), (21097.5, "21.1 km"), (999.96, "1 km"), (1_000_000, "1000 km"),
        ] as [(Double, String)])
    func distancesAreFormattedInMetresOrKilometres(metres: Double, text: String) {
        #expect(DistanceInput.format(metres) == text)
    }

    // MARK: - Effort

    @Test(
        arguments: [
            ("1", 1.0), ("1.5", 1.5), ("6", 6), ("7.5", 7.5), ("8", 8), ("8.5", 8.5), ("9.5", 9.5), ("10", 10),
            ("10.0", 10), (" 8 ", 8),
        ] as [(String, Double)])
    func rpeInHalfStepsIsAccepted(text: String, rpe: Double) throws {
        #expect(try EffortInput.rpe(text) == rpe)
    }

    @Test(arguments: [
        "", "0", "0.5", "10.5", "11", "8.3", "8.25", "8.75", "-1", "-8", "+8", "abc", "8,5", "nan", "inf", "1e1", "8.",
        ".5",
    ])
    func rpeOutsideOneToTenOrBetweenHalvesIsRejected(text: String) {
        #expect(throws: LogInputError(option: "--rpe", value: text, expected: Self.rpeForm)) {
            try EffortInput.rpe(text)
        }
    }

    @Test(arguments: [("0", 0), ("3", 3), ("10", 10), (" 2 ", 2)] as [(String, Int)])
    func wholeRIRIsAccepted(text: String, rir: Int) throws {
        #expect(try EffortInput.rir(text) == rir)
    }

    @Test(arguments: ["", "-1", "11", "2.5", "2.0", "abc", "+2", "1e1", "0x2", "two", "99999999999999999999999"])
    func rirOutsideZeroToTenOrFractionalIsRejected(text: String) {
        #expect(throws: LogInputError(option: "--rir", value: text, expected: Self.rirForm)) {
            try EffortInput.rir(text)
        }
    }

    @Test func effortErrorsNameTheGivenOption() {
        #expect(throws: LogInputError(option: "--effort", value: "11", expected: Self.rpeForm)) {
            try EffortInput.rpe("11", option: "--effort")
        }
        #expect(throws: LogInputError(option: "--reserve", value: "x", expected: Self.rirForm)) {
            try EffortInput.rir("x", option: "--reserve")
        }
    }

    // MARK: - Per-set lists

    private func reps(_ text: String) throws(LogInputError) -> [Int] {
        try PerSetList.parse(text, option: "--reps", expected: "whole numbers of reps") {
            (item) throws(LogInputError) in
            guard let count = Int(item) else {
                throw LogInputError(option: "--reps", value: item, expected: "a whole number")
            }
            return count
        }
    }

    @Test(
        arguments: [
            ("12,10,8", [12, 10, 8]), ("12", [12]), ("12, 10, 8", [12, 10, 8]), (" 12 ,10 , 8 ", [12, 10, 8]),
            ("5,5,5,5,5", [5, 5, 5, 5, 5]),
        ] as [(String, [Int])])
    func listsSplitOnCommas(text: String, values: [Int]) throws {
        #expect(try reps(text) == values)
    }

    @Test(arguments: ["12,,8", "12,10,", ",12", "", " ", "12, ,8", ",", "12,10,8,"])
    func emptyItemsAreRejectedNamingTheOption(text: String) {
        #expect(throws: LogInputError(option: "--reps", value: text, expected: "whole numbers of reps")) {
            try reps(text)
        }
    }

    @Test func anItemsOwnErrorIsPassedOn() {
        #expect(throws: LogInputError(option: "--reps", value: "x", expected: "a whole number")) {
            try reps("12, x ,8")
        }
        #expect(throws: LogInputError(option: "--rir", value: "11", expected: Self.rirForm)) {
            try PerSetList.parse("2,11", option: "--rir", expected: "reps in reserve") { (item) throws(LogInputError) in
                try EffortInput.rir(item)
            }
        }
    }

    @Test func listsOfWeightsAndDurations() throws {
        let weights = try PerSetList.parse("60, 62.5kg, bw+10, 135lb", option: "--weight", expected: "weights") {
            (item) throws(LogInputError) in
            try WeightInput.parse(item, defaultUnit: .kg)
        }
        #expect(
            weights == [
                WeightInput(bodyweight: false, amount: 60, unit: .kg),
                WeightInput(bodyweight: false, amount: 62.5, unit: .kg),
                WeightInput(bodyweight: true, amount: 10, unit: .kg),
                WeightInput(bodyweight: false, amount: 135, unit: .lb),
            ])
        let durations = try PerSetList.parse("45s,1:00, 1m30s", option: "--duration", expected: "durations") {
            (item) throws(LogInputError) in
            try DurationInput.parse(item)
        }
        #expect(durations == [45, 60, 90])
    }
}
