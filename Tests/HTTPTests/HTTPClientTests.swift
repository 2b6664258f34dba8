import HTTP
import Testing

@Suite struct HTTPClientTests {
    @Test func aRequestHasSensibleDefaultTimeouts() {
        let timeouts = HTTPTimeouts()
        #expect(timeouts.connect < timeouts.total)
    }
}
