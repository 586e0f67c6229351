import ReformCore

/// The obstacles queue's filters, read from the URL (pages and API alike). `queue` chooses between the obstacles of the
/// reader's subtree (归口收集, the default) and the escalations waiting on the reader's own level (`escalated`).
struct ObstacleFilter: Sendable, Equatable {
    enum Queue: String, CaseIterable, Sendable {
        case collected
        case escalated
    }

    var queue: Queue = .collected
    var states: [ObstacleState] = []
    var kinds: [ObstacleKind] = []
    var jurisdictionId: Int?
    /// The raising unit.
    var unitId: Int?
    var page: Int = 1
    var perPage: Int = 50

    static let maxPerPage = 500

    /// Parses query parameters; each bad one is reported by its name (400).
    static func parse(_ params: [String: [String]]) throws -> ObstacleFilter {
        var f = ObstacleFilter()
        func one(_ key: String) -> String? {
            guard let v = params[key]?.last?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        func int(_ key: String, max: Int = Int.max) throws -> Int? {
            guard let v = one(key) else { return nil }
            guard let n = Int(v), n >= 1, n <= max else {
                throw AppError.badRequest(parameter: key, message: "expected a whole number ≥ 1, got \(v.prefix(40))")
            }
            return n
        }
        func choices<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws -> [T] where T.RawValue == String {
            try (params[key] ?? []).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .map { raw in
                    guard let value = T(rawValue: raw) else {
                        throw AppError.badRequest(
                            parameter: key,
                            message: "unknown \(key) \(raw.prefix(40)); expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return value
                }
        }
        f.queue = try choices("queue", Queue.self).last ?? .collected
        f.states = try choices("state", ObstacleState.self)
        f.kinds = try choices("kind", ObstacleKind.self)
        f.jurisdictionId = try int("jurisdiction")
        f.unitId = try int("unit")
        f.page = try int("page", max: 1_000_000) ?? 1
        f.perPage = try int("per_page", max: maxPerPage) ?? 50
        return f
    }

    /// The query string that reproduces this filter; `overriding` replaces (or, with nil, drops) a parameter.
    func queryItems(overriding: [String: String?] = [:]) -> [(String, String)] {
        var items: [(String, String)] = []
        func add(_ k: String, _ v: String?) {
            if let o = overriding[k] {
                if let o { items.append((k, o)) }
                return
            }
            if let v, !v.isEmpty { items.append((k, v)) }
        }
        add("queue", queue == .collected ? nil : queue.rawValue)
        add("state", states.isEmpty ? nil : states.map(\.rawValue).joined(separator: ","))
        add("kind", kinds.isEmpty ? nil : kinds.map(\.rawValue).joined(separator: ","))
        add("jurisdiction", jurisdictionId.map(String.init))
        add("unit", unitId.map(String.init))
        add("per_page", perPage == 50 ? nil : String(perPage))
        add("page", page == 1 ? nil : String(page))
        return items
    }
}
