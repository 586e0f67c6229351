/// A plan's wall chart page (`wallchart/wallchart.mustache`): the chart and its grouping and zoom switches.
struct WallChartPageView {
    struct Switch {
        var label: String
        var url: String
        var active: Bool
    }

    var plan: PlanSummaryView
    /// SVG, drawn by the server.
    var svg: String
    var groupings: [Switch]
    var zooms: [Switch]
    var svgURL: String
    var printURL: String
    /// Set when the plan is drawn by level (more items than `WallChartLevel.readableItems`): says so and how to expand.
    var byLevel: String?
    /// Set when one item's part of the plan is shown (`expand=`), with the link back to the whole plan.
    var expanded: String?
    var wholePlanURL: String?
}

/// The wall chart as A3 sheets (`wallchart/wallchart_print.mustache`), a page of its own without the layout.
struct WallChartPrintView {
    struct Sheet {
        /// SVG, drawn by the server.
        var svg: String
        var first: Bool
        var number: Int
        var count: Int
    }
    struct Light {
        var label: String
        var count: Int
        var color: String
    }

    var plan: PlanSummaryView
    /// The day the chart shows.
    var asOf: String
    var sheets: [Sheet]
    var grouping: String
    var zoom: String
    var items: Int
    var lights: [Light]
    var autoPrint: Bool
}
