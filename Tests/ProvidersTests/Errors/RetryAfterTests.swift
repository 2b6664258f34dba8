import Foundation
import HTTP
@testable import Providers
import Testing

@Suite struct RetryAfterTests {
    func delay(_ headers: [(name: String, value: String)], now: Date = Date()) -> Duration? {
        RetryAfter.delay(in: HTTPResponse(status: 429, headers: headers), now: now)
    }

    @Test func readsSecondsDecimalsAndMilliseconds() {
        #expect(delay([("Retry-After", "3")]) == .seconds(3))
        #expect(delay([("retry-after", "0.5")]) == .milliseconds(500))
        #expect(delay([("retry-after-ms", "1250")]) == .milliseconds(1250))
    }

    @Test func millisecondsWinOverSeconds() {
        #expect(delay([("Retry-After", "2"), ("retry-after-ms", "1500")]) == .milliseconds(1500))
    }

    @Test func readsAnHTTPDateFromNow() throws {
        let now = try #require(RetryAfter.httpDate("Wed, 21 Oct 2015 07:28:00 GMT"))
        #expect(delay([("Retry-After", "Wed, 21 Oct 2015 07:28:30 GMT")], now: now) == .seconds(30))
        #expect(delay([("Retry-After", "Wed, 21 Oct 2015 07:27:00 GMT")], now: now) == .zero)
    }

    @Test func ignoresWhatItCannotRead() {
        #expect(delay([]) == nil)
        #expect(delay([("Retry-After", "soon")]) == nil)
        #expect(delay([("Retry-After", "-4")]) == nil)
    }
}
