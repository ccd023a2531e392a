import Foundation
import Testing

@testable import WlogCore

/// Issue 10, item 9: the names Strong, Hevy and FitNotes give their most common lifts map onto the
/// bundled library; variants the library lacks (another grip, other equipment) stay custom.
@Suite struct AppExerciseNameTests {
    static let strongAndHevy: [(String, String)] = [
        ("Squat (Barbell)", "back-squat"), ("Front Squat (Barbell)", "front-squat"),
        ("Bench Press (Barbell)", "bench-press"),
        ("Bench Press (Dumbbell)", "dumbbell-bench-press"), ("Incline Bench Press (Barbell)", "incline-bench-press"),
        ("Incline Bench Press (Dumbbell)", "incline-dumbbell-press"),
        ("Close Grip Bench Press (Barbell)", "close-grip-bench-press"),
        ("Bench Press - Close Grip (Barbell)", "close-grip-bench-press"), ("Deadlift (Barbell)", "deadlift"),
        ("Romanian Deadlift (Barbell)", "romanian-deadlift"), ("Sumo Deadlift (Barbell)", "sumo-deadlift"),
        ("Overhead Press (Barbell)", "overhead-press"), ("Overhead Press (Dumbbell)", "dumbbell-shoulder-press"),
        ("Shoulder Press (Dumbbell)", "dumbbell-shoulder-press"),
        ("Seated Shoulder Press (Dumbbell)", "dumbbell-shoulder-press"),
        ("Arnold Press (Dumbbell)", "arnold-press"), ("Push Press (Barbell)", "push-press"),
        ("Landmine Press", "landmine-press"),
        ("Bent Over Row (Barbell)", "barbell-row"), ("Pendlay Row (Barbell)", "pendlay-row"),
        ("Dumbbell Row", "dumbbell-row"),
        ("T Bar Row", "t-bar-row"), ("Seated Row (Cable)", "seated-cable-row"),
        ("Seated Cable Row - V Grip (Cable)", "seated-cable-row"),
        ("Inverted Row", "inverted-row"), ("Lat Pulldown (Cable)", "lat-pulldown"),
        ("Lat Pulldown (Machine)", "lat-pulldown"),
        ("Pull Up", "pull-up"), ("Pull Up (Weighted)", "pull-up"), ("Chin Up", "chin-up"),
        ("Chin Up (Weighted)", "chin-up"),
        ("Face Pull (Cable)", "face-pull"), ("Face Pull", "face-pull"), ("Shrug (Barbell)", "barbell-shrug"),
        ("Bicep Curl (Barbell)", "barbell-curl"), ("Bicep Curl (Dumbbell)", "dumbbell-curl"),
        ("Bicep Curl (Cable)", "cable-curl"),
        ("Hammer Curl (Dumbbell)", "hammer-curl"), ("Preacher Curl (Barbell)", "preacher-curl"),
        ("Preacher Curl (EZ Bar)", "preacher-curl"),
        ("Triceps Pushdown (Cable - Straight Bar)", "triceps-pushdown"), ("Triceps Pushdown", "triceps-pushdown"),
        ("Triceps Rope Pushdown", "triceps-pushdown"), ("Skullcrusher (Barbell)", "skull-crusher"),
        ("Skull Crusher (EZ Bar)", "skull-crusher"),
        ("Triceps Extension (Dumbbell)", "overhead-triceps-extension"),
        ("Overhead Triceps Extension (Dumbbell)", "overhead-triceps-extension"),
        ("Lateral Raise (Dumbbell)", "lateral-raise"), ("Front Raise (Dumbbell)", "front-raise"),
        ("Reverse Fly (Dumbbell)", "reverse-fly"),
        ("Cable Crossover", "cable-fly"), ("Chest Press (Machine)", "machine-chest-press"),
        ("Pec Deck (Machine)", "pec-deck"),
        ("Chest Dip", "dip"), ("Triceps Dip", "dip"), ("Dip (Weighted)", "dip"), ("Push Up", "push-up"),
        ("Leg Press", "leg-press"), ("Leg Press (Machine)", "leg-press"), ("Leg Extension (Machine)", "leg-extension"),
        ("Lying Leg Curl (Machine)", "lying-leg-curl"), ("Seated Calf Raise (Machine)", "seated-calf-raise"),
        ("Standing Calf Raise (Machine)", "standing-calf-raise"), ("Hack Squat (Machine)", "hack-squat"),
        ("Hack Squat", "hack-squat"),
        ("Hip Thrust (Barbell)", "hip-thrust"), ("Glute Bridge", "glute-bridge"),
        ("Hip Abductor (Machine)", "hip-abduction"),
        ("Hip Abduction (Machine)", "hip-abduction"), ("Goblet Squat (Kettlebell)", "goblet-squat"),
        ("Goblet Squat (Dumbbell)", "goblet-squat"),
        ("Bulgarian Split Squat (Dumbbell)", "bulgarian-split-squat"),
        ("Bulgarian Split Squat", "bulgarian-split-squat"),
        ("Walking Lunge (Dumbbell)", "walking-lunge"), ("Reverse Lunge (Dumbbell)", "reverse-lunge"),
        ("Step Up (Dumbbell)", "step-up"),
        ("Good Morning (Barbell)", "good-morning"), ("Kettlebell Swing", "kettlebell-swing"),
        ("Farmers Walk", "farmers-walk"),
        ("Farmer's Walk (Dumbbell)", "farmers-walk"), ("Nordic Hamstring Curl", "nordic-hamstring-curl"),
        ("Plank", "plank"),
        ("Side Plank", "side-plank"), ("Hanging Leg Raise", "hanging-leg-raise"), ("Cable Crunch", "cable-crunch"),
        ("Russian Twist", "russian-twist"), ("Ab Wheel", "ab-wheel-rollout"),
        ("Reverse Hyperextension", "reverse-hyperextension"),
    ]

