import ReformCore

/// The ledger's filters, read from the URL so a view can be shared; the same for pages and the API.
public struct LedgerFilter: Sendable, Equatable {
    public enum UnitRole: String, Sendable, CaseIterable { case any, lead, participant }
    public enum Sort: String, Sendable, CaseIterable {
        case outline, deadline
        case deadlineDesc = "-deadline"
        case status, percent
        case percentDesc = "-percent"
        case updated = "-updated"
        case unit
    }
    public enum Scope: String, Sendable, CaseIterable {
        /// Tasks and below (the 一览表 rows); fields only when a plan has nothing else.
        case items
        /// Only items without children (the units of work).
        case leaves
        /// Every item including fields.
        case all
    }

    public var jurisdictionId: Int?
    public var planId: Int?
    public var fieldId: Int?
    public var unitId: Int?
    public var unitRole: UnitRole = .any
    public var statuses: [LifecycleStatus] = []
    public var lights: [ScheduleLight] = []
    /// The office's current judgement (研判); `unjudged` adds the items not judged yet (`judgement=none`).
    public var judgements: [JudgementRating] = []
    public var unjudged = false
    public var dueFrom: LocalDate?
    public var dueTo: LocalDate?
    public var query: String = ""
    /// Only items whose owed report is past its due date (逾期未报).
    public var outdated: Bool = false
    public var scope: Scope = .items
    public var sort: Sort = .outline
    public var page: Int = 1
    public var perPage: Int = 50

    public static let maxPerPage = 500
    /// Counting stops here: an exact count of a million rows costs more than the page itself.
    public static let countCap = 10_000

    public init() {}

    /// Parses query parameters; each bad one is reported by its name.
    public static func parse(_ params: [String: [String]]) throws -> LedgerFilter {
        var f = LedgerFilter()
        func one(_ key: String) -> String? {
            guard let v = params[key]?.last?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        func many(_ key: String) -> [String] {
            (params[key] ?? []).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func int(_ key: String, min: Int = 1, max: Int = Int.max) throws -> Int? {
            guard let v = one(key) else { return nil }
            guard let n = Int(v), n >= min, n <= max else {
                throw AppError.badRequest(
                    parameter: key, message: "expected a whole number \(min)…\(max == Int.max ? "" : String(max)), got \(v.prefix(40))")
            }
            return n
        }
        func date(_ key: String) throws -> LocalDate? {
            guard let v = one(key) else { return nil }
            guard let d = LocalDate(iso: v) else {
                throw AppError.badRequest(parameter: key, message: "expected a date as YYYY-MM-DD, got \(v.prefix(40))")
            }
            return d
        }
        f.jurisdictionId = try int("jurisdiction")
        f.planId = try int("plan")
        f.fieldId = try int("field")
        f.unitId = try int("unit")
        if let r = one("role") {
            guard let role = UnitRole(rawValue: r) else {
                throw AppError.badRequest(parameter: "role", message: "expected any, lead or participant, got \(r.prefix(40))")
            }
            f.unitRole = role
        }
        f.statuses = try many("status").map { s in
            guard let st = LifecycleStatus(text: s) else {
                throw AppError.badRequest(
                    parameter: "status",
                    message: "unknown status \(s.prefix(40)); expected one of \(LifecycleStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return st
        }
        f.lights = try many("light").map { s in
            guard let l = ScheduleLight(rawValue: s) else {
                throw AppError.badRequest(parameter: "light", message: "unknown light \(s.prefix(40)); expected green, yellow, red or none")
            }
            return l
        }
        for s in many("judgement") {
            if s == "none" {
                f.unjudged = true
            } else if let rating = JudgementRating(rawValue: s) {
                if !f.judgements.contains(rating) { f.judgements.append(rating) }
            } else {
                throw AppError.badRequest(
                    parameter: "judgement", message: "unknown judgement \(s.prefix(40)); expected green, amber_green, amber_red, red or none")
            }
        }
        f.dueFrom = try date("due_from")
        f.dueTo = try date("due_to")
        if let from = f.dueFrom, let to = f.dueTo, to < from {
            throw AppError.badRequest(parameter: "due_to", message: "due_to (\(to.iso)) is before due_from (\(from.iso))")
        }
        f.query = String((one("q") ?? "").prefix(100))
        if let o = one("outdated") {
            guard ["1", "true", "0", "false"].contains(o) else {
                throw AppError.badRequest(parameter: "outdated", message: "expected true or false, got \(o.prefix(40))")
            }
            f.outdated = o == "1" || o == "true"
        }
        if let s = one("scope") {
            guard let scope = Scope(rawValue: s) else {
                throw AppError.badRequest(parameter: "scope", message: "expected items, leaves or all, got \(s.prefix(40))")
            }
            f.scope = scope
        }
        if let s = one("sort") {
            guard let sort = Sort(rawValue: s) else {
                throw AppError.badRequest(
                    parameter: "sort",
                    message: "unknown sort \(s.prefix(40)); expected one of \(Sort.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            f.sort = sort
        }
        f.page = try int("page", max: 1_000_000) ?? 1
        f.perPage = try int("per_page", max: maxPerPage) ?? 50
        return f
    }

    /// The judgement filter as its parameter's values.
    var judgementValues: [String] { judgements.map(\.rawValue) + (unjudged ? ["none"] : []) }

    /// The query string that reproduces this filter (page excluded unless asked).
    public func queryItems(page: Int? = nil, overriding: [String: String?] = [:]) -> [(String, String)] {
        var items: [(String, String)] = []
        func add(_ k: String, _ v: String?) {
            if let o = overriding[k] {
                if let o { items.append((k, o)) }
                return
            }
            if let v, !v.isEmpty { items.append((k, v)) }
        }
        add("jurisdiction", jurisdictionId.map(String.init))
        add("plan", planId.map(String.init))
        add("field", fieldId.map(String.init))
        add("unit", unitId.map(String.init))
        add("role", unitRole == .any ? nil : unitRole.rawValue)
        add("status", statuses.isEmpty ? nil : statuses.map(\.rawValue).joined(separator: ","))
        add("light", lights.isEmpty ? nil : lights.map(\.rawValue).joined(separator: ","))
        add("judgement", judgementValues.isEmpty ? nil : judgementValues.joined(separator: ","))
        add("due_from", dueFrom?.iso)
        add("due_to", dueTo?.iso)
        add("q", query.isEmpty ? nil : query)
        add("outdated", outdated ? "1" : nil)
        add("scope", scope == .items ? nil : scope.rawValue)
        add("sort", sort == .outline ? nil : sort.rawValue)
        add("per_page", perPage == 50 ? nil : String(perPage))
        add("page", page.map(String.init) ?? (self.page == 1 ? nil : String(self.page)))
        return items
    }
}
