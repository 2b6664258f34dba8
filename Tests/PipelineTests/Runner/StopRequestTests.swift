import Pipeline
import Testing

@Suite("StopRequest")
struct StopRequestTests {
    @Test func isRequestedOnceAskedAndStaysSo() {
        let stop = StopRequest()
        #expect(!stop.isRequested)
        stop.request()
        stop.request()
        #expect(stop.isRequested)
    }
}
