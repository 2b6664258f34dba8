/// The version `warta --version` prints.
public enum WartaVersion {
    /// The current release.
    public static let current = "0.1.0"
}
