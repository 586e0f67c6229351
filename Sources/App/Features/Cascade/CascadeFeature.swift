import Hummingbird
import ReformCore
import SQLKit

/// The cascade (分解下达): an office sends an item, a field or a whole plan down to its child jurisdictions; each receiving
/// office signs for it and places it in one of its plans; the placed copy is an ordinary item linked to its origin, and
/// progress rolls back up (docs/cascade-design.md). On the item page: the origin link, the copies below, the send form.
enum CascadeFeature: Feature {
    static let sectionKey = "cascade"

    static func register(_ routes: FeatureRoutes) {
        let pages = CascadePages(services: routes.services)
        routes.pages.get("/cascade") { request, context in try await pages.list(request, context) }
        routes.pages.get("/cascade/matrix") { request, context in try await pages.matrix(request, context) }
        routes.pages.get("/cascade/receipts/:id") { request, context in try await pages.receipt(request, context) }
        routes.pages.post("/cascade/receipts/:id/sign") { request, context in try await pages.sign(request, context) }
        routes.pages.post("/cascade/receipts/:id/place") { request, context in try await pages.place(request, context) }
        routes.pages.post("/cascade/receipts/:id/cancel") { request, context in try await pages.cancel(request, context) }
        routes.pages.post("/items/:id/cascade") { request, context in try await pages.send(request, context) }
        routes.pages.post("/cascade/receipts/:id/extensions") { request, context in try await pages.requestExtension(request, context) }
        routes.pages.post("/cascade/extensions/:id/decide") { request, context in try await pages.decideExtension(request, context) }
        CascadeAPI(services: routes.services).register(on: routes.api)
    }

    static var itemPageSections: [ItemPageSection] {
        [ItemPageSection(key: sectionKey) { input in try await section(input) }]
    }

    static var inboxSources: [InboxSource] {
        [
            InboxSource(
                key: "cascade",
                countQuery: { principal, _ in
                    guard principal.role == .office else { return nil }
                    return CascadeQueries.openCount(for: principal.jurisdictionId)
                },
                section: { input in
                    guard input.principal.role == .office else { return nil }
                    let l = input.context.language
                    let list = try await CascadeQueries.received(
                        by: input.principal.jurisdictionId, open: true, limit: 200, on: input.services.database.sql)
                    if list.isEmpty { return nil }
                    let today = input.services.clock.today
                    return .list(
                        title: L10n.t("cascade.inbox", l),
                        rows: list.map { r in
                            InboxRow(
                                label: (r.originTitle ?? r.originPlanTitle), link: "/cascade/receipts/\(r.id)",
                                detail: r.senderName + " · " + L10n.t("cascadeState." + r.state, l), due: L10n.date(r.deadline, l),
                                late: CascadePages.flagged(r, today: today, clock: input.services.clock))
                        })
                }),
            // Requests for more time while pending: the sender's office decides them, the receiving office waits on them.
            InboxSource(
                key: "cascadeExtension",
                countQuery: { principal, _ in
                    guard principal.role == .office else { return nil }
                    return CascadeQueries.pendingExtensionCount(party: principal.jurisdictionId)
                },
                section: { input in
                    guard input.principal.role == .office else { return nil }
                    let l = input.context.language
                    let mine = input.principal.jurisdictionId
                    let list = try await CascadeQueries.pendingExtensions(party: mine, on: input.services.database.sql)
                    if list.isEmpty { return nil }
                    return .list(
                        title: L10n.t("cascade.extension.inbox", l),
                        rows: list.map { e in
                            InboxRow(
                                label: e.title, link: "/cascade/receipts/\(e.receiptId)#extensions",
                                detail: e.targetName + " · "
                                    + L10n.t(e.senderJurisdictionId == mine ? "cascade.extension.toDecide" : "cascade.extension.awaiting", l),
                                due: L10n.date(e.requestedDeadline, l))
                        })
                })
        ]
    }

    /// On a copy: where it came from (and whether the origin changed since); on an origin: every copy below with its state,
    /// percent and light; for the office that may send: the send form.
    static func section(_ input: ItemPageSectionInput) async throws -> String? {
        let sql = input.services.database.sql
        let l = input.context.language
        let p = try input.context.requirePrincipal()
        let item = input.item
        let today = input.services.clock.today
        let clock = input.services.clock
        let origins = try await CascadeQueries.originLinks(ofCopy: item.id, on: sql)
        let copies = try await CascadeQueries.copies(ofOrigins: [item.id], on: sql)
        let pending = try await CascadeQueries.pendingExtensions(receiptIds: copies.map(\.receiptId), on: sql)
        let canSend = Access.canSendCascade(fromPath: item.jurisdictionPath, p)
        let children = canSend ? try await JurisdictionQueries.children(of: item.jurisdictionId, on: sql) : []
        if origins.isEmpty, copies.isEmpty, children.isEmpty { return nil }
        let state = input.state as? CascadeSectionState
        func value(_ key: String, _ fallback: String) -> String { state?.values[key]?.last ?? fallback }
        let chosen = state.map { Set(($0.values["targetJurisdictionIds"] ?? []).compactMap { Int($0) }) }
        let view = CascadeSectionView(
            itemId: item.id,
            origins: origins.map { o in
                let limit = CascadeDeadline.limit(
                    receipt: o.receiptDeadline.flatMap(LocalDate.init(iso:)), origin: o.originCurrentDeadline.flatMap(LocalDate.init(iso:)),
                    granted: o.grantedDeadline.flatMap(LocalDate.init(iso:)))
                return .init(
                    itemId: o.originItemId, title: o.originNumber + " " + o.originTitle, sender: o.senderName, receiptId: o.receiptId,
                    limit: limit.map { L10n.date($0, l) } ?? "", hasLimit: limit != nil, changed: o.originChanged,
                    cancelled: o.state == CascadeState.cancelled.rawValue, granted: o.grantedDeadline != nil)
            },
            hasOrigins: !origins.isEmpty,
            copies: copies.map { c in
                let light = c.light(today: today)
                let flagged = CascadeFlag.isFlagged(c.cascadeState, sentOn: clock.localDate(ofTimestamp: c.sentAt) ?? today, today: today)
                return .init(
                    target: c.targetName, link: c.copyItemId.map { "/items/\($0)" } ?? "/cascade/receipts/\(c.receiptId)",
                    state: L10n.t("cascadeState." + c.state, l), stateKey: c.state, percent: L10n.percent(c.copyPercent ?? 0), light: light.rawValue,
                    lightName: L10n.light(light, l), deadline: L10n.date(c.copyCurrentDeadline ?? c.receiptDeadline, l), flagged: flagged,
                    cancelled: c.cascadeState == .cancelled, receiptId: c.receiptId,
                    extensionAsked: pending[c.receiptId].map { L10n.date($0.requestedDeadline, l) } ?? "",
                    hasExtensionAsked: pending[c.receiptId] != nil)
            },
            hasCopies: !copies.isEmpty, canSend: canSend && !children.isEmpty,
            targets: children.map { j in .init(value: String(j.id), label: j.name, selected: chosen?.contains(j.id) ?? true) },
            instruction: value("instruction", ""), deadline: value("deadline", item.currentDeadline ?? ""), leadUnitType: value("leadUnitType", ""),
            weight: value("weight", ""), errors: (state?.issues ?? []).map { L10n.issue($0, l, scope: "cascade") },
            hasErrors: !(state?.issues ?? []).isEmpty)
        return input.services.renderer.fragment("cascade/item_cascade", view: view, context: input.context)
    }
}
