/// What is recorded against a unit or a person from supervision (激励问责记录), shown on the unit page and counted
/// in the ranking.
public enum UnitRecordKind: String, Codable, Sendable, CaseIterable {
    /// 通报表扬
    case commendation
    /// 问责
    case accountability
    /// 容错纠错: an honest failure excused; only with its grounds (容错依据) written down.
    case faultTolerance = "fault_tolerance"

    /// Counts for (+1) or against (−1) the unit in the ranking; excused faults count neither way.
    public var rankingSign: Int {
        switch self {
        case .commendation: 1
        case .accountability: -1
        case .faultTolerance: 0
        }
    }

    /// Checks a record: the grounds are required for fault tolerance and accountability, and the record must come
    /// from something (a finding, a matter or a notice), so it can be traced.
    public static func validate(kind: String, grounds: String, sourceCount: Int) -> [ValidationIssue] {
        var issues: [ValidationIssue?] = []
        issues.append(Check.choice(kind, field: "kind") { UnitRecordKind(rawValue: $0) != nil })
        let needsGrounds = UnitRecordKind(rawValue: FormValue.trimmed(kind)).map { $0 != .commendation } ?? false
        issues.append(Check.text(grounds, field: "grounds", max: 2_000, required: needsGrounds))
        if sourceCount == 0 { issues.append(ValidationIssue(field: "source", code: .required)) }
        return issues.compactMap { $0 }
    }
}
