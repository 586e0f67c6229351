import ReformCore

/// The rectification ledger's filters (整改台账), read from the query string and written back into it, so a filtered
/// page is a URL that can be shared; the API reads the same parameters.
struct RectificationFilter: Sendable, Equatable {
    var jurisdictionId: Int?
    var inspectionId: Int?
    var states: [RectificationState] = []
    var unitId: Int?
    var category: FindingCategory?
    var severity: FindingSeverity?
    var lights: [ScheduleLight] = []
    var q = ""
    var page = 1
    var perPage = 50

    static let perPageChoices = [20, 50, 100]

    /// Reads the parameters; one that cannot be read is a 400 naming it (a wrong link should say so, not show everything).
    init(query: [String: [String]]) throws {
        func one(_ name: String) -> String? { query[name]?.last.flatMap { $0.isEmpty ? nil : $0 } }
        func int(_ name: String) throws -> Int? {
            guard let raw = one(name) else { return nil }
            guard let n = Int(raw), n > 0 else { throw AppError.badRequest(parameter: name, message: "expected a positive whole number") }
            return n
        }
        func choices<T: RawRepresentable>(_ name: String, _ type: T.Type) throws -> [T] where T.RawValue == String {
            try (query[name] ?? []).filter { !$0.isEmpty }.map {
                guard let v = T(rawValue: $0) else { throw AppError.badRequest(parameter: name, message: "unknown value \($0.prefix(40))") }
                return v
            }
        }
        jurisdictionId = try int("jurisdiction")
        inspectionId = try int("inspection")
        unitId = try int("unit")
        states = try choices("state", RectificationState.self)
        lights = try choices("light", ScheduleLight.self).filter { $0 != .none }
        category = try choices("category", FindingCategory.self).last
        severity = try choices("severity", FindingSeverity.self).last
        q = String((one("q") ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(100))
        page = try int("page") ?? 1
        // As the other ledgers: past page 1,000,000 is a mistake, not a page (and keeps OFFSET in range).
        guard page <= 1_000_000 else { throw AppError.badRequest(parameter: "page", message: "expected a page 1…1000000") }
        if let n = try int("per_page") {
            guard Self.perPageChoices.contains(n) else {
                throw AppError.badRequest(parameter: "per_page", message: "expected one of \(Self.perPageChoices)")
            }
            perPage = n
        }
    }

    init() {}

    /// The query string of this filter (without the page unless asked), in a fixed order.
    func queryItems(page: Int? = nil) -> [(String, String)] {
        var items: [(String, String)] = []
        if let jurisdictionId { items.append(("jurisdiction", String(jurisdictionId))) }
        if let inspectionId { items.append(("inspection", String(inspectionId))) }
        for s in states { items.append(("state", s.rawValue)) }
        if let unitId { items.append(("unit", String(unitId))) }
        if let category { items.append(("category", category.rawValue)) }
        if let severity { items.append(("severity", severity.rawValue)) }
        for l in lights { items.append(("light", l.rawValue)) }
        if !q.isEmpty { items.append(("q", q)) }
        if perPage != 50 { items.append(("per_page", String(perPage))) }
        if let page, page > 1 { items.append(("page", String(page))) }
        return items
    }

    func url(_ path: String, page: Int? = nil, extra: [(String, String)] = []) -> String {
        let items = queryItems(page: page) + extra
        guard !items.isEmpty else { return path }
        return path + "?" + QueryString.encode(items)
    }
}
