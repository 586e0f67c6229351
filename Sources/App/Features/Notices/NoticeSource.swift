import ReformCore
import SQLKit

/// What a notice is made from (`?source=matter:12`): a matter, a rectification, an inspection or a finding, and the
/// facts of it the per-kind template fills in.
struct NoticeSource: Sendable, Equatable {
    enum SourceType: String, Sendable, CaseIterable {
        case matter, rectification, inspection, finding
    }

    let type: SourceType
    let id: Int

    /// `matter:12`; nil for anything else.
    init?(parsing raw: String) {
        let parts = raw.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, let type = SourceType(rawValue: String(parts[0])), let id = Int(parts[1]), id > 0 else { return nil }
        self.init(type: type, id: id)
    }

    init(type: SourceType, id: Int) {
        self.type = type
        self.id = id
    }

    var text: String { "\(type.rawValue):\(id)" }
    var link: String {
        switch type {
        case .matter: "/matters/\(id)"
        case .rectification: "/rectifications/\(id)"
        case .inspection: "/inspections/\(id)"
        case .finding: "/findings/\(id)"
        }
    }

    /// The source's facts as a notice uses them.
    struct Facts: Sendable {
        var jurisdictionId: Int
        var jurisdictionPath: String
        var subject: String
        var unitIds: [Int]
        var deadline: String?
        var requiredResult: String
        /// A finding of good practice (先进典型): what a commendation is made from.
        var isGoodPractice = false
    }

    /// Loads the facts; 404 when the source does not exist (visibility is the caller's check on `jurisdictionPath`).
    func facts(on sql: any SQLDatabase) async throws -> Facts {
        switch type {
        case .matter:
            let m = try await MatterQueries.require(id, on: sql)
            let units = try await MatterQueries.units(of: id, on: sql)
            return Facts(
                jurisdictionId: m.jurisdictionId, jurisdictionPath: m.jurisdictionPath, subject: m.subject,
                unitIds: units.filter(\.isLead).map(\.unitId) + units.filter { !$0.isLead }.map(\.unitId), deadline: m.deadline,
                requiredResult: m.requiredResult)
        case .rectification:
            let r = try await InspectionQueries.rectification(id, on: sql)
            let i = try await InspectionQueries.inspection(r.inspectionId, on: sql)
            return Facts(
                jurisdictionId: i.jurisdictionId, jurisdictionPath: i.jurisdictionPath, subject: r.description, unitIds: [r.leadUnitId],
                deadline: r.deadline, requiredResult: r.measures.isEmpty ? r.evidenceRequired : r.measures)
        case .inspection:
            let i = try await InspectionQueries.inspection(id, on: sql)
            var seen: Set<Int> = []
            let units = try await InspectionQueries.findings(ofInspection: id, on: sql).map(\.unitId).filter { seen.insert($0).inserted }
            return Facts(
                jurisdictionId: i.jurisdictionId, jurisdictionPath: i.jurisdictionPath, subject: i.title, unitIds: units, deadline: i.endsOn,
                requiredResult: "")
        case .finding:
            let f = try await InspectionQueries.finding(id, on: sql)
            let i = try await InspectionQueries.inspection(f.inspectionId, on: sql)
            return Facts(
                jurisdictionId: i.jurisdictionId, jurisdictionPath: i.jurisdictionPath, subject: i.title, unitIds: [f.unitId], deadline: nil,
                requiredResult: f.description, isGoodPractice: f.findingNature == .goodPractice)
        }
    }
}
