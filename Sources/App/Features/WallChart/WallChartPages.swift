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
        let svg = try await wallChartSVG(plan: plan, grouping: grouping, zoom: zoom, language: l)
        let base = "/plans/\(id)/wallchart"
        let view = WallChartPageView(
            plan: PlanSummaryView(plan, l), svg: svg,
            groupings: WallChartQuery.Grouping.allCases.map {
                .init(
                    label: L10n.t("wall.group." + $0.rawValue, l), url: "\(base)?group=\($0.rawValue)&zoom=\(zoom.rawValue)",
                    active: $0 == grouping)
            },
            zooms: WallChartZoom.allCases.map {
                .init(
                    label: L10n.t("wall.zoom." + $0.rawValue, l), url: "\(base)?group=\(grouping.rawValue)&zoom=\($0.rawValue)",
                    active: $0 == zoom)
            },
            svgURL: "\(base).svg?group=\(grouping.rawValue)&zoom=\(zoom.rawValue)&lang=\(l.rawValue)",
            printURL: "\(base)/print?group=\(grouping.rawValue)&zoom=\(zoom.rawValue)")
        return renderer.page(
            "wallchart/wallchart", title: plan.title + " · " + L10n.t("plan.wallchart", l), view: view, context: context,
            request: request, isDemo: plan.isDemo, active: "plans")
    }

    func wallChartSVG(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let plan = try await AccessGuard(context, sql: sql).readPlan(id)
        let (grouping, zoom) = try wallChartOptions(request)
        let svg = try await wallChartSVG(plan: plan, grouping: grouping, zoom: zoom, language: context.language)
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

    package func wallChartSVG(plan: PlanRecord, grouping: WallChartQuery.Grouping, zoom: WallChartZoom, language l: Language) async throws -> String {
        let (rows, options) = try await wallChartInput(plan: plan, grouping: grouping, zoom: zoom, language: l)
        return WallChart.render(rows: rows, options: options, title: plan.title)
    }

    /// The wall chart's rows and drawing options, shared by the page, the SVG download and the print page.
    func wallChartInput(
        plan: PlanRecord, grouping: WallChartQuery.Grouping, zoom: WallChartZoom,
        language l: Language
    ) async throws -> ([WallChartRow], WallChartOptions) {
        let today = services.clock.today
        // A task with no start date of its own runs from the day the plan was issued.
        let planStart = (plan.issueDate ?? plan.periodStart).flatMap(LocalDate.init(iso:))
        let rows = try await WallChartQuery.rows(planId: plan.id, grouping: grouping, on: sql).map { r -> WallChartRow in
            let status = LifecycleStatus(rawValue: r.status) ?? .notStarted
            let original = r.originalDeadline.flatMap(LocalDate.init(iso:))
            return WallChartRow(
                id: r.id, number: r.number, title: r.title,
                group: grouping == .field ? (r.fieldTitle ?? r.title) : (r.leadUnitName ?? L10n.t("form.none", l)),
                leadUnit: r.leadUnitDisplay ?? "", start: r.startDate.flatMap(LocalDate.init(iso:)) ?? planStart,
                deadline: r.currentDeadline.flatMap(LocalDate.init(iso:)), originalDeadline: original, status: status,
                light: Schedule.light(status: status, originalDeadline: original, today: today, warnDays: plan.warnDays),
                percent: r.rollupPercent, isMilestone: r.depth >= 3 || (r.startDate != nil && r.startDate == r.currentDeadline),
                link: "/items/\(r.id)")
        }
        let options = WallChartOptions(
            zoom: zoom, today: today, rangeStart: plan.periodStart.flatMap(LocalDate.init(iso:)),
            rangeEnd: plan.periodEnd.flatMap(LocalDate.init(iso:)), width: 1400,
            labels: l == .zh ? .chinese : .english)
        return (rows, options)
    }
}
