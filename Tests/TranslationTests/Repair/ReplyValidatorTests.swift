import Testing
@testable import Translation

@Suite struct ReplyValidatorTests {
    static let units = [
        TranslationUnit(id: .title, block: .title, text: "Gempa magnitudo 5,6 guncang Cianjur"),
        TranslationUnit(id: .paragraph(1), block: .paragraph(1), text: "Gempa berkekuatan 5,6 mengguncang Kabupaten Cianjur pada pukul 13.21 WIB, menurut Badan Meteorologi, Klimatologi, dan Geofisika."),
        TranslationUnit(id: .paragraph(2), block: .paragraph(2), text: "Bupati Herman Suherman meminta warga Desa Cugenang tetap waspada terhadap gempa susulan dan menjauhi bangunan yang retak."),
    ]
    static let english = [
        "title": "Magnitude 5.6 earthquake shakes Cianjur",
        "paragraph-1": "A magnitude 5.6 earthquake shook Cianjur Regency at 13:21 local time, according to the Meteorology, Climatology and Geophysics Agency.",
        "paragraph-2": "Regent Herman Suherman asked residents of Cugenang village to remain alert to aftershocks and to stay away from cracked buildings.",
    ]
    static let validator = ReplyValidator()

    static func json(_ object: [String: String]) -> String {
        "{" + object.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ") + "}"
    }

    static func problems(_ reply: String) -> [ReplyProblem] {
        switch validator.check(keyed: reply, units: units) {
        case .success: return []
        case let .failure(failure): return failure.problems
        }
    }

    @Test func aGoodReplyIsKeptEvenInACodeFenceAndInAnotherOrder() throws {
        let reply = "Here you go:\n```json\n" + Self.json(Self.english) + "\n```"
        let english = try Self.validator.check(keyed: reply, units: Self.units).get()
        #expect(english[.paragraph(2)] == Self.english["paragraph-2"])
        #expect(english.count == 3)
    }

    @Test func anArrayOfIdsAndTextsIsReadToo() throws {
        let reply = "[" + Self.units.map { #"{"id": "\#($0.id)", "text": "\#(Self.english[$0.id.rawValue]!)"}"# }.joined(separator: ", ") + "]"
        #expect(try Self.validator.check(keyed: reply, units: Self.units).get().count == 3)
    }

    @Test func proseIsUnreadable() {
        guard case .unreadable? = Self.problems("Sorry, I cannot translate this.").first else {
            Issue.record("prose accepted")
            return
        }
    }

    @Test func aLostBlockIsNamed() {
        var object = Self.english
        object["paragraph-2"] = nil
        #expect(Self.problems(Self.json(object)) == [.lost([.paragraph(2)])])
    }

    @Test func twoBlocksMergedUnderOneIdAreCaught() {
        var object = Self.english
        object["paragraph-1"]! += " " + object.removeValue(forKey: "paragraph-2")!
        #expect(Self.problems(Self.json(object)).first == .merged([.paragraph(2)], into: .paragraph(1)))
    }

    @Test func inventedIdsAreCaught() {
        var object = Self.english
        object["paragraph-7"] = "Something else entirely."
        #expect(Self.problems(Self.json(object)) == [.invented(["paragraph-7"])])
    }

    @Test func textsShiftedAcrossIdsAreCaughtByTheirNamesAndNumbers() {
        let shifted = [
            "title": Self.english["title"]!,
            "paragraph-1": Self.english["paragraph-2"]!,
            "paragraph-2": Self.english["paragraph-1"]!,
        ]
        guard case let .misaligned(ids, _)? = Self.problems(Self.json(shifted)).first else {
            Issue.record("shifted reply accepted")
            return
        }
        #expect(ids == [.paragraph(1), .paragraph(2)])
    }

    @Test func aTranslationFarTooShortForItsBlockIsCaught() {
        var object = Self.english
        object["paragraph-2"] = "Regent Herman Suherman spoke."
        guard case .misaligned? = Self.problems(Self.json(object)).first else {
            Issue.record("truncated translation accepted")
            return
        }
    }

    @Test func indonesianHandedBackIsCaughtButNamesAndNumbersMayStay() {
        var object = Self.english
        object["paragraph-2"] = Self.units[2].text
        #expect(Self.problems(Self.json(object)) == [.untranslated([.paragraph(2)])])

        let names = [TranslationUnit(id: .bullet(1), block: .bullet(1), text: "Herman Suherman, 2024")]
        #expect((try? Self.validator.check(keyed: #"{"bullet-1": "Herman Suherman, 2024"}"#, units: names).get()) != nil)
    }

    @Test func orderedRepliesAreJudgedTextByText() {
        let outcome = Self.validator.check(ordered: [Self.english["title"]!, "", Self.units[2].text], units: Self.units)
        #expect((try? outcome[.title]?.get()) == Self.english["title"])
        #expect(outcome[.paragraph(1)].map { if case .failure(.empty) = $0 { true } else { false } } == true)
        #expect(outcome[.paragraph(2)].map { if case .failure(.untranslated) = $0 { true } else { false } } == true)
    }

    @Test func problemsAreWordedForTheModel() {
        #expect(ReplyProblem.lost([.paragraph(2)]).description == "the blocks paragraph-2 are missing; every id needs its own translation")
        #expect(ReplyProblem.untranslated([.title]).description.contains("translate them into English"))
    }
}
