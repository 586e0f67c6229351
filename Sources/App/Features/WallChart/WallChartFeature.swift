import Hummingbird

/// The wall chart (挂图作战) of a plan: page, SVG download and A3 print page.
enum WallChartFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let wallChart = WallChartPages(services: routes.services)
        routes.pages.get("/plans/:id/wallchart/print") { request, context in try await wallChart.wallChartPrint(request, context) }
        routes.pages.get("/plans/:id/wallchart") { request, context in try await wallChart.wallChart(request, context) }
        routes.pages.get("/plans/:id/wallchart.svg") { request, context in try await wallChart.wallChartSVG(request, context) }
    }
}
