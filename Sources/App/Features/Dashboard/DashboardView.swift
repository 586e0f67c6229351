/// What the dashboard page shows (`dashboard.mustache`). Templates read stored properties only (by reflection), so
/// the `has…` flags are stored: Mustache shows a section for any string, "" included.
struct DashboardView {
    struct Place {
        var id: Int
        var name: String
    }
    struct Jurisdiction {
        var id: Int
        var name: String
        var level: String
        var divisionCode: String
    }
    struct RankingRow {
        var rank: Int
        var unitName: String
        var overdueItems: Int
        var onTime: String
        var reviewDays: String
        var score: String
        var tied: Bool
    }

    var jurisdiction: Jurisdiction
    /// The levels above, as far as the reader may open them.
    var ancestors: [Place]
    var children: [Place]
    var hasChildren: Bool
    var total: Int
    var asOf: String
    /// SVG, drawn by the server.
    var statusChart, lightChart, overdueChart, fieldChart: String
    var hasOverdue: Bool
    var plans: [PlanSummaryView]
    var hasPlans: Bool
    var outdated: Int
    /// The office's judgements (研判) in the subtree, each a link to the ledger filtered on it.
    var judgements: [JudgementChip]
    var ranking: [RankingRow]
    var hasRanking: Bool
    var rankingTooLarge: Bool
    var canCreatePlan: Bool
    /// Inspection rectification by lead unit and by category (`InspectionsFeature`).
    var rectifications: RectificationCountsView
    var authorizations: AuthorizationDashboardView
    var powers: PowerDashboardView

    struct JudgementChip {
        var key: String
        var label: String
        var count: Int
        var link: String
    }
}
