import IndonesianText

/// Turns a document into per-sentence features over one shared vocabulary.
struct SentenceAnalyzer {
    /// The features of every sentence of `document`, in order, and the headline's terms.
    func analyze(_ document: Document) -> (sentences: [SentenceFeatures], titleTerms: Set<Int>) {
        var vocabulary = TermVocabulary()
        var sentences: [SentenceFeatures] = []
        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            for sentence in paragraph.sentences {
                let (terms, wordCount) = vocabulary.terms(in: sentence)
                sentences.append(SentenceFeatures(
                    text: sentence,
                    index: sentences.count,
                    paragraphIndex: paragraphIndex,
                    wordCount: wordCount,
                    terms: terms,
                    unsuitability: 0
                ))
            }
        }
        let titleTerms = document.title.map { vocabulary.knownTerms(in: $0) } ?? []
        return (sentences, titleTerms)
    }
}