    static let fitNotes: [(String, String)] = [
        ("Flat Barbell Bench Press", "bench-press"), ("Flat Dumbbell Bench Press", "dumbbell-bench-press"),
        ("Incline Barbell Bench Press", "incline-bench-press"),
        ("Incline Dumbbell Bench Press", "incline-dumbbell-press"),
        ("Close Grip Barbell Bench Press", "close-grip-bench-press"), ("Barbell Squat", "back-squat"),
        ("Barbell Front Squat", "front-squat"),
        ("Deadlift", "deadlift"), ("Romanian Deadlift", "romanian-deadlift"), ("Sumo Deadlift", "sumo-deadlift"),
        ("Overhead Press", "overhead-press"), ("Seated Dumbbell Press", "dumbbell-shoulder-press"),
        ("Arnold Dumbbell Press", "arnold-press"),
        ("Barbell Row", "barbell-row"), ("One-Arm Dumbbell Row", "dumbbell-row"), ("Pendlay Row", "pendlay-row"),
        ("T-Bar Row", "t-bar-row"),
        ("Seated Cable Row", "seated-cable-row"), ("Lat Pulldown", "lat-pulldown"), ("Pull Up", "pull-up"),
        ("Chin Up", "chin-up"),
        ("Barbell Curl", "barbell-curl"), ("Dumbbell Curl", "dumbbell-curl"), ("Hammer Curl", "hammer-curl"),
        ("EZ-Bar Preacher Curl", "preacher-curl"), ("EZ-Bar Skullcrusher", "skull-crusher"),
        ("Cable Tricep Pushdown", "triceps-pushdown"),
        ("Lateral Dumbbell Raise", "lateral-raise"), ("Front Dumbbell Raise", "front-raise"),
        ("Barbell Shrug", "barbell-shrug"),
        ("Leg Extension Machine", "leg-extension"), ("Lying Leg Curl Machine", "lying-leg-curl"),
        ("Leg Press", "leg-press"),
        ("Seated Calf Raise Machine", "seated-calf-raise"), ("Standing Calf Raise Machine", "standing-calf-raise"),
        ("Barbell Hip Thrust", "hip-thrust"), ("Push Up", "push-up"), ("Plank", "plank"),
        ("Hanging Leg Raise", "hanging-leg-raise"), ("Cable Crunch", "cable-crunch"),
        ("Ab-Wheel Rollout", "ab-wheel-rollout"),
        ("Good Morning", "good-morning"), ("Walking Lunge", "walking-lunge"), ("Dumbbell Reverse Fly", "reverse-fly"),
    ]

    /// Lifts the library does not have: another equipment or grip, assisted work.
    static let custom = [
        "Lateral Raise (Cable)", "Romanian Deadlift (Dumbbell)", "Shrug (Dumbbell)", "Pull Up (Assisted)",
        "Seated Leg Curl (Machine)", "Chest Fly (Dumbbell)", "Bench Press (Smith Machine)", "Crunch",
    ]

    static let matcher: Result<ExerciseMatcher, Error> = Result {
        let database = try HistoryRoundTripTests.fresh()
        return try database.writer.read { db in try ExerciseMatcher(db, overrides: [:]) }
    }

    @Test(arguments: strongAndHevy + fitNotes)
    func appNamesMapOntoTheLibrary(name: String, slug: String) throws {
        let match = try Self.matcher.get().match(name)
        #expect(match.slug == slug)
        if case .new = match { Issue.record("\(name) became a custom exercise") }
    }

    @Test(arguments: custom)
    func liftsTheLibraryLacksStayCustom(name: String) throws {
        guard case .new = try Self.matcher.get().match(name) else {
            Issue.record("\(name) mapped to \(try Self.matcher.get().match(name).slug)")
            return
        }
    }

    @Test func theTableCoversAHundredLifts() {
        #expect(Set((Self.strongAndHevy + Self.fitNotes).map(\.0)).count >= 100)
        #expect(Set((Self.strongAndHevy + Self.fitNotes).map(\.1)).count >= 60)
    }

    @Test func aWeightedPullUpIsAPullUpWithAddedLoad() throws {
        let database = try HistoryRoundTripTests.fresh()
        let summary = try WorkoutLog(database: database).importHistory(
            data: Data(
                """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
                2024-01-02 18:00:00,Pull,30m,Pull Up (Weighted),1,15,6,0,0,,,

                """.utf8), path: "strong.csv", options: .init(timeZone: TimeZone(identifier: "UTC") ?? .current))
        #expect(summary.newExercises.isEmpty)
        let set = try #require(try WorkoutLog(database: database).history().first)
        #expect(set.slug == "pull-up")
        #expect(set.set.weight == WeightInput(bodyweight: true, amount: 15, unit: .kg))
    }
}
