@testable import LocalTranslation
import Testing

@Suite("EnglishInflector")
struct EnglishInflectorTests {
    let inflector: EnglishInflector = {
        var lexicon = TranslationLexicon()
        try! lexicon.read("go went gone\ntake took taken\nchild children\n", file: TranslationLexicon.irregularFileName)
        return EnglishInflector(lexicon: lexicon)
    }()

    @Test("plurals: regular spelling, irregular forms, already plural, last word of a phrase")
    func plurals() {
        #expect(inflector.plural("house") == "houses")
        #expect(inflector.plural("box") == "boxes")
        #expect(inflector.plural("city") == "cities")
        #expect(inflector.plural("day") == "days")
        #expect(inflector.plural("child") == "children")
        #expect(inflector.plural("children") == "children")
        #expect(inflector.plural("police officer") == "police officers")
        #expect(inflector.plural("head of state") == "heads of state")
    }

    @Test("past tense and participles, regular and irregular, first word of a phrase")
    func pastForms() {
        #expect(inflector.past("report") == "reported")
        #expect(inflector.past("arrive") == "arrived")
        #expect(inflector.past("stop") == "stopped")
        #expect(inflector.past("visit") == "visited")
        #expect(inflector.past("carry") == "carried")
        #expect(inflector.past("go") == "went")
        #expect(inflector.participle("take part") == "taken part")
    }

    @Test("-ing forms")
    func gerunds() {
        #expect(inflector.gerund("make") == "making")
        #expect(inflector.gerund("run") == "running")
        #expect(inflector.gerund("see") == "seeing")
        #expect(inflector.gerund("die") == "dying")
    }

    @Test("adverbs from adjectives")
    func adverbs() {
        #expect(EnglishInflector.adverb("regular") == "regularly")
        #expect(EnglishInflector.adverb("easy") == "easily")
        #expect(EnglishInflector.adverb("basic") == "basically")
        #expect(EnglishInflector.adverb("full") == "fully")
    }
}
