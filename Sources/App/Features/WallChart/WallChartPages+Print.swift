import Hummingbird
import ReformCharts
import ReformCore

extension WallChartPages {
    /// Lines (rows and group headings) per A3 landscape sheet: the 1400 px chart scales to the 400 mm
    /// printable width (×1.08), which leaves room for its axis and 32 lines of 22 px under the title block.
    static let wallChartLinesPerSheet = 32

    /// GET /plans/{id}/wallchart/print: the wall chart as A3 landscape sheets with a title block and no
    /// navigation, every sheet on the same time axis; `print=1` opens the print dialog on load.
    func wallChartPrint(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let plan = try await AccessGuard(context, sql: sql).readPlan(id)
        let (grouping, zoom) = try wallChartOptions(request)
        let autoPrint = request.uri.queryParameters.get("print")
        guard autoPrint == nil || autoPrint == "1" || autoPrint == "0" else {
            throw AppError.badRequest(parameter: "print", message: "expected 1 or 0, got \(autoPrint!.prefix(40))")
        }
        let expanded = try await expandedItem(request, plan: plan)
        let (rows, options, _) = try await wallChartInput(plan: plan, grouping: grouping, zoom: zoom, expanded: expanded, language: l)
        let svgs = WallChart.pages(
            rows: rows, options: options, title: Self.chartTitle(plan: plan, expanded: expanded), linesPerPage: Self.wallChartLinesPerSheet)
        var counts: [ScheduleLight: Int] = [:]
        for row in rows { counts[row.light, default: 0] += 1 }
        let view = WallChartPrintView(
            plan: PlanSummaryView(plan, l), asOf: L10n.date(options.today.iso, l),
            sheets: svgs.enumerated().map { index, svg in .init(svg: svg, first: index == 0, number: index + 1, count: svgs.count) },
            grouping: L10n.t("wall.group." + grouping.rawValue, l), zoom: L10n.t("wall.zoom." + zoom.rawValue, l),
            items: rows.count,
            lights: ScheduleLight.allCases.map { light in
                .init(label: L10n.light(light, l), count: counts[light] ?? 0, color: ChartPalette.color(for: light))
            },
            autoPrint: autoPrint == "1")
        return renderer.page(
            "wallchart/wallchart_print", title: plan.title + " · " + L10n.t("plan.wallchart", l), view: view, context: context,
            request: request, isDemo: plan.isDemo)
    }
}
