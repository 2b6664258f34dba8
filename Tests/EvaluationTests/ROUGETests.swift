import Testing
@testable import Evaluation

@Suite struct ROUGETests {
    @Test func tokenizesLikeRougeScore() {
        #expect(ROUGE.tokens("Rusia, AS: 22/12!") == ["rusia", "as", "22", "12"])
    }
}
