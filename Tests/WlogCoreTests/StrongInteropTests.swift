import Foundation
import Testing

@testable import WlogCore

/// Strong's files both ways: every header variant the README names (issue 10, item 4), wlog's own
/// Strong export going back in as nothing new (item 5), and converted weights rounded to the
/// precision they were typed in (item 22).
@Suite struct StrongInteropTests {
    let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current

    func importing(_ text: String, into database: AppDatabase, unit: WeightUnit = .kg) throws -> HistoryImportSummary {
        try WorkoutLog(database: database).importHistory(
            data: Data(text.utf8), path: "strong.csv", options: .init(strongUnit: unit, timeZone: berlin))
    }

    func entries(_ database: AppDatabase) throws -> [String: HistoryEntry] {
        Dictionary(try WorkoutLog(database: database).history().map { ($0.slug, $0) }) { first, _ in first }
    }

    @Test func theLayoutWithUnitsInItsHeadersKeepsTimesAndDistances() throws {
        let database = try HistoryRoundTripTests.fresh()
        let summary = try importing(
            """
            Date;Workout Name;Exercise Name;Set Order;Weight (kg);Reps;Distance (meters);Duration (sec);Notes;Workout Notes
            2019-03-02 10:00:00;Core;Plank;1;;;;60;;
            2019-03-02 10:00:00;Core;Running;1;;;5000;1500;;
            2019-03-02 10:00:00;Core;Deadlift (Barbell);1;102,5;5;;;;

            """, into: database)
        #expect(summary.sets == 3 && summary.skippedRows == 0)
        let sets = try entries(database)
        #expect(sets["plank"]?.set.durationS == 60)
        #expect(sets["running"]?.set.distanceM == 5000 && sets["running"]?.set.durationS == 1500)
        #expect(sets["deadlift"]?.set.weightKg == 102.5 && sets["deadlift"]?.set.reps == 5)
    }

    /// Each unit header the reader knows: the weight and distance column, the value, and what it is in kg and m.
    static let unitHeaders: [(String, String, Double, Double)] = [
        ("Weight (kg)", "Distance (meters)", 100, 400), ("Weight (lbs)", "Distance (m)", 220.462, 400),
        ("Weight (lb)", "Distance (km)", 220.462, 400_000), ("Weight (kg)", "Distance (miles)", 100, 643_737.6),
        ("Weight (kg)", "Distance (mi)", 100, 643_737.6),
    ]

    @Test(arguments: unitHeaders)
    func everyUnitHeaderIsRead(weight: String, distance: String, kilograms: Double, metres: Double) throws {
        let database = try HistoryRoundTripTests.fresh()
        _ = try importing(
            """
            Date,Workout Name,Workout Duration,Exercise Name,Set Order,\(weight),Reps,\(distance),Seconds,Notes,Workout Notes
            2019-03-02 10:00:00,A,1h,Farmers Walk,1,\(kilograms == 100 ? "100" : "220.462"),,400,90,,

            """, into: database)
        let set = try #require(try entries(database).values.first?.set)
        #expect(abs((set.weightKg ?? 0) - 100) < 0.001)
        #expect(abs((set.distanceM ?? 0) - metres) < 0.001)
        #expect(set.durationS == 90)
        #expect(try WorkoutLog(database: database).sessions().first?.duration == 3600)
    }

    @Test func strongToWlogToStrongToWlogAddsNothing() throws {
        let database = try HistoryRoundTripTests.fresh()
        let first = try importing(HistoryFixtures.strong, into: database)
        #expect(first.addedSets == 8)
        let before = try WorkoutLog(database: database).history()
        let exported = try WorkoutLog(database: database).exportHistory(format: .strong, unit: .kg, timeZone: berlin)
        #expect(exported.text.contains(",Pull-Up (Body Weight),"))
        let again = try importing(exported.text, into: database)
        #expect(
            again.addedSets == 0 && again.presentSets == 8 && again.addedSessions == 0 && again.newExercises.isEmpty)
        #expect(try WorkoutLog(database: database).history() == before)
        #expect(try importing(HistoryFixtures.strong, into: database).addedSets == 0)
    }

    @Test(arguments: [WeightUnit.kg, .lb])
    func setsLoggedInWlogComeBackFromItsStrongExportAsNothingNew(unit: WeightUnit) throws {
        let database = try HistoryRoundTripTests().recordedLog()
        let count = try WorkoutLog(database: database).setCount()
        let exported = try WorkoutLog(database: database).exportHistory(format: .strong, unit: unit, timeZone: berlin)
        let summary = try importing(exported.text, into: database, unit: unit)
        #expect(summary.addedSets == 0 && summary.presentSets == count && summary.newExercises.isEmpty)
        #expect(try WorkoutLog(database: database).setCount() == count)

        let copy = try HistoryRoundTripTests.fresh()
        #expect(try importing(exported.text, into: copy, unit: unit).addedSets == count)
        let secondTrip = try WorkoutLog(database: copy).exportHistory(format: .strong, unit: unit, timeZone: berlin)
        #expect(try importing(secondTrip.text, into: copy, unit: unit).addedSets == 0)
    }

    @Test func aChangedSetInTheExportIsStillNew() throws {
        let database = try HistoryRoundTripTests().recordedLog()
        let exported = try WorkoutLog(database: database).exportHistory(format: .strong, unit: .kg, timeZone: berlin)
            .text
        let changed = exported.replacingOccurrences(
            of: ",Bench Press (Barbell),W,20,5,", with: ",Bench Press (Barbell),W,22.5,5,")
        #expect(changed != exported)
        #expect(try importing(changed, into: database).addedSets == 1)
    }

    /// Typed amount and unit, the export's unit, the text written.
    static let roundings: [(Double, WeightUnit, WeightUnit, String)] = [
        (285, .lb, .kg, "129.3"), (100, .kg, .lb, "220"), (42.5, .kg, .lb, "93.7"), (102.5, .lb, .kg, "46.49"),
        (20, .kg, .kg, "20"), (129.274, .kg, .kg, "129.274"), (45.25, .lb, .lb, "45.25"), (0.125, .kg, .lb, "0.276"),
    ]

    @Test(arguments: roundings)
    func convertedWeightsAreRoundedToThePrecisionTyped(
        amount: Double, typed: WeightUnit, unit: WeightUnit, text: String
    ) {
        #expect(StrongWriter.weight(amount * typed.kilograms, typedIn: typed, as: unit) == text)
    }

    @Test func theStrongExportWritesTheRoundedWeight() throws {
        let database = try HistoryRoundTripTests.fresh()
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        _ = try WorkoutLog(database: database).record(
            try RecordPlan.make(RecordRequest(reps: "5", weight: "285lb"), settings: LogSettings(), now: at),
            exercise: try ExerciseStore(database: database).resolve("back-squat"), now: at)
        let exported = try WorkoutLog(database: database).exportHistory(format: .strong, unit: .kg, timeZone: berlin)
            .text
        #expect(exported.contains(",1,129.3,5,"), "\(exported)")
        #expect(!exported.contains("129.27"))
    }
}
