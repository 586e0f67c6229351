import ReformCore

/// An inspection round (督查), with its jurisdiction's path joined for the access rule.
public struct InspectionRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionId: Int
    public var jurisdictionPath: String
    public var jurisdictionName: String
    public var kind: String
    public var title: String
    /// `InspectionScope` raw value and what it names.
    public var scopeKind: String
    public var scopeRef: Int?
    public var startsOn: String
    public var endsOn: String
    public var createdBy: String
    public var createdAt: String
    public var updatedAt: String
    public var version: Int
    public var isDemo: Bool

    public var inspectionKind: InspectionKind? { InspectionKind(rawValue: kind) }
}

/// What an inspection covers (督查范围): a jurisdiction's subtree, one plan, one field of a plan, or a list of units.
public enum InspectionScope: String, Codable, Sendable, CaseIterable {
    case subtree
    case plan
    case field
    case units
}
