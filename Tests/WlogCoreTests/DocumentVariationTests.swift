import Foundation
import Testing

@testable import WlogCore

/// The shapes real documents take beyond the reference one.
@Suite struct DocumentVariationTests {
    @Test func boldLinesStandingAloneAreHeadings() throws {
        let document = try TestSupport.parse(
            """
            **Setup:**
            1. Stand tall.

            **Execution**:
            1. Squat down.

            **Tips**
            - Breathe.
            """)
        #expect(document.body.map(\.heading) == ["Setup:", "Execution:", "Tips"])
        #expect(document.body.map(\.kind) == [.setup, .execution, .tips])
        #expect(document.body.allSatisfy { $0.headingLevel == 0 })
    }

    @Test func headingLevelsTwoToFour() throws {
        let document = try TestSupport.parse(
            "## Setup\ntext a\n#### Common Mistakes to Avoid\n- one\n### Variations\nmore")
        #expect(document.body.map(\.headingLevel) == [2, 4, 3])
        #expect(document.body.map(\.kind) == [.setup, .mistakes, .other])
    }

    @Test(arguments: [
        ("Tips", SectionKind.tips), ("Tips:", .tips), ("Tips for Proper Form", .tips), ("Form Tips", .tips),
        ("Coaching Cues", .tips), ("Common Mistakes", .mistakes), ("Common Mistakes to Avoid", .mistakes),
        ("Mistakes:", .mistakes), ("Benefits", .benefits), ("Key Benefits", .benefits), ("Setup", .setup),
        ("Set Up", .setup), ("Starting Position", .setup), ("Execution", .execution), ("How to Perform", .execution),
        ("Instructions", .execution), ("Variations", .other), ("Notes", .other),
    ])
    func sectionNamesAreMatchedForgivingly(heading: String, kind: SectionKind) {
        #expect(SectionKind.classify(heading: heading) == kind)
    }

    @Test func labelsWithColonInsideOrOutsideTheBold() throws {
        let document = try TestSupport.parse(
            "### Execution\n1. **Grip:** Hold the bar.\n2. **Brace**: Tighten.\n3. Plain step.\n4. **Bold** but no colon."
        )
        let blocks = try #require(document.section(.execution)).blocks
        #expect(blocks.map(\.label) == ["Grip", "Brace", nil, nil])
        #expect(blocks.map(\.text) == ["Hold the bar.", "Tighten.", "Plain step.", "**Bold** but no colon."])
    }

    @Test func otherBulletMarkersAndNumbering() throws {
        let document = try TestSupport.parse("### Tips\n* one\n+ two\n- three\n\n### Setup\n1) first\n7. second")
        #expect(document.body[0].blocks.map(\.style) == [.bulleted, .bulleted, .bulleted])
        #expect(document.body[1].blocks.map(\.text) == ["first", "second"])
        #expect(document.body[1].blocks.allSatisfy { $0.style == .numbered })
    }

    @Test func plainParagraphsAndTextBeforeTheFirstHeading() throws {
        let document = try TestSupport.parse(
            "An intro line\nthat continues.\n\nA second paragraph.\n\n### Setup\nStand up.")
        #expect(document.body.count == 2)
        #expect(document.body[0].heading == nil)
        #expect(document.body[0].blocks.map(\.text) == ["An intro line\nthat continues.", "A second paragraph."])
        #expect(document.body[1].blocks == [DocumentBlock(style: .paragraph, text: "Stand up.")])
    }

    @Test func noSectionIsRequired() throws {
        let document = try TestSupport.parse("---\ndescription: \"Just a description.\"\n---\n")
        #expect(document.body.isEmpty)
        #expect(!document.hasHowTo)
        #expect(document.metadata.description == "Just a description.")
    }

    @Test func unrecognisedSectionsKeptInOrder() throws {
        let document = try TestSupport.parse(
            "### Setup\n- a\n### Variations\n- b\n### Benefits\n- c\n### Programming\nThree sets.")
        #expect(document.body.map(\.heading) == ["Setup", "Variations", "Benefits", "Programming"])
        #expect(document.body.map(\.kind) == [.setup, .other, .benefits, .other])
    }

