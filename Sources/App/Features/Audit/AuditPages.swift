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
        let (entries, hasMore) = try await AuditQuery.search(filter, scope: p, clock: services.clock, on: sql)
        // What an entry is about is named like the ids in its changes: an item by its number and title, a unit by its name.
        let nameField = ["item": "itemId", "plan": "planId", "unit": "unitId", "jurisdiction": "jurisdictionId"]
        let subjects: [[String: [String?]]] = entries.compactMap { e in nameField[e.entityType].map { [$0: [String(e.entityId)]] } }
        let text = try await ChangeText.load(entries.map(\.changeMap) + subjects, language: l, timeZone: services.clock.timeZone, on: sql)
        let rows = entries.map { e in
            let name = nameField[e.entityType].map { text.value($0, String(e.entityId)) }.flatMap { $0 == String(e.entityId) ? nil : $0 }
            return AuditPageView.Row(
                at: displayTime(e.at, l), actor: e.actor, action: text.action(e.action),
                entity: L10n.t("entity." + e.entityType, l), entityId: e.entityId, version: e.version,
                entityName: name ?? "#\(e.entityId)",
                changes: e.changeMap.sorted { $0.key < $1.key }.map { key, pair in
                    let before = text.value(key, pair.first ?? nil), after = text.value(key, pair.count > 1 ? pair[1] : nil)
                    return .init(field: text.label(key), before: before, after: after, hasBefore: !before.isEmpty)
                },
                link: Self.auditLink(e))
        }
        var base: [(String, String)] = []
        if !filter.actor.isEmpty { base.append(("actor", filter.actor)) }
        if let e = filter.entityType { base.append(("entity", e)) }
        if let from = filter.from { base.append(("from", from.iso)) }
        if let to = filter.to { base.append(("to", to.iso)) }
        if !filter.text.isEmpty { base.append(("q", filter.text)) }
        let view = AuditPageView(
            rows: rows, hasRows: !rows.isEmpty,
            actor: filter.actor, q: filter.text, from: filter.from?.iso ?? "", to: filter.to?.iso ?? "",
            entities: AuditFilter.entityTypes.map { .init(value: $0, label: L10n.t("entity." + $0, l), selected: $0 == filter.entityType) },
            pageText: String(format: L10n.t("ledger.page", l), filter.page),
            hasPrev: filter.page > 1, hasNext: hasMore,
            prevURL: filter.page > 1 ? "/audit?" + QueryString.encode(base + [("page", String(filter.page - 1))]) : nil,
            nextURL: hasMore ? "/audit?" + QueryString.encode(base + [("page", String(filter.page + 1))]) : nil)
        return renderer.page("audit/audit", title: L10n.t("audit.title", l), view: view, context: context, request: request, active: "audit")
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
