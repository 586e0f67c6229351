import Foundation
import Hummingbird
import ReformCharts
import ReformCore
import SQLKit

/// The wall chart (挂图作战) of a plan: the page, the SVG download and (WallChartPages+Print) the A3 print page.
package struct WallChartPages: PageHandlers {
    let services: AppServices

    package init(services: AppServices) { self.services = services }

    func wallChart(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let plan = try await AccessGuard(context, sql: sql).readPlan(id)
        let (grouping, zoom) = try wallChartOptions(request)
        let expanded = try await expandedItem(request, plan: plan)
        let (rows, options, extent) = try await wallChartInput(plan: plan, grouping: grouping, zoom: zoom, expanded: expanded, language: l)
        let svg = WallChart.render(rows: rows, options: options, title: Self.chartTitle(plan: plan, expanded: expanded))
        let base = "/plans/\(id)/wallchart"
        let expand = expanded.map { "&expand=\($0.id)" } ?? ""
        let view = WallChartPageView(
            plan: PlanSummaryView(plan, l), svg: svg,
            groupings: WallChartQuery.Grouping.allCases.map {
                .init(
                    label: L10n.t("wall.group." + $0.rawValue, l), url: "\(base)?group=\($0.rawValue)&zoom=\(zoom.rawValue)\(expand)",
                    active: $0 == grouping)
            },
            zooms: WallChartZoom.allCases.map {
                .init(
                    label: L10n.t("wall.zoom." + $0.rawValue, l), url: "\(base)?group=\(grouping.rawValue)&zoom=\($0.rawValue)\(expand)",
                    active: $0 == zoom)
            },
            svgURL: "\(base).svg?group=\(grouping.rawValue)&zoom=\(zoom.rawValue)\(expand)&lang=\(l.rawValue)",
            printURL: "\(base)/print?group=\(grouping.rawValue)&zoom=\(zoom.rawValue)\(expand)",
            byLevel: extent.depth.map { _ in
                L10n.fill("wall.byLevel", l, String(extent.items), String(WallChartLevel.readableItems))
            },
            expanded: expanded.map { L10n.fill("wall.expanded", l, $0.number + " " + $0.title, String(extent.items)) },
            wholePlanURL: expanded == nil ? nil : "\(base)?group=\(grouping.rawValue)&zoom=\(zoom.rawValue)")
        return renderer.page(
            "wallchart/wallchart", title: plan.title + " · " + L10n.t("plan.wallchart", l), view: view, context: context,
            request: request, isDemo: plan.isDemo, active: "plans")
    }

    func wallChartSVG(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let plan = try await AccessGuard(context, sql: sql).readPlan(id)
        let (grouping, zoom) = try wallChartOptions(request)
        let expanded = try await expandedItem(request, plan: plan)
        let svg = try await wallChartSVG(plan: plan, grouping: grouping, zoom: zoom, expanded: expanded, language: context.language)
        return Response(
            status: .ok,
            headers: [
                .contentType: "image/svg+xml; charset=utf-8",
                .contentDisposition: "inline; filename=\"wallchart-\(id).svg\""
            ],
            body: .init(byteBuffer: ByteBuffer(string: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg)))
    }

    func wallChartOptions(_ request: Request) throws -> (WallChartQuery.Grouping, WallChartZoom) {
        let g = request.uri.queryParameters.get("group") ?? "field"
        let z = request.uri.queryParameters.get("zoom") ?? "quarter"
        guard let grouping = WallChartQuery.Grouping(rawValue: g) else {
            throw AppError.badRequest(parameter: "group", message: "expected field or unit, got \(g.prefix(40))")
        }
        guard let zoom = WallChartZoom(rawValue: z) else {
            throw AppError.badRequest(parameter: "zoom", message: "expected quarter or month, got \(z.prefix(40))")
        }
        return (grouping, zoom)
    }

    /// `expand=<item id>`: the chart of that item and everything below it (a roll-up bar's link), from this plan only.
    func expandedItem(_ request: Request, plan: PlanRecord) async throws -> ItemRecord? {
        guard let raw = request.uri.queryParameters.get("expand") else { return nil }
        guard let id = Int(raw) else { throw AppError.badRequest(parameter: "expand", message: "expected an item id, got \(raw.prefix(40))") }
        guard let item = try await ItemQueries.find(id, on: sql), item.planId == plan.id else {
            throw AppError.notFound(entity: "item", id: String(id))
        }
        return item
    }

    static func chartTitle(plan: PlanRecord, expanded: ItemRecord?) -> String {
        expanded.map { plan.title + " · " + $0.number + " " + $0.title } ?? plan.title
    }

    package func wallChartSVG(
        plan: PlanRecord, grouping: WallChartQuery.Grouping, zoom: WallChartZoom, expanded: ItemRecord? = nil, language l: Language
    ) async throws -> String {
        let (rows, options, _) = try await wallChartInput(plan: plan, grouping: grouping, zoom: zoom, expanded: expanded, language: l)
        return WallChart.render(rows: rows, options: options, title: Self.chartTitle(plan: plan, expanded: expanded))
    }

    /// How much of the plan a chart shows: `items` in its scope (the plan, or the expanded item and all below it), drawn
    /// down to `depth` when they are more than a person can read (`WallChartLevel`), nil when drawn in full.
    struct Extent {
        var items: Int
        var depth: Int?
    }

    /// The wall chart's rows and drawing options, shared by the page, the SVG download and the print page.
    func wallChartInput(
        plan: PlanRecord, grouping: WallChartQuery.Grouping, zoom: WallChartZoom, expanded: ItemRecord? = nil,
        language l: Language
    ) async throws -> ([WallChartRow], WallChartOptions, Extent) {
        let today = services.clock.today
        let scope = WallChartQuery.Scope(planId: plan.id, root: expanded.map { ($0.id, $0.sortKey) })
        let itemsByDepth = try await WallChartQuery.itemsByDepth(scope, on: sql)
        let depth = WallChartLevel.depth(itemsByDepth: itemsByDepth, minimum: expanded.map { $0.depth + 1 } ?? 0)
        let extent = Extent(items: itemsByDepth.values.reduce(0, +), depth: depth)
        // A task with no start date of its own runs from the day the plan was issued.
        let planStart = (plan.issueDate ?? plan.periodStart).flatMap(LocalDate.init(iso:))
        let rows = try await WallChartQuery.rows(scope, grouping: grouping, maxDepth: extent.depth, on: sql).map { r -> WallChartRow in
            let status = LifecycleStatus(rawValue: r.status) ?? .notStarted
            let original = r.originalDeadline.flatMap(LocalDate.init(iso:))
            // Drawn by level, an item of the deepest level drawn stands for its sub-items: its bar (its own dates and
            // rolled-up percent) opens the chart of its part of the plan.
            let rollup = extent.depth == r.depth && r.childCount > 0
            return WallChartRow(
                id: r.id, number: r.number, title: r.title,
                group: grouping == .field ? (r.fieldTitle ?? r.title) : (r.leadUnitName ?? L10n.t("form.none", l)),
                leadUnit: r.leadUnitDisplay ?? "", start: r.startDate.flatMap(LocalDate.init(iso:)) ?? planStart,
                deadline: r.currentDeadline.flatMap(LocalDate.init(iso:)), originalDeadline: original, status: status,
                light: Schedule.light(status: status, originalDeadline: original, today: today, warnDays: plan.warnDays),
                percent: r.rollupPercent, isMilestone: r.depth >= 3 || (r.startDate != nil && r.startDate == r.currentDeadline),
                link: rollup ? "/plans/\(plan.id)/wallchart?group=\(grouping.rawValue)&zoom=\(zoom.rawValue)&expand=\(r.id)" : "/items/\(r.id)",
                hiddenItems: rollup ? r.childCount : 0)
        }
        let options = WallChartOptions(
            zoom: zoom, today: today, rangeStart: plan.periodStart.flatMap(LocalDate.init(iso:)),
            rangeEnd: plan.periodEnd.flatMap(LocalDate.init(iso:)), width: 1400,
            labels: l == .zh ? .chinese : .english)
        return (rows, options, extent)
    }
}
