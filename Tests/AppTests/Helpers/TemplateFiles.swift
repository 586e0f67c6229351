import Foundation

/// The app's Mustache templates as the source tree holds them: one folder per feature, shared ones at the top.
enum TemplateFiles {
    static let appSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/App")
    static let folder = appSources.appendingPathComponent("Resources/Templates")

    /// Each template's name as the renderer knows it ("reporting/report") and its text.
    static func all() throws -> [(name: String, text: String)] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [(String, String)] = []
        for case let path as String in walker where path.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            found.append((String(path.dropLast(".mustache".count)), text))
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// Every Swift source file of the app, with its path relative to Sources/App.
    static func swiftSources() throws -> [(path: String, text: String)] {
        guard let walker = FileManager.default.enumerator(atPath: appSources.path) else { return [] }
        var found: [(String, String)] = []
        for case let path as String in walker where path.hasSuffix(".swift") {
            found.append((path, try String(contentsOf: appSources.appendingPathComponent(path), encoding: .utf8)))
        }
        return found
    }
}
