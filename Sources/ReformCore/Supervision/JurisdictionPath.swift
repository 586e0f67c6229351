/// Reading the App's materialised jurisdiction paths ("/1/4/9/": the root's id first, the jurisdiction's own last).
public enum JurisdictionPath {
    public static func ids(in path: String) -> [Int] { path.split(separator: "/").compactMap { Int($0) } }

    /// The path of the jurisdiction one level up, nil at the top of the tree (or for text that is not a path).
    public static func parent(of path: String) -> String? {
        let ids = ids(in: path)
        guard ids.count >= 2 else { return nil }
        return Self.path(of: ids.dropLast())
    }

    public static func path(of ids: some Sequence<Int>) -> String { "/" + ids.map(String.init).joined(separator: "/") + "/" }

    /// Whether `ancestor` is `path` or lies above it.
    public static func contains(_ ancestor: String, _ path: String) -> Bool { path.hasPrefix(ancestor) }
}
