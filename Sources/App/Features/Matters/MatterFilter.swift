import ReformCore

/// The matters ledger's filters (督办台账), read from the URL so a view can be shared; the same for the page, the
/// exports and the API.
struct MatterFilter: Sendable, Equatable {
    var jurisdictionId: Int?
    var states: [MatterState] = []
    var levels: [MatterLevel] = []
    /// The lead unit.
    var unitId: Int?
    var lights: [ScheduleLight] = []
    var query: String = ""
    var page: Int = 1
    var perPage: Int = 50

    static let maxPerPage = 500

    /// Parses query parameters; each bad one is reported by its name (400).
    static func parse(_ params: [String: [String]]) throws -> MatterFilter {
        var f = MatterFilter()
        func one(_ key: String) -> String? {
            guard let v = params[key]?.last?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        func many(_ key: String) -> [String] {
            (params[key] ?? []).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func int(_ key: String, max: Int = Int.max) throws -> Int? {
            guard let v = one(key) else { return nil }
            guard let n = Int(v), n >= 1, n <= max else {
                throw AppError.badRequest(
                    parameter: key, message: "expected a whole number 1…\(max == Int.max ? "" : String(max)), got \(v.prefix(40))")
            }
            return n
        }
        func choices<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws -> [T] where T.RawValue == String {
            try many(key).map { raw in
                guard let value = T(rawValue: raw) else {
                    throw AppError.badRequest(
                        parameter: key,
                        message: "unknown \(key) \(raw.prefix(40)); expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return value
            }
        }
        f.jurisdictionId = try int("jurisdiction")
        f.unitId = try int("unit")
        f.states = try choices("state", MatterState.self)
        f.levels = try choices("level", MatterLevel.self)
        f.lights = try choices("light", ScheduleLight.self)
        f.query = String((one("q") ?? "").prefix(100))
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
        add("jurisdiction", jurisdictionId.map(String.init))
        add("state", states.isEmpty ? nil : states.map(\.rawValue).joined(separator: ","))
        add("level", levels.isEmpty ? nil : levels.map(\.rawValue).joined(separator: ","))
        add("unit", unitId.map(String.init))
        add("light", lights.isEmpty ? nil : lights.map(\.rawValue).joined(separator: ","))
        add("q", query.isEmpty ? nil : query)
        add("per_page", perPage == 50 ? nil : String(perPage))
        add("page", page == 1 ? nil : String(page))
        return items
    }
}
