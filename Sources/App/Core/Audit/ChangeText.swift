import Foundation
import ReformCore
import SQLKit

/// The audit log keeps ids, codes and UTC timestamps; people read names, words and local times. One reader serves the
/// audit search, an item's history and the 409 page, so a recorded value reads the same on each.
struct ChangeText: Sendable {
    let language: Language
    let timeZone: TimeZone
    private var units: [Int: String] = [:]
    private var jurisdictions: [Int: String] = [:]
    private var items: [Int: String] = [:]
    private var plans: [Int: String] = [:]

    static let unitFields: Set<String> = ["unitId", "leadUnitId", "participantUnitIds", "assignedUnitId", "defaultLeadUnitId"]
    static let jurisdictionFields: Set<String> = ["jurisdictionId", "parentId"]
    static let dateFields: Set<String> = ["deadline", "startDate", "newDeadline", "issueDate", "periodStart", "periodEnd", "requestedDeadline"]
    static let timeFields: Set<String> = ["signedAt", "lockedUntil"]

    init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
    }

    /// A reader with the names of every unit, jurisdiction, item and plan that `changes` (field → values) refer to.
    static func load(
        _ changes: [[String: [String?]]], language: Language, timeZone: TimeZone,
        on sql: any SQLDatabase
    ) async throws -> ChangeText {
        var unitIds = Set<Int>(), jurisdictionIds = Set<Int>(), itemIds = Set<Int>(), planIds = Set<Int>()
        for change in changes {
            for (field, values) in change {
                let ids = values.compactMap { $0 }.flatMap { $0.split(separator: ",").compactMap { Int($0) } }
                if unitFields.contains(field) { unitIds.formUnion(ids) }
                if jurisdictionFields.contains(field) { jurisdictionIds.formUnion(ids) }
                if field == "itemId" { itemIds.formUnion(ids) }
                if field == "planId" { planIds.formUnion(ids) }
            }
        }
        var reader = ChangeText(language: language, timeZone: timeZone)
        reader.units = Dictionary(try await UnitQueries.byIDs(Array(unitIds), on: sql).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if !jurisdictionIds.isEmpty {
            reader.jurisdictions = Dictionary(
                try await JurisdictionQueries.all(on: sql).filter { jurisdictionIds.contains($0.id) }
                    .map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        }
        reader.items = Dictionary(
            try await ItemQueries.byIDs(Array(itemIds), on: sql).map { ($0.id, $0.number + $0.title) },
            uniquingKeysWith: { a, _ in a })
        reader.plans = Dictionary(try await PlanQueries.byIDs(Array(planIds), on: sql).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        return reader
    }

    func label(_ field: String) -> String { L10n.field(field, language) }

    func action(_ action: String) -> String { L10n.t("history.action." + action, language) }

    /// A recorded value as a reader wants it; "" for none.
    func value(_ field: String, _ raw: String?) -> String {
        guard let raw, !raw.isEmpty else { return "" }
        let l = language
        func names(_ table: [Int: String]) -> String {
            raw.split(separator: ",").map { Int($0).flatMap { table[$0] } ?? String($0) }.joined(separator: "、")
        }
        func word(_ prefix: String) -> String { L10n.strings[prefix + raw] == nil ? raw : L10n.t(prefix + raw, l) }
        if Self.unitFields.contains(field) { return names(units) }
        if Self.jurisdictionFields.contains(field) { return names(jurisdictions) }
        if Self.dateFields.contains(field) { return LocalDate(iso: raw).map { L10n.date($0, l) } ?? raw }
        if Self.timeFields.contains(field) { return L10n.time(raw, l, in: timeZone) }
        switch field {
        case "itemId": return names(items)
        case "planId": return names(plans)
        case "status": return L10n.status(raw, l)
        case "state": return word("reportState.")
        case "role": return word("role.")
        case "failure": return word("audit.reason.")
        case "rollupRule": return L10n.rule(raw, l)
        case "level": return L10n.level(raw, l)
        case "active": return raw == "true" ? L10n.t("form.yes", l) : raw == "false" ? L10n.t("form.no", l) : raw
        case "period": return ReportPages.periodLabel(raw, l)
        case "schedule": return ReportingSchedule(storageText: raw).map { ReportPages.scheduleText($0, l) } ?? raw
        default: return raw
        }
    }

    /// Whether two recorded values mean the same: a list of ids in another order is the same list.
    static func same(_ field: String, _ a: String?, _ b: String?) -> Bool {
        let a = a ?? "", b = b ?? ""
        if unitFields.contains(field) || jurisdictionFields.contains(field) {
            return Set(a.split(separator: ",")) == Set(b.split(separator: ","))
        }
        return a == b
    }
}
