/// A rectification as the inspector sets it from a problem finding (整改要求), before it is saved.
public struct RectificationDraft: Sendable, Equatable {
    public static let textMaxLength = 2_000

    /// 整改牵头单位: by default the finding's unit.
    public var leadUnitId: Int?
    /// 整改时限.
    public var deadline: String
    /// 整改措施 the unit promises (may be filled in by the unit when it signs).
    public var measures: String
    /// 佐证材料要求: what evidence closes it.
    public var evidenceRequired: String

    public init(leadUnitId: Int?, deadline: String, measures: String, evidenceRequired: String) {
        self.leadUnitId = leadUnitId
        self.deadline = deadline
        self.measures = measures
        self.evidenceRequired = evidenceRequired
    }

    /// A rectification comes only from a problem: good practice has nothing to rectify.
    public func validate(finding: FindingNature, today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue?] = []
        if !finding.needsRectification { issues.append(ValidationIssue(field: "findingId", code: .invalidChoice)) }
        issues.append(Check.required(leadUnitId, field: "leadUnitId"))
        if FormValue.trimmed(deadline).isEmpty {
            issues.append(ValidationIssue(field: "deadline", code: .required))
        } else if let issue = Check.date(deadline, field: "deadline") {
            issues.append(issue)
        } else if let date = FormValue.date(deadline), date < today {
            issues.append(ValidationIssue(field: "deadline", code: .dateOrder))
        }
        issues.append(Check.text(measures, field: "measures", max: Self.textMaxLength))
        issues.append(Check.text(evidenceRequired, field: "evidenceRequired", max: Self.textMaxLength, required: true))
        return issues.compactMap { $0 }
    }

    public var parsedDeadline: LocalDate? { FormValue.date(deadline) }
}
