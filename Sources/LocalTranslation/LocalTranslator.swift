import Foundation

/// The offline rule-based Indonesian → English translator (`provider: local`): a lexicon
/// written for news, affixes read by rule, noun phrases reordered, tense, voice and
/// negation carried over. Its output is a machine gist translation, honest but rough.
public struct LocalTranslator: Sendable {
    /// A translator over the bundled lexicon, loaded once on first use.
    ///
    /// The lexicon ships inside the package; if it cannot be read the build is broken, so
    /// this stops the program with the lexicon error rather than translate without words.
    public static let shared: LocalTranslator = {
        do {
            return try LocalTranslator()
        } catch {
            fatalError("LocalTranslator: \(error)")
        }
    }()

    private let lexicon: TranslationLexicon
    private let builder: UnitBuilder
    private let dayNames = DayNameRules()
    private let numbers = NumberRules()
    private let nounPhrases: NounPhraseRules
    private let verbPhrases: VerbPhraseRules

    /// Loads the bundled lexicon; throws `LexiconError` naming the file and line when it
    /// is missing or malformed.
    public init() throws(LexiconError) {
        guard let directory = Bundle.module.url(forResource: "Lexicon", withExtension: nil) else {
            throw LexiconError(file: "Lexicon", line: 0, message: "the lexicon resource is missing from the bundle; rebuild the package")
        }
        try self.init(lexiconDirectory: directory)
    }

    /// Loads the lexicon files of `lexiconDirectory` (see the bundled `Lexicon/README.md`
    /// for the format); throws `LexiconError` naming the file and line of a bad entry.
    public init(lexiconDirectory: URL) throws(LexiconError) {
        self.init(lexicon: try TranslationLexicon(directory: lexiconDirectory))
    }

    init(lexicon: TranslationLexicon) {
        self.lexicon = lexicon
        let inflector = EnglishInflector(lexicon: lexicon)
        builder = UnitBuilder(lexicon: lexicon, analyzer: WordAnalyzer(lexicon: lexicon, inflector: inflector))
        // Measured on mt-dev: "the" for -nya and "the" before bare singular noun phrases
        // score better than "its" and no article; narrative past beats the base form.
        nounPhrases = NounPhraseRules(inflector: inflector, thirdPossessive: "the", addsDefiniteArticle: true)
        verbPhrases = VerbPhraseRules(inflector: inflector, narrativePast: true)
    }

    /// The number of Indonesian words and expressions the lexicon holds.
    public var lexiconSize: Int { lexicon.entries.count }

    /// The version of the lexicon loaded: 16 hex digits hashing every file's name and bytes,
    /// so any edit (even one keeping the number of entries) gives a new version.
    public var lexiconVersion: String { lexicon.fingerprint.hex }

    /// Translates one paragraph (one or more sentences) from Indonesian to English.
    public func translate(_ paragraph: String) -> String {
        translate(SourceTokenizer.tokens(in: paragraph), fixedTerms: [:])
    }

    /// Translates one paragraph rendering every occurrence of a term's Indonesian (ignoring
    /// case, as whole words, the longest term first where terms overlap) as its English,
    /// exactly as given; the words around it are translated and ordered as usual.
    ///
    /// Where two terms have the same Indonesian words the first one wins.
    public func translate(_ paragraph: String, terms: [(indonesian: String, english: String)]) -> String {
        let tokens = SourceTokenizer.tokens(in: paragraph)
        let matcher = FixedTermMatcher(terms: terms)
        return translate(tokens, fixedTerms: matcher.occurrences(in: tokens))
    }

    private func translate(_ tokens: [SourceToken], fixedTerms: [Int: FixedTermMatcher.Occurrence]) -> String {
        guard !tokens.isEmpty else { return "" }
        var units = builder.units(for: tokens, fixedTerms: fixedTerms)
        dayNames.apply(to: &units)
        numbers.apply(to: &units)
        numbers.applyToPrepositions(&units)
        nounPhrases.apply(to: &units)
        verbPhrases.apply(to: &units)
        return EnglishRealizer.text(of: units)
    }
}
