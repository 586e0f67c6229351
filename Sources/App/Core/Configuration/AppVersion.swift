/// The release this build belongs to: written into backups' manifests and shown by `reform --version`. Raised when a
/// release is cut.
public enum AppVersion {
    public static let current = "0.10.0-dev"
}
