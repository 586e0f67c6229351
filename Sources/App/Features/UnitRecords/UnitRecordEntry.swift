import ReformCore
import SQLKit

/// A record of commendation (通报表扬), accountability (问责) or fault tolerance (容错纠错) against a unit or one of its
/// people, with where it came from. (`UnitRecord` is the unit itself.)
public struct UnitRecordEntry: Codable, Sendable, Equatable {
    public var id: Int
    public var unitId: Int
    public var unitName: String
    public var jurisdictionPath: String
    public var kind: String
    public var person: String
    public var grounds: String
    public var sourceType: String
    public var sourceId: Int
    public var recordedOn: String
    public var recordedBy: String
    public var createdAt: String
    public var version: Int
    public var isDemo: Bool

    public var recordKind: UnitRecordKind? { UnitRecordKind(rawValue: kind) }
    var source: UnitRecordSource? { UnitRecordSource.SourceType(rawValue: sourceType).map { UnitRecordSource(type: $0, id: sourceId) } }
}

/// Per unit: how many commendations and accountability records it has, for the unit ranking.
public struct UnitRecordCounts: Codable, Sendable, Equatable {
    public var unitId: Int
    public var commendations: Int
    public var accountability: Int
    public var faultTolerance: Int

    /// The ranking's reading of the counts (`UnitRecordKind.rankingSign`): commendations minus accountability.
    public var rankingScore: Int {
        commendations * UnitRecordKind.commendation.rankingSign + accountability * UnitRecordKind.accountability.rankingSign
            + faultTolerance * UnitRecordKind.faultTolerance.rankingSign
    }
}

/// What a record comes from: a finding, a matter or a notice.
struct UnitRecordSource: Sendable, Equatable {
    enum SourceType: String, Sendable, CaseIterable {
        case finding, matter, notice
    }

    let type: SourceType
    let id: Int

    var link: String {
        switch type {
        case .finding: "/findings/\(id)"
        case .matter: "/matters/\(id)"
        case .notice: "/notices/\(id)"
        }
    }

    /// The path of the jurisdiction the source belongs to; 404 when it does not exist.
    func jurisdictionPath(on sql: any SQLDatabase) async throws -> String {
        switch type {
        case .finding:
            let f = try await InspectionQueries.finding(id, on: sql)
            return try await InspectionQueries.inspection(f.inspectionId, on: sql).jurisdictionPath
        case .matter: return try await MatterQueries.require(id, on: sql).jurisdictionPath
        case .notice: return try await NoticeQueries.require(id, on: sql).jurisdictionPath
        }
    }
}
