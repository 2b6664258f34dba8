@testable import LocalTranslation
import Testing

@Suite("LoanwordAdapter")
struct LoanwordAdapterTests {
    @Test("borrowed endings take their English shape")
    func endings() {
        #expect(LoanwordAdapter.adapt("organisasi") == "organization")
        #expect(LoanwordAdapter.adapt("universitas") == "university")
        #expect(LoanwordAdapter.adapt("kreatif") == "creative")
        #expect(LoanwordAdapter.adapt("konferensi") == "conference")
        #expect(LoanwordAdapter.adapt("realisme") == "realism")
    }

    @Test("short words and words without a borrowed ending are left alone")
    func leavesOthers() {
        #expect(LoanwordAdapter.adapt("rumah") == nil)
        #expect(LoanwordAdapter.adapt("asi") == nil)
    }
}
