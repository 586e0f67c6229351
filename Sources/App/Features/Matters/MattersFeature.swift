import Hummingbird
import ReformCore
import SQLKit

/// Supervision matters (督办事项): the ledger (督办台账) with its exports, raising a matter, its eight-step chain and
/// requests for more time; on the item page, the item's matters and the "督办" button.
enum MattersFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = MatterPages(services: routes.services)
        routes.pages.get("/matters") { request, context in try await pages.ledger(request, context) }
        routes.pages.get("/matters/export.xlsx") { request, context in try await pages.export(request, context, format: .xlsx) }
        routes.pages.get("/matters/export.csv") { request, context in try await pages.export(request, context, format: .csv) }
        routes.pages.get("/matters/new") { request, context in try await pages.newForm(request, context) }
        routes.pages.post("/matters") { request, context in try await pages.create(request, context) }
        routes.pages.get("/matters/:id") { request, context in try await pages.matter(request, context) }
        routes.pages.post("/matters/:id/steps") { request, context in try await pages.step(request, context) }
        routes.pages.post("/matters/:id/extensions") { request, context in try await pages.askExtension(request, context) }
        routes.pages.post("/matters/:id/extensions/decision") { request, context in try await pages.decideExtension(request, context) }
        MattersAPI(services: routes.services).register(on: routes.api)
    }

    /// The supervision vocabulary's namespaces this feature names (the rest belong to inspections, notices, obstacles…).
    static let vocabulary = [
        "supervisionActor", "matterLevel", "matterSource", "matterState", "matterAction", "extensionState", "workflowRefusal"
    ]

    static var itemPageSections: [ItemPageSection] {
        [
            ItemPageSection(key: "matters") { input in
                try await itemSection(input)
            }
        ]
    }

    /// The item's matters that the reader may see, and for the office the "督办" button on a late or stalled item: late
    /// is a red light; stalled is a report owed and not filed (逾期未报).
    static func itemSection(_ input: ItemPageSectionInput) async throws -> String? {
        let sql = input.services.database.sql
        let l = input.context.language
        let today = input.services.clock.today
        let principal = try input.context.requirePrincipal()
        let item = input.item
        let matters = try await MatterQueries.matters(ofItem: item.id, on: sql)
        let units = Dictionary(grouping: try await MatterQueries.units(of: matters.map(\.id), on: sql), by: \.matterId)
        let visible = matters.filter {
            Access.seesMatter(jurisdictionPath: $0.jurisdictionPath, unitIds: (units[$0.id] ?? []).map(\.unitId), principal)
        }
        var source: MatterSourceKind?
        if Access.canRaiseMatters(principal), principal.sees(jurisdictionPath: item.jurisdictionPath),
            item.lifecycle != .done, item.lifecycle != .suspended
        {
            if item.light(today: today, warnDays: input.plan.warnDays) == .red {
                source = .itemLate
            } else if let due = try await sql.scalar(
                String.self, column: "report_due", "SELECT report_due FROM plan_items WHERE id = \(bind: item.id)"),
                due < today.iso
            {
                source = .itemStuck
            }
        }
        if visible.isEmpty, source == nil { return nil }
        let view = ItemMattersView(
            rows: visible.map { m in
                let light = m.light(today: today)
                return .init(
                    id: m.id, subject: m.subject, level: L10n.t("matterLevel." + m.level, l), state: L10n.t("matterState." + m.state, l),
                    stateKey: m.state, light: light.rawValue, lightName: L10n.light(light, l), deadline: L10n.date(m.deadline, l))
            },
            hasRows: !visible.isEmpty,
            raiseURL: source.map { "/matters/new?item=\(item.id)&source=\($0.rawValue)" } ?? "", canRaise: source != nil)
        return input.services.renderer.fragment("matters/item_matters", view: view, context: input.context)
    }
}
