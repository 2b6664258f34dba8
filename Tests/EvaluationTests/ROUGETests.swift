import Testing
@testable import Evaluation

@Suite struct ROUGETests {
    let reference = [
        "Pemerintah kota menambah 20 bus listrik untuk jalur pusat kota.",
        "Tarif tetap Rp 3.500 per perjalanan.",
    ]
    let candidate = [
        "Pemerintah kota menambah bus listrik di pusat kota.",
        "Tarif bus tetap Rp 3.500.",
    ]

    @Test func tokenizesLikeRougeScore() {
        #expect(ROUGE.tokens("Rusia, AS: 22/12!") == ["rusia", "as", "22", "12"])
        #expect(ROUGE.tokens("Rp3.500,- (naik)") == ["rp3", "500", "naik"])
        #expect(ROUGE.tokens("café") == ["caf"])
    }

    // Expected figures were computed with Google's rouge-score 0.1.2 on the same two texts.
    @Test func matchesTheReferenceImplementation() {
        let scores = ROUGE.score(candidate: candidate, reference: reference)
        #expect(abs(scores.rouge1.precision - 0.857143) < 1e-6)
        #expect(abs(scores.rouge1.recall - 0.705882) < 1e-6)
        #expect(abs(scores.rouge2.f1 - 0.551724) < 1e-6)
        #expect(abs(scores.rougeL.f1 - 0.774194) < 1e-6)
        #expect(abs(scores.rougeLsum.f1 - 0.774194) < 1e-6)
    }

    @Test func identicalTextsScoreOne() {
        let scores = ROUGE.score(candidate: reference, reference: reference)
        #expect(scores.rouge1.f1 == 1)
        #expect(scores.rouge2.f1 == 1)
        #expect(scores.rougeL.f1 == 1)
    }

    @Test func anEmptyCandidateScoresZero() {
        let scores = ROUGE.score(candidate: [], reference: reference)
        #expect(scores.rouge1.f1 == 0)
        #expect(scores.rougeL.f1 == 0)
    }

    @Test func wordOrderMattersForLongestCommonSubsequenceOnly() {
        let shuffled = ROUGE.score(candidate: ["kota pemerintah"], reference: ["pemerintah kota"])
        #expect(shuffled.rouge1.f1 == 1)
        #expect(shuffled.rouge2.f1 == 0)
        #expect(shuffled.rougeL.f1 == 0.5)
    }
}
