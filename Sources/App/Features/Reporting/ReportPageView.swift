/// A progress report's page (`reporting/report.mustache`): the report, its evidence and trail, the review actions
/// and, while it may still be edited, its form.
struct ReportPageView {
    struct Report {
        var id: Int
        var version: Int
        var period: String
        var dueDate: String
        var state: String
        var stateKey: String
        var status: String
        var percent: String
        var narrative: String
        var problems: String
        var nextSteps: String
        var hasDeadlineRequest: Bool
        var requestedDeadline: String
        var deadlineReason: String
        var reviewComment: String
        var hasReviewComment: Bool
    }
    struct Item {
        var id: Int
        var label: String
        var deadline: String
    }
    struct Indicator {
        var name: String
        var unit: String
        var baseline: String
        var target: String
        var actual: String
    }
    struct Evidence {
        var id: Int
        var name: String
        var size: String
        var by: String
        var at: String
    }
    struct TrailEntry {
        var at: String
        var actor: String
        var action: String
        var comment: String
    }
    struct ReviewAction {
        var action: String
        var label: String
        var needsComment: Bool
    }

    var report: Report
    var item: Item
    var unitName: String
    var indicators: [Indicator]
    var hasIndicators: Bool
    var evidence: [Evidence]
    var hasEvidence: Bool
    var trail: [TrailEntry]
    var reviewActions: [ReviewAction]
    var canReview: Bool
    var reviewErrors: [String]
    /// While the reader may edit the report.
    var form: ReportFormView?
}
