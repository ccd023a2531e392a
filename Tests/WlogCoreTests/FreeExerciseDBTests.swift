import Foundation
import GRDB
import Testing

@testable import WlogCore

/// free-exercise-db's exercises.json (../shared/datasets) through `DocumentImporter`, after the seeds.
@Suite struct FreeExerciseDBTests {
    static let folder = TestSupport.shared.appendingPathComponent("datasets/free-exercise-db")

    /// The records as JSON objects, read independently of the importer.
    static func rawRecords(_ file: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    /// Line breaks and control characters in an entry's texts are escaped in the YAML it becomes, so they read back as they were.
    @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}", "\u{7F}", "\u{1B}"])
    func oddCharactersInAnEntryReadBackUnchanged(character: String) throws {
        let entry = FreeExerciseEntry(
            id: "Odd\(character)Id", name: "Odd\(character)Name", equipment: "body\(character)only",
            force: "push\(character)", level: nil, mechanic: nil,
            category: nil, primaryMuscles: ["upper\(character)chest"], secondaryMuscles: [], instructions: ["Step."],
            images: [], line: 1
        )
        let document = try FreeExerciseDB.document(entry, slug: "odd-name")
        #expect(document.metadata.name == entry.name)
        #expect(document.metadata.muscles == entry.primaryMuscles)
    }

    @Test func everyEntryBecomesAnExerciseBesideTheSeeds() throws {
        let (database, _) = try TestSupport.temporaryDatabase()
        let seeds = try DocumentImporter(database: database).run(ImportSource.seeds())
        let seedRows = try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT slug, content_hash, origin FROM exercise ORDER BY slug")
        }
        let raw = try Self.rawRecords("exercises.json")
        #expect(raw.count == 873)

        let data = try Data(contentsOf: Self.folder.appendingPathComponent("exercises.json"))
        let summary = try DocumentImporter(database: database).run([ImportSource(path: "exercises.json", data: data)])
        #expect(summary.added + summary.alreadyInLibrary == raw.count)
        #expect(summary.updated == 0 && summary.unchanged == 0 && summary.alreadyInLibrary > 0)
        #expect(try ExerciseStore(database: database).count() == seeds.added + summary.added)

