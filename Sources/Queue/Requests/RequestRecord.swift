import Foundation

/// One provider request as the request log keeps it, for `warta log`.
///
/// Never holds a key: callers redact bodies before recording them.
public struct RequestRecord: Sendable, Hashable, Codable {
    /// The log's number for the record; nil before it is recorded.
    public var id: Int64?
    /// The run the request was made for.
    public var runID: RunID
    /// The task the request was made for; nil for run-level requests.
    public var taskID: TaskID?
    /// When the request was sent.
    public var time: Date
    /// The provider's name in providers.yml.
    public var provider: String
    /// The model asked, when the provider has models.
    public var model: String?
    /// The HTTP status of the reply; nil when no reply came.
    public var httpStatus: Int?
    /// The failure category when the request failed (timeout, rate-limited, …); nil on success.
    public var errorCategory: String?
    /// How long the request took, in milliseconds.
    public var latencyMilliseconds: Double
    /// Input tokens billed, for token-priced providers.
    public var inputTokens: Int?
    /// Output tokens billed, for token-priced providers.
    public var outputTokens: Int?
    /// Characters billed, for character-priced providers.
    public var characters: Int?
    /// The cost in the provider's configured currency, when prices are known.
    public var cost: Double?
    /// The request body (redacted), kept only when the job asks for bodies.
    public var requestBody: String?
    /// The response body (redacted), kept only when the job asks for bodies.
    public var responseBody: String?

    /// Creates a request record.
    public init(
        id: Int64? = nil, runID: RunID, taskID: TaskID?, time: Date, provider: String, model: String?,
        httpStatus: Int?, errorCategory: String?, latencyMilliseconds: Double,
        inputTokens: Int? = nil, outputTokens: Int? = nil, characters: Int? = nil, cost: Double? = nil,
        requestBody: String? = nil, responseBody: String? = nil
    ) {
        self.id = id
        self.runID = runID
        self.taskID = taskID
        self.time = time
        self.provider = provider
        self.model = model
        self.httpStatus = httpStatus
        self.errorCategory = errorCategory
        self.latencyMilliseconds = latencyMilliseconds
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.characters = characters
        self.cost = cost
        self.requestBody = requestBody
        self.responseBody = responseBody
    }
}
