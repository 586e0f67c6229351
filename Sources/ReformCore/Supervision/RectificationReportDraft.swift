/// A rectification report as the unit fills it in (整改情况报告), like a progress report: an interim one keeps
/// the rectification in hand, the final one asks for closure and must bring evidence.
public struct RectificationReportDraft: Sendable, Equatable {
    public static let narrativeMaxLength = 5_000

    /// 整改进展 / 整改完成情况.
    public var narrative: String
    /// 0…100.
    public var percent: String
    /// The files attached so far (the upload itself is the App's, as for reports).
    public var evidenceCount: Int

    public init(narrative: String, percent: String, evidenceCount: Int) {
        self.narrative = narrative
        self.percent = percent
        self.evidenceCount = evidenceCount
    }

    public func validate(final: Bool) -> [ValidationIssue] {
        var issues: [ValidationIssue?] = []
        issues.append(Check.text(narrative, field: "narrative", max: Self.narrativeMaxLength, required: true))
        issues.append(Check.number(percent, field: "percent", limit: 100, parse: ReportDraft.percentValue))
        // Closure is decided on evidence (见人见事见物), never on a sentence alone.
        if final, evidenceCount == 0 { issues.append(ValidationIssue(field: "evidence", code: .required)) }
        return issues.compactMap { $0 }
    }

    /// A final report counts as done whatever percent was typed.
    public func parsedPercent(final: Bool) -> Double {
        final ? 100 : ReportDraft.percentValue(percent).map { min(100, max(0, $0)) } ?? 0
    }
}
