import Foundation
import Hummingbird
import ReformCore

/// The audit search (审计日志) for offices and administrators, inside their jurisdiction's subtree.
struct AuditPages: PageHandlers {
    let services: AppServices

    func audit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let p = try context.requirePrincipal()
        try Access.require(Access.canSearchAudit(p), "audit")
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        let filter = try AuditFilter.parse(params)
        let (entries, hasMore) = try await AuditQuery.search(filter, scope: p, on: sql)
        let readable = try await auditReader(entries, l)
        let rows = entries.map { e -> [String: Any] in
            var row: [String: Any] = [
                "at": Self.displayTime(e.at), "actor": e.actor, "action": L10n.t("history.action." + e.action, l),
                "entity": L10n.t("entity." + e.entityType, l), "entityId": e.entityId, "version": e.version,
                "changes": e.changeMap.sorted { $0.key < $1.key }.map { key, pair in
                    let before = readable(key, pair.first ?? nil), after = readable(key, pair.count > 1 ? pair[1] : nil)
                    return ["field": L10n.field(key, l), "before": before, "after": after, "hasBefore": !before.isEmpty]
                },
            ]
            if let link = Self.auditLink(e) { row["link"] = link }
            return row
        }
        var base: [(String, String)] = []
        if !filter.actor.isEmpty { base.append(("actor", filter.actor)) }
        if let e = filter.entityType { base.append(("entity", e)) }
        if let from = filter.from { base.append(("from", from.iso)) }
        if let to = filter.to { base.append(("to", to.iso)) }
        if !filter.text.isEmpty { base.append(("q", filter.text)) }
        var data: [String: Any] = [
            "rows": rows, "hasRows": !rows.isEmpty,
            "actor": filter.actor, "q": filter.text, "from": filter.from?.iso ?? "", "to": filter.to?.iso ?? "",
            "entities": AuditFilter.entityTypes.map { ["value": $0, "label": L10n.t("entity." + $0, l), "selected": $0 == filter.entityType] },
            "pageText": String(format: L10n.t("ledger.page", l), filter.page),
            "hasPrev": filter.page > 1, "hasNext": hasMore,
        ]
        if filter.page > 1 { data["prevURL"] = "/audit?" + QueryString.encode(base + [("page", String(filter.page - 1))]) }
        if hasMore { data["nextURL"] = "/audit?" + QueryString.encode(base + [("page", String(filter.page + 1))]) }
        return renderer.page("audit", title: L10n.t("audit.title", l), data: data, context: context, request: request, active: "audit")
    }

    /// The log stores ids and codes; a reader wants names: units, jurisdictions, roles, statuses and failure reasons.
    private func auditReader(_ entries: [AuditEntry], _ l: Language) async throws -> (String, String?) -> String {
        var unitIds = Set<Int>(), jurisdictionIds = Set<Int>()
        for e in entries {
            for (key, pair) in e.changeMap {
                let ids = pair.compactMap { $0 }.flatMap { $0.split(separator: ",").compactMap { Int($0) } }
                if ["unitId", "leadUnitId", "participantUnitIds"].contains(key) { unitIds.formUnion(ids) }
                if ["jurisdictionId", "parentId"].contains(key) { jurisdictionIds.formUnion(ids) }
            }
        }
        let units = Dictionary(uniqueKeysWithValues: try await UnitQueries.byIDs(Array(unitIds), on: sql).map { ($0.id, $0.name) })
        let jurisdictions = Dictionary(uniqueKeysWithValues: try await JurisdictionQueries.all(on: sql)
            .filter { jurisdictionIds.contains($0.id) }.map { ($0.id, $0.name) })
        return { field, value in
            guard let value, !value.isEmpty else { return "" }
            func names(_ table: [Int: String]) -> String {
                value.split(separator: ",").map { Int($0).flatMap { table[$0] } ?? String($0) }.joined(separator: "、")
            }
            switch field {
            case "unitId", "leadUnitId", "participantUnitIds": return names(units)
            case "jurisdictionId", "parentId": return names(jurisdictions)
            case "role": return L10n.t("role." + value, l)
            case "status": return L10n.status(value, l)
            case "failure": return L10n.t("audit.reason." + value, l)
            default: return value
            }
        }
    }

    /// Where an entry's record lives, when it has a page.
    static func auditLink(_ e: AuditEntry) -> String? {
        switch e.entityType {
        case "item" where e.action != "delete": "/items/\(e.entityId)"
        case "plan": "/plans/\(e.entityId)"
        case "unit": "/units/\(e.entityId)/edit"
        case "jurisdiction": "/dashboard/\(e.entityId)"
        case "import": "/imports/\(e.entityId)"
        default: nil
        }
    }
}
