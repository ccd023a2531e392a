/// Small exports written for these tests in the exact header shapes of each app: quoted fields
/// with commas, quotes and line breaks, empty cells, and Strong's 12-hour times with a narrow
/// no-break space (U+202F) before PM.
enum HistoryFixtures {
    /// Strong, current: comma-separated, weights in the app's unit. Line 2's workout note spans
    /// lines 2–3; a Note row, a Rest Timer row and an empty set.
    static let strong = """
        Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Bench Press (Barbell),W,40,10,0,0,,"Slept well,
        felt strong",
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Bench Press (Barbell),1,80,5,0,0,"paused, 2s",,8.5
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Bench Press (Barbell),2,80,4,0,0,,,9
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Pull Up,1,0,8,0,0,,,
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Pull Up,2,10,6,0,0,,,
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Squat (Barbell),Note,,,,,"Belt on, \"\"high bar\"\"",,
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Squat (Barbell),1,100,5,0,0,,,
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Squat (Barbell),Rest Timer,,,,120,,,
        2023-05-01 6:02:11\u{202F}PM,"Push, heavy",1h 5m,Squat (Barbell),2,,,,,,,
        2023-05-03 07:15:00,Morning run,32m,Running,1,0,0,5.2,1920,,,
        2023-05-03 07:15:00,Morning run,32m,Plank,1,0,0,0,60,,,

        """

    /// Strong, older: semicolon-separated, every field quoted or not, units in their own columns,
    /// a decimal comma.
    static let strongOlder = """
        Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes
        2019-01-11 12:31:54;"Leg day";"Deadlift (Barbell)";1;225;lbs;5;;;;0;"";""
        2019-01-11 12:31:54;"Leg day";"Deadlift (Barbell)";2;235,5;lbs;3;8;;;0;"grip; chalk";"Gym A"
        2019-01-11 12:31:54;"Leg day";"Rowing (Machine)";1;;;;;2000;m;480;;

        """

    /// Hevy with metric units: set types, an exercise note repeated on each set, a description.
    static let hevyKilograms = """
        "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
        "Upper A","25 Nov 2023, 18:02","25 Nov 2023, 19:10","Good session, new PR","Bench Press (Barbell)",,"Elbows tucked",0,"warmup",40,10,,0,
        "Upper A","25 Nov 2023, 18:02","25 Nov 2023, 19:10","Good session, new PR","Bench Press (Barbell)",,"Elbows tucked",1,"normal",82.5,5,,0,8
        "Upper A","25 Nov 2023, 18:02","25 Nov 2023, 19:10","Good session, new PR","Bench Press (Barbell)",,"Elbows tucked",2,"dropset",60,8,,0,9.5
        "Upper A","25 Nov 2023, 18:02","25 Nov 2023, 19:10","Good session, new PR","Chin Up",,"",0,"failure",,12,,0,10
        "Upper A","25 Nov 2023, 18:02","25 Nov 2023, 19:10","Good session, new PR","Treadmill",,"",0,"normal",,,1.5,600,

        """

    /// Hevy with imperial units; the exercise note spans two lines.
    static let hevyPounds = """
        "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"
        "Legs","9 Sep 2025, 06:46","9 Sep 2025, 08:27","","Leg Press (Machine)",,"Feet high,
        toes out",0,"normal",225,12,,0,
        "Legs","9 Sep 2025, 06:46","9 Sep 2025, 08:27","","Leg Press (Machine)",,"Feet high,
        toes out",1,"normal",315,10,,0,9
        "Legs","9 Sep 2025, 06:46","9 Sep 2025, 08:27","","Walking",,"",0,"normal",,,1,900,

        """

    /// FitNotes in kilograms: one row per set, dates without times, cardio with a distance unit.
    static let fitNotes = """
        Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time
        2023-05-01,Flat Barbell Bench Press,Chest,80.0,5,,,
        2023-05-01,Flat Barbell Bench Press,Chest,80.0,5,,,
        2023-05-01,Plank,Abs,,,,,0:01:30
        2023-05-02,Cycling,Cardio,,,10.0,km,0:30:00

        """

    /// FitNotes in pounds.
    static let fitNotesPounds = """
        Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time
        2024-02-29,Deadlift,Back,315.0,3,,,

        """
}
