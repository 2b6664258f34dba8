import IndonesianText

/// Turns a document into per-sentence features over one shared vocabulary.
struct SentenceAnalyzer {
    /// The features of every sentence of `document`, in order, and the vocabulary's
    /// document frequencies (in how many sentences each term occurs).
    func analyze(_ document: Document) -> (sentences: [SentenceFeatures], vocabulary: [String: Int]) {
        var vocabulary: [String: Int] = [:]
        var sentences: [SentenceFeatures] = []
        var index = 0
        for (paragraphIndex, paragraph) in document.paragraphs.enumerated() {
            for (position, sentence) in paragraph.sentences.enumerated() {
                var terms: [Int: Int] = [:]
                var wordCount = 0
                for word in Tokenizer.words(in: sentence) {
                    wordCount += 1
                    guard word.count > 1, !StopWords.contains(word) else { continue }
                    let id: Int
                    if let known = vocabulary[word] {
                        id = known
                    } else {
                        id = vocabulary.count
                        vocabulary[word] = id
                    }
                    terms[id, default: 0] += 1
                }
                sentences.append(SentenceFeatures(
                    text: sentence,
                    index: index,
                    paragraphIndex: paragraphIndex,
                    opensParagraph: position == 0,
                    wordCount: wordCount,
                    terms: terms,
                    unsuitability: BulletSuitability.unsuitability(of: sentence, wordCount: wordCount)
                ))
                index += 1
            }
        }
        return (sentences, vocabulary)
    }
}
