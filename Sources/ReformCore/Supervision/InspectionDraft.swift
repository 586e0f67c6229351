/// An inspection round as the office or an inspector sets it up (督查安排), before it is saved: its form, title,
/// jurisdiction, scope, team and dates. Whether the jurisdiction, plan, units and team exist is the App's to check.
public struct InspectionDraft: Sendable, Equatable {
    public static let titleMaxLength = 200

    /// An `InspectionKind` raw value.
    public var kind: String
    public var title: String
    public var jurisdictionId: Int?
    /// subtree / plan / field / units (the App's `InspectionScope`).
    public var scopeKind: String
    /// The plan or field item for those scopes; the units for a list.
    public var scopeRef: Int?
    public var unitIds: [Int]
    /// 督查组: inspector accounts.
    public var memberIds: [Int]
    public var startsOn: String
    public var endsOn: String

    public init(
        kind: String, title: String, jurisdictionId: Int?, scopeKind: String, scopeRef: Int?, unitIds: [Int], memberIds: [Int],
        startsOn: String, endsOn: String
    ) {
        self.kind = kind
        self.title = title
        self.jurisdictionId = jurisdictionId
        self.scopeKind = scopeKind
        self.scopeRef = scopeRef
        self.unitIds = unitIds
        self.memberIds = memberIds
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    public static let scopeKinds = ["subtree", "plan", "field", "units"]

    public func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue?] = []
        issues.append(Check.choice(kind, field: "kind") { InspectionKind(rawValue: $0) != nil })
        issues.append(Check.text(title, field: "title", max: Self.titleMaxLength, required: true))
        issues.append(Check.required(jurisdictionId, field: "jurisdictionId"))
        issues.append(Check.choice(scopeKind, field: "scopeKind") { Self.scopeKinds.contains($0) })
        switch FormValue.trimmed(scopeKind) {
        case "plan", "field": issues.append(Check.required(scopeRef, field: "scopeRef"))
        case "units": if unitIds.isEmpty { issues.append(ValidationIssue(field: "unitIds", code: .required)) }
        default: break
        }
        if memberIds.isEmpty { issues.append(ValidationIssue(field: "memberIds", code: .required)) }
        for (value, field) in [(startsOn, "startsOn"), (endsOn, "endsOn")] {
            if FormValue.trimmed(value).isEmpty {
                issues.append(ValidationIssue(field: field, code: .required))
            } else {
                issues.append(Check.date(value, field: field))
            }
        }
        issues.append(Check.order(start: FormValue.date(startsOn), end: FormValue.date(endsOn), field: "endsOn"))
        return issues.compactMap { $0 }
    }

    public var parsedKind: InspectionKind? { InspectionKind(rawValue: FormValue.trimmed(kind)) }
    public var parsedStartsOn: LocalDate? { FormValue.date(startsOn) }
    public var parsedEndsOn: LocalDate? { FormValue.date(endsOn) }
}
