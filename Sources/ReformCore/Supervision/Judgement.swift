import Foundation

/// One judgement of an item for one reporting period, with its one-line reason. Kept as history: a new judgement
/// is a new record, also within the same period.
public struct Judgement: Sendable, Equatable {
    public static let reasonMaxLength = 120

    public var period: ReportingPeriod
    public var rating: JudgementRating
    public var reason: String
    public var by: String
    public var at: Date

    public init(period: ReportingPeriod, rating: JudgementRating, reason: String, by: String, at: Date) {
        self.period = period
        self.rating = rating
        self.reason = reason
        self.by = by
        self.at = at
    }

    /// The rating must be one of the four; the reason one line (it is shown in a ledger cell).
    public static func validate(period: String, rating: String, reason: String) -> [ValidationIssue] {
        var issues: [ValidationIssue?] = []
        issues.append(Check.choice(period, field: "period") { ReportingPeriod(key: $0) != nil })
        issues.append(Check.choice(rating, field: "rating") { JudgementRating(rawValue: $0) != nil })
        issues.append(Check.text(reason, field: "reason", max: reasonMaxLength, required: true))
        if reason.contains(where: \.isNewline) { issues.append(ValidationIssue(field: "reason", code: .invalidChoice)) }
        return issues.compactMap { $0 }
    }
}