    @Test func continuationLinesAndNestedListsStayWithTheirItem() throws {
        let document = try TestSupport.parse(
            "### Execution\n1. **Lift**: Raise the bar\nto the chest.\n   - keep elbows in\n2. Lower.")
        let blocks = document.body[0].blocks
        #expect(blocks.count == 2)
        #expect(blocks[0].text == "Raise the bar\nto the chest.\n   - keep elbows in")
    }

    @Test func codeFencesAreKeptVerbatim() throws {
        let document = try TestSupport.parse("### Notes\n```\n### not a heading\n- not an item\n```\nafter")
        #expect(document.body.count == 1)
        #expect(document.body[0].blocks.map(\.text) == ["```\n### not a heading\n- not an item\n```", "after"])
    }

    @Test func howToStepsAfterTheMarker() throws {
        let document = try TestSupport.parse(
            "### Setup\n- a\n\n<!--  HOWTO -->\nIntro.\n\n## First\nDo it.\n\n## Second\nAgain.\nMore.")
        #expect(document.hasHowTo)
        #expect(document.howTo.map(\.kind) == [.other, .step, .step])
        #expect(document.howTo[2].blocks[0].text == "Again.\nMore.")
    }

    @Test func aSecondHowToMarkerIsAnError() {
        let error = TestSupport.parseError("a\n<!-- howto -->\nb\n<!-- howto -->\n")
        #expect(error?.line == 4)
    }

    @Test func allFrontMatterKeysAndUnknownOnesKept() throws {
        let document = try TestSupport.parse(
            """
            ---
            name: Landmine Squat
            slug: landmine-squat
            aliases: [Angled Squat, "Corner Squat"]
            video: "abc123XYZ_-"
            description: Squat holding one end of a bar.
            equipment: barbell
            muscles: quadriceps, glutes
            secondary_muscles: [abdominals]
            category: strength
            tags: [legs]
            difficulty: 2
            cues:
              - sit down
            ---
            """)
        let metadata = document.metadata
        #expect(metadata.name == "Landmine Squat")
        #expect(metadata.slug == "landmine-squat")
        #expect(metadata.aliases == ["Angled Squat", "Corner Squat"])
        #expect(metadata.video == "abc123XYZ_-")
        #expect(metadata.muscles == ["quadriceps", "glutes"])
        #expect(metadata.secondaryMuscles == ["abdominals"])
        #expect(metadata.category == "strength")
        #expect(metadata.tags == ["legs"])
        #expect(document.extraFrontMatter.keys.sorted() == ["cues", "difficulty"])
        #expect(document.frontMatterYAML.contains("difficulty: 2"))
    }

    @Test func wrongTypesInFrontMatterNameTheKeyAndLine() {
        let error = TestSupport.parseError("---\ndescription: fine\nname: [a, b]\n---\n")
        #expect(error?.line == 3)
        #expect(error?.message.contains("`name`") == true)
        #expect(TestSupport.parseError("---\nmuscles: {a: b}\n---\n")?.line == 2)
    }

    @Test func invalidSlugIsRejected() {
        let error = TestSupport.parseError("---\nname: X\nslug: Bad Slug!\n---\n")
        #expect(error?.line == 3)
        #expect(error?.hint?.contains("bad-slug") == true)
    }

    @Test func yamlSyntaxErrorsGiveTheDocumentLine() {
        let error = TestSupport.parseError("---\nname: ok\ndescription: \"unclosed\n---\n### Setup\n")
        #expect(error != nil)
        #expect((error?.line ?? 0) >= 3)
        #expect(error?.message.hasPrefix("invalid YAML front matter") == true)
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(TestSupport.parseError("---\nname: x\n### Setup\n")?.message.contains("never closed") == true)
    }

    @Test func anchorsAndAliasesAreRefused() {
        let anchored = TestSupport.parseError("---\nname: &n Squat\naliases: [*n]\n---\n")
        #expect(anchored?.line == 2)
        #expect(anchored?.message.contains("anchors and aliases") == true)
        let bomb = "---\na: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n---\n"
        #expect(TestSupport.parseError(bomb)?.line == 2)
        #expect(TestSupport.parseError("---\nname: *undefined\n---\n") != nil)
    }
}
