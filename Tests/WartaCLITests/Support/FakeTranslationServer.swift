import Foundation
import LocalTranslation
import Synchronization
import WartaTestSupport

/// A LibreTranslate server on 127.0.0.1 for job tests: it answers every text with the offline
/// translator's English after `latency`, can answer 500 for a while, and remembers when it
/// answered each text, so a test can tell whether a text already answered was asked again.
final class FakeTranslationServer: Sendable {
    struct Answer: Sendable {
        var text: String
        var answeredAt: Date
    }

    /// What the server and the test share.
    final class State: Sendable {
        let answers = Mutex<[Answer]>([])
        let failuresUntil = Mutex<Date?>(nil)
        let failedRequests = Mutex(0)
    }

    let server: LoopbackHTTPServer
    private let state = State()

    init(latency: Duration = .milliseconds(20)) {
        let state = state
        server = LoopbackHTTPServer { request in
            if let until = state.failuresUntil.withLock({ $0 }), Date() < until {
                state.failedRequests.withLock { $0 += 1 }
                return .json(#"{"error": "the translation engine is restarting"}"#, status: 500)
            }
            guard request.path == "/translate",
                  let object = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any],
                  let texts = object["q"] as? [String]
            else { return .json(#"{"error": "expected {\"q\": [...]}"}"#, status: 400) }
            let english = texts.map { LocalTranslator.shared.translate($0) }
            let answeredAt = Date().addingTimeInterval(Double(latency.components.seconds) + Double(latency.components.attoseconds) / 1e18)
            state.answers.withLock { $0 += texts.map { Answer(text: $0, answeredAt: answeredAt) } }
            let body = (try? JSONSerialization.data(withJSONObject: ["translatedText": english])) ?? Data()
            return ScriptedReply(status: 200, headers: [("Content-Type", "application/json")], body: body).delayed(by: latency)
        }
    }

    /// Answers 500 to every request until `seconds` from now.
    func fail(for seconds: TimeInterval) {
        state.failuresUntil.withLock { $0 = Date().addingTimeInterval(seconds) }
    }

    /// Every text answered, with when.
    var answered: [Answer] { state.answers.withLock { $0 } }

    /// Requests answered with 500.
    var failures: Int { state.failedRequests.withLock { $0 } }

    /// Texts answered more than once, each with the time of its first answer.
    var repeated: [(text: String, first: Date)] {
        var first: [String: Date] = [:]
        var repeats: [(String, Date)] = []
        for answer in answered {
            if let earlier = first[answer.text] { repeats.append((answer.text, earlier)) } else { first[answer.text] = answer.answeredAt }
        }
        return repeats
    }

    /// A providers.yml naming this server as provider `fake`.
    var providersFile: String {
        """
        providers:
          fake:
            kind: libretranslate
            base_url: \(server.baseURL.absoluteString)
            limits: { max_concurrency: 8, max_retries: 2, timeout_seconds: 10 }
        """
    }
}
