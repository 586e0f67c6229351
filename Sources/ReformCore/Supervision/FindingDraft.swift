/// A finding as the inspector records it (督查发现), before it is saved.
public struct FindingDraft: Sendable, Equatable {
    public static let textMaxLength = 2_000

    /// A `FindingNature` raw value.
    public var nature: String
    /// 问题归属单位 (or the unit whose practice is commended).
    public var unitId: Int?
    public var itemIds: [Int]
    /// `FindingCategory` and `FindingSeverity` raw values: required for a problem, blank for good practice.
    public var category: String
    public var severity: String
    /// 发现情况.
    public var description: String

    public init(nature: String, unitId: Int?, itemIds: [Int], category: String, severity: String, description: String) {
        self.nature = nature
        self.unitId = unitId
        self.itemIds = itemIds
        self.category = category
        self.severity = severity
        self.description = description
    }

    public func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue?] = []
        issues.append(Check.choice(nature, field: "nature") { FindingNature(rawValue: $0) != nil })
        issues.append(Check.required(unitId, field: "unitId"))
        if Set(itemIds).count != itemIds.count { issues.append(ValidationIssue(field: "itemIds", code: .duplicate)) }
        switch parsedNature {
        case .problem:
            issues.append(Check.choice(category, field: "category") { FindingCategory(rawValue: $0) != nil })
            issues.append(Check.choice(severity, field: "severity") { FindingSeverity(rawValue: $0) != nil })
        case .goodPractice:
            // A severity on good practice is a form filled in for the wrong kind: say so rather than drop it.
            if !FormValue.trimmed(severity).isEmpty { issues.append(ValidationIssue(field: "severity", code: .invalidChoice)) }
            if !FormValue.trimmed(category).isEmpty { issues.append(ValidationIssue(field: "category", code: .invalidChoice)) }
        case nil:
            break
        }
        issues.append(Check.text(description, field: "description", max: Self.textMaxLength, required: true))
        return issues.compactMap { $0 }
    }

    public var parsedNature: FindingNature? { FindingNature(rawValue: FormValue.trimmed(nature)) }
    public var parsedCategory: FindingCategory? { FindingCategory(rawValue: FormValue.trimmed(category)) }
    public var parsedSeverity: FindingSeverity? { FindingSeverity(rawValue: FormValue.trimmed(severity)) }
}
