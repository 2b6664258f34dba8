import CCurl

/// libcurl's process-wide setup, done once before the first handle is made.
enum CurlGlobal {
    /// The result of `curl_global_init`; Swift runs a global's initializer exactly once, on
    /// first use, from whichever thread gets there first.
    private static let initialization: CURLcode = warta_curl_global_init_all()

    /// Runs `curl_global_init` if nothing has yet, and reports whether libcurl is usable.
    static func ensureInitialized() -> Bool {
        initialization == CURLE_OK
    }
}
