import IndonesianText

/// Turns a document into per-sentence features over one shared vocabulary.
struct SentenceAnalyzer {
    /// The features of every sentence of `document`, in order, the headline's terms, and
    /// the size of the vocabulary the term IDs index.
    func analyze(_ document: Document) -> (sentences: [SentenceFeatures], titleTerms: [Int], termCount: Int) {
        let vocabulary = TermVocabulary()
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
        return (sentences, titleTerms, vocabulary.count)
    }
}
