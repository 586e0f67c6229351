import ReformCore

/// A finding (督查发现) with its unit's name and, for a problem, its rectification's id.
public struct FindingRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var inspectionId: Int
    public var unitId: Int
    public var unitName: String
    public var nature: String
    public var category: String?
    public var severity: String?
    public var description: String
    public var createdBy: String
    public var createdAt: String
    public var version: Int
    public var rectificationId: Int?

    public var findingNature: FindingNature? { FindingNature(rawValue: nature) }
}