        let afterwards = try database.writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT slug, content_hash, origin FROM exercise WHERE origin LIKE 'Seeds/%' ORDER BY slug")
        }
        #expect(afterwards == seedRows, "the seeds are kept as they are")

        let byOrigin = try database.writer.read { db in
            try Dictionary(
                uniqueKeysWithValues: Exercise.fetchAll(
                    db, sql: "SELECT * FROM exercise WHERE origin LIKE 'free-exercise-db/%'"
                ).map { ($0.origin, $0) })
        }
        let seedExercises = try database.writer.read { db in
            try Exercise.fetchAll(db, sql: "SELECT * FROM exercise WHERE origin LIKE 'Seeds/%'")
        }
        let repository = ExerciseStore(database: database)
        let seedLabels = try seedExercises.map { seed in
            (seed, Set(([seed.name] + (try repository.summary(of: seed).aliases)).map { $0.lowercased() }))
        }
        for record in raw {
            let id = try #require(record["id"] as? String)
            let name = try #require(record["name"] as? String)
            let equipment = EquipmentName.key(record["equipment"] as? String)
            let twins = seedLabels.filter { seed, labels in
                let other = EquipmentName.key(seed.equipment)
                return labels.contains(name.lowercased()) && (equipment == nil || other == nil || equipment == other)
            }.map(\.0)
            guard let exercise = byOrigin["free-exercise-db/\(id)"] else {
                #expect(!twins.isEmpty, "\(name) was left out, but no seed has its name and equipment")
                continue
            }
            #expect(twins.isEmpty, "\(name) duplicates the seed \(twins.first?.slug ?? "")")
            #expect(exercise.name == name)
            let document = try repository.document(of: exercise)
            let steps = (record["instructions"] as? [String] ?? []).filter {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
            #expect(document.section(.execution)?.blocks.map(\.text) ?? [] == steps, "\(id)")
            #expect(document.section(.execution)?.blocks.allSatisfy { $0.style == .numbered } ?? true)
            #expect(document.metadata.muscles == record["primaryMuscles"] as? [String] ?? [])
            #expect(document.metadata.secondaryMuscles == record["secondaryMuscles"] as? [String] ?? [])
            #expect(document.metadata.category == record["category"] as? String)
            #expect(
                (document.extraFrontMatter["force"] != nil) == (record["force"] as? String != nil),
                "\(id): null force is left out")
            #expect((document.extraFrontMatter["mechanic"] != nil) == (record["mechanic"] as? String != nil))
            #expect((exercise.equipment == nil) == (record["equipment"] as? String == nil))
        }

        let sitUp = try ExerciseStore(database: database).resolve("3/4 Sit-Up")
        let document = try repository.document(of: sitUp)
        #expect(sitUp.slug == "3-4-sit-up" && sitUp.equipment == "body weight")
        #expect(document.extraFrontMatter["level"]?.contains("beginner") == true)
        #expect(document.extraFrontMatter["images"]?.contains("3_4_Sit-Up/0.jpg") == true)
        #expect(
            DocumentHash.of(try DocumentParser.parse(text: DocumentRenderer.markdown(document), fileName: "x.md"))
                == sitUp.contentHash,
            "exported, it re-imports as unchanged")
        #expect(try ExerciseStore(database: database).search("sit-up").contains { $0.slug == "3-4-sit-up" })
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        let recorded = try WorkoutLog(database: database).record(
            try RecordPlan.make(RecordRequest(reps: "15"), settings: LogSettings(), now: at), exercise: sitUp, now: at)
        #expect(recorded.entries.first?.slug == "3-4-sit-up")
    }

    @Test func theOlderFileIsRepairedAndReimportsAsUnchanged() throws {
        let older = try Data(contentsOf: Self.folder.appendingPathComponent("exercises.pre-5197c05-mojibake.json"))
        let read = try #require(FreeExerciseDB.entries(in: older, path: "old.json"))
        #expect(read.entries.count == 873 && read.problems.isEmpty)
        let texts = read.entries.flatMap { [$0.name] + $0.instructions }
        #expect(!texts.contains { MojibakeRepair.needsRepair($0) || $0.contains("\u{00E2}\u{20AC}") })
        let rotation = try #require(read.entries.first { $0.id == "Cable_Internal_Rotation" })
        #expect(rotation.instructions.contains { $0.contains("pulley\u{2019}s") })

        let damaged = try Self.rawRecords("exercises.pre-5197c05-mojibake.json").filter { record in
            (record["instructions"] as? [String] ?? []).contains {
                $0.contains("\u{00E2}\u{20AC}") || $0.contains("\u{00C2}")
            }
        }
        #expect(damaged.count >= 20)
        let small = try JSONSerialization.data(withJSONObject: damaged)
        let (database, _) = try TestSupport.temporaryDatabase()
        let first = try DocumentImporter(database: database).run([ImportSource(path: "old.json", data: small)])
        #expect(first.added == damaged.count)
        let again = try DocumentImporter(database: database).run([ImportSource(path: "old.json", data: small)])
        #expect(again.added == 0 && again.updated == 0 && again.unchanged == damaged.count)
        let stored = try database.writer.read { db in try String.fetchAll(db, sql: "SELECT text FROM exercise_block") }
        #expect(!stored.contains { $0.contains("\u{00E2}\u{20AC}") })
    }

    @Test func flawsAreTolerated() throws {
        let json = """
            [{"id": "No_Steps", "name": "No Steps", "force": null, "level": "beginner", "mechanic": null, "equipment": null,
              "primaryMuscles": ["abdominals"], "secondaryMuscles": [], "instructions": [], "category": "strength", "images": []},
             {"id": "Gaps", "name": "Gaps", "force": "push", "level": "expert", "mechanic": "compound", "equipment": "e-z curl bar",
              "primaryMuscles": ["triceps"], "secondaryMuscles": null, "instructions": ["First.", "", "  ", "Second.Third."], "category": "strength",
              "images": ["Gaps/0.jpg"]},
             {"id": "Plank", "name": "plank", "force": "static", "level": "beginner", "mechanic": "isolation", "equipment": "body only",
              "primaryMuscles": ["abdominals"], "secondaryMuscles": [], "instructions": ["Hold."], "category": "strength", "images": []},
             {"id": "Nameless", "name": null, "instructions": []}]
            """
        let (database, _) = try TestSupport.temporaryDatabase()
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        let source = ImportSource(path: "mini.json", data: Data(json.utf8))
        #expect(throws: ImportFailure.self) { try DocumentImporter(database: database).run([source]) }
        let summary = try DocumentImporter(database: database).run([source], skipInvalid: true)
        #expect(
            summary.added == 2 && summary.alreadyInLibrary == 1
                && summary.skipped.map(\.description) == ["mini.json:8: record 4 has no name (give it a `name`)"])
        let repository = ExerciseStore(database: database)
        let noSteps = try repository.document(of: try ExerciseStore(database: database).resolve("no-steps"))
        #expect(
            noSteps.section(.execution) == nil && noSteps.metadata.equipment == nil
                && noSteps.extraFrontMatter["force"] == nil)
        let gaps = try ExerciseStore(database: database).resolve("gaps")
        #expect(gaps.equipment == "ez bar")
        #expect(
            try repository.document(of: gaps).section(.execution)?.blocks.map(\.text) == ["First.", "Second.Third."])
        #expect(try repository.summaries().filter { $0.name.lowercased() == "plank" }.map(\.slug) == ["plank"])
    }
}
