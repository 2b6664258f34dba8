import Foundation
import Testing
@testable import Translation
import WartaTestSupport

@Suite struct PromptTemplateTests {
    static let prompts = PromptLibrary(directory: SharedData.repositoryRoot.appendingPathComponent("Prompts").path)

    @Test func theRepositoryPromptsHaveTheirSystemUserAndCorrectionParts() throws {
        for template in [try Self.prompts.translation(), try Self.prompts.summary()] {
            #expect(template.has(.system) && template.has(.user) && template.has(.correction), "\(template.name)")
        }
    }

    @Test func theHeaderIsNeverSentAndValuesAreNotEscaped() throws {
        let template = try PromptTemplate(name: "test", text: """
        {{! header: the variable word is a word }}
        --- system ---
        Say {{word}}.
        --- user ---
        {{word}} & more
        """)
        #expect(template.render(.system, with: ["word": "<b>\"tidak\"</b>"]) == "Say <b>\"tidak\"</b>.")
        #expect(template.render(.user, with: ["word": "a"]) == "a & more")
        #expect(template.render(.correction, with: [:]) == nil)
    }

    @Test func editingTheTextChangesTheHash() throws {
        let text = "--- system ---\nTranslate.\n--- user ---\n{{blocks_json}}\n"
        let first = try PromptTemplate(name: "translate", text: text)
        let same = try PromptTemplate(name: "translate", text: text)
        let edited = try PromptTemplate(name: "translate", text: text + "Be brief.\n")
        #expect(first.contentHash == same.contentHash)
        #expect(first.contentHash != edited.contentHash)
    }

    @Test func aMissingFileIsNamedInTheError() {
        #expect(throws: PromptError.missingFile(path: "/nonexistent/prompts/translate.md")) {
            try PromptLibrary(directory: "/nonexistent/prompts").translation()
        }
        let message = "\(PromptError.missingFile(path: "/nonexistent/prompts/translate.md"))"
        #expect(message.contains("/nonexistent/prompts/translate.md"))
    }

    @Test func aTemplateWithoutAUserPartOrWithAnUnknownPartIsRefused() {
        #expect(throws: PromptError.missingPart(path: "x.md", part: "user")) {
            try PromptTemplate(name: "x", text: "--- system ---\nHi\n", path: "x.md")
        }
        #expect(throws: PromptError.unexpectedPart(path: "x.md", part: "assistant", reason: "is not a known part")) {
            try PromptTemplate(name: "x", text: "--- system ---\nHi\n--- assistant ---\nno\n--- user ---\nyes", path: "x.md")
        }
    }

    @Test func theTranslationPromptListsTheBlocksAsJSONAndOnlyTheGlossaryGiven() throws {
        let prompt = TranslationPrompt(template: try Self.prompts.translation(), styleNotes: "Use British spelling.")
        let units = [
            TranslationUnit(id: .title, block: .title, text: "Harga \"cabai\" naik"),
            TranslationUnit(id: "paragraph-1.2", block: .paragraph(1), text: "Pedagang di pasar mengeluh."),
        ]
        let request = prompt.chatRequest(for: BackendRequest(units: units, glossary: [GlossaryEntry(indonesian: "cabai", english: "chilli")]))
        let system = try #require(request.system)
        let user = try #require(request.messages.first?.content)
        #expect(system.contains("Indonesian") && system.contains("English"))
        #expect(system.contains("Use British spelling."))
        #expect(system.contains("cabai → chilli"))
        #expect(user.contains(#"{"id": "title", "text": "Harga \"cabai\" naik"}"#))
        #expect(user.contains(#"{"id": "paragraph-1.2", "text": "Pedagang di pasar mengeluh."}"#))
        #expect(user.contains("title, paragraph-1.2"))
        let plain = prompt.chatRequest(for: BackendRequest(units: units))
        #expect(plain.system?.contains("Glossary") == false)
    }

    @Test func theCorrectiveRetryCarriesThePreviousReplyAndTheProblem() throws {
        let prompt = TranslationPrompt(template: try Self.prompts.translation())
        let units = [TranslationUnit(id: .title, block: .title, text: "Harga cabai naik")]
        let request = prompt.chatRequest(for: BackendRequest(units: units, correction: .init(previousReply: "{}", problem: "the blocks title are missing")))
        #expect(request.messages.map(\.role) == [.user, .assistant, .user])
        #expect(request.messages[1].content == "{}")
        #expect(request.messages[2].content.contains("the blocks title are missing"))
    }
}
