import ReformCore

/// One generated plan (the row of `plans`) and its items in outline order.
struct BenchPlan: Sendable {
    var id: Int
    var jurisdictionId: Int
    var jurisdictionPath: String
    var title: String
    var docNumber: String
    var issuer: String
    var issueDate: LocalDate
    var periodStart: LocalDate
    var periodEnd: LocalDate
    var levelNames: String
    var rule: RollupRule
    var warnDays: Int
    var derivedPercent: Double?
    var createdAt: String
    var items: [BenchItem]
}
