import Hummingbird
import ReformCore
import SQLKit

/// The year-end check (年底对账): for a plan and a year, every measure's lead unit states whether it was done, is carried
/// over to next year or was cancelled; the office confirms or returns each answer, then locks the check, which closes
/// the measures in the ledger and carries the rest into next year's work points. Reached from the plan page and the
/// inbox; on the item page, the check's outcome and the link between a carried-over measure and its continuation.
enum YearEndFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = YearEndPages(services: routes.services)
        routes.pages.get("/plans/:id/yearend") { request, context in try await pages.list(request, context) }
        routes.pages.post("/plans/:id/yearend") { request, context in try await pages.open(request, context) }
        routes.pages.get("/yearend/:id") { request, context in try await pages.check(request, context) }
        routes.pages.get("/yearend/:id/print") { request, context in try await pages.print(request, context) }
        routes.pages.post("/yearend/:id/answers") { request, context in try await pages.answer(request, context) }
        routes.pages.post("/yearend/:id/reviews") { request, context in try await pages.review(request, context) }
        routes.pages.post("/yearend/:id/lock") { request, context in try await pages.lock(request, context) }
        YearEndAPI(services: routes.services).register(on: routes.api)
    }

    static var itemPageSections: [ItemPageSection] {
        [ItemPageSection(key: "yearend") { input in try await section(input) }]
    }

    static var inboxSources: [InboxSource] {
        [
            InboxSource(
                key: "yearend",
                countQuery: { p, _ in
                    if p.role.isUnitRole, let unit = p.unitId { return YearEndQueries.awaitingUnitCount(unit) }
                    if p.role == .office { return YearEndQueries.awaitingOfficeCount(within: p.jurisdictionPath) }
                    return nil
                },
                section: { input in
                    let p = input.principal, l = input.context.language, sql = input.services.database.sql
                    let rows: [YearEndInboxRow]
                    let title: String
                    if p.role.isUnitRole, let unit = p.unitId {
                        rows = try await YearEndQueries.awaitingUnit(unit, on: sql)
                        title = L10n.t("yearend.inbox.unit", l)
                    } else if p.role == .office {
                        rows = try await YearEndQueries.awaitingOffice(within: p.jurisdictionPath, on: sql)
                        title = L10n.t("yearend.inbox.office", l)
                    } else {
                        return nil
                    }
                    if rows.isEmpty { return nil }
                    return .list(
                        title: title,
                        rows: rows.map { r in
                            InboxRow(
                                label: (r.number.isEmpty ? "" : r.number + " ") + r.title, link: "/yearend/\(r.checkId)#row-\(r.id)",
                                detail: L10n.fill("yearend.checkName", l, String(r.year)) + " · " + r.planTitle
                                    + (r.unitName.map { " · " + $0 } ?? "")
                                    + (r.state == "returned" ? " · " + L10n.t("yearendState.returned", l) : ""))
                        })
                })
        ]
    }

    /// On a measure a check listed: the outcome and, once carried over, a link to its continuation; on an item made by a
    /// lock: a link back to the measure it continues.
    static func section(_ input: ItemPageSectionInput) async throws -> String? {
        let l = input.context.language
        let (checked, from) = try await YearEndQueries.links(ofItem: input.item.id, on: input.services.database.sql)
        if checked.isEmpty, from.isEmpty { return nil }
        func line(_ k: YearEndItemLink) -> YearEndSectionView.Line {
            .init(
                checkId: k.checkId, check: L10n.fill("yearend.checkName", l, String(k.year)) + " · " + k.planTitle,
                outcome: k.outcome.isEmpty ? "" : L10n.t("yearendOutcome." + k.outcome, l), outcomeKey: k.outcome,
                state: L10n.t("yearendState." + k.state, l), reason: k.reason, hasReason: !k.reason.isEmpty,
                newDeadline: L10n.date(k.newDeadline, l), hasNewDeadline: k.newDeadline != nil,
                originItemId: k.itemId ?? 0, hasOrigin: k.itemId != nil, origin: (k.number.isEmpty ? "" : k.number + " ") + k.title,
                carriedItemId: k.carriedItemId ?? 0, hasCarried: k.carriedItemId != nil,
                carried: [k.carriedPlanTitle, [k.carriedNumber, k.carriedTitle].compactMap { $0 }.joined(separator: " ")]
                    .compactMap { $0 }.joined(separator: " · "))
        }
        let view = YearEndSectionView(
            checked: checked.map(line), hasChecked: !checked.isEmpty, carriedFrom: from.map(line), hasCarriedFrom: !from.isEmpty)
        return input.services.renderer.fragment("yearend/item_yearend", view: view, context: input.context)
    }
}
