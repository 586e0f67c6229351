import Foundation

/// The OpenAPI document served at /api/openapi.json: the shared base and every feature's part, merged once at start.
/// Two parts that define the same path and method, or the same component, are refused (the start fails, and
/// `OpenAPIDocumentTests` says which), so parallel features cannot overwrite each other's documentation.
enum OpenAPIDocument {
    struct MergeError: Error, CustomStringConvertible {
        let problems: [String]
        var description: String { "the OpenAPI document's parts do not merge:\n" + problems.map { "  - " + $0 }.joined(separator: "\n") }
    }

    /// The merged document as JSON; built on first use, which `buildServices` forces so a bad part fails the start.
    static let json: Result<Data, any Error> = Result {
        try merge(base: OpenAPIBase.document, parts: AppFeatures.all.compactMap { f in f.apiDocument.map { (String(describing: f), $0) } })
    }

    static func validate() throws { _ = try json.get() }

    static func merge(base: String, parts: [(owner: String, text: String)]) throws -> Data {
        var problems: [String] = []
        func object(_ text: String, _ owner: String) -> [String: Any] {
            do {
                guard let o = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                    problems.append("\(owner): not a JSON object")
                    return [:]
                }
                return o
            } catch {
                problems.append("\(owner): not valid JSON (\(error.localizedDescription))")
                return [:]
            }
        }
        var document = object(base, "base")
        var paths = document["paths"] as? [String: Any] ?? [:]
        var components = document["components"] as? [String: Any] ?? [:]
        var owners: [String: String] = [:]
        for (section, entries) in components {
            for name in (entries as? [String: Any] ?? [:]).keys { owners["components.\(section).\(name)"] = "base" }
        }
        for (owner, text) in parts {
            let part = object(text, owner)
            let unknown = Set(part.keys).subtracting(["paths", "components"])
            if !unknown.isEmpty { problems.append("\(owner): only paths and components belong in a feature's part, not \(unknown.sorted())") }
            for (path, item) in part["paths"] as? [String: Any] ?? [:] {
                var merged = paths[path] as? [String: Any] ?? [:]
                for (key, value) in item as? [String: Any] ?? [:] {
                    let id = "paths.\(path).\(key)"
                    if let first = owners[id] {
                        problems.append("\(path) \(key) is defined by \(first) and by \(owner)")
                        continue
                    }
                    owners[id] = owner
                    merged[key] = value
                }
                paths[path] = merged
            }
            for (section, entries) in part["components"] as? [String: Any] ?? [:] {
                var merged = components[section] as? [String: Any] ?? [:]
                for (name, value) in entries as? [String: Any] ?? [:] {
                    let id = "components.\(section).\(name)"
                    if let first = owners[id] {
                        problems.append("components/\(section)/\(name) is defined by \(first) and by \(owner)")
                        continue
                    }
                    owners[id] = owner
                    merged[name] = value
                }
                components[section] = merged
            }
        }
        if !problems.isEmpty { throw MergeError(problems: problems) }
        document["paths"] = paths
        document["components"] = components
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }
}
