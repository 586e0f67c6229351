import ReformCore
import SQLKit

/// Inspections, findings and rectifications through the guard: 404 outside the reader's view, 403 when the change is
/// not theirs to make, both before a form or body is read.
extension AccessGuard {
    func readInspection(_ id: Int) async throws -> (inspection: InspectionRecord, isMember: Bool) {
        let i = try await InspectionQueries.inspection(id, on: sql)
        let member = try await InspectionQueries.isMember(id, userId: principal.userId, on: sql)
        try Access.requireVisible(Access.canReadInspection(path: i.jurisdictionPath, isMember: member, principal), entity: "inspection", id: id)
        return (i, member)
    }

    func recordFindings(_ inspectionId: Int) async throws -> InspectionRecord {
        let (i, member) = try await readInspection(inspectionId)
        try Access.require(Access.canRecordFindings(path: i.jurisdictionPath, isMember: member, principal), "record_findings")
        return i
    }

    func requireInspectionCreator() throws {
        try Access.require(Access.canCreateInspections(principal), "create_inspections")
    }

    func readFinding(_ id: Int) async throws -> (finding: FindingRecord, inspection: InspectionRecord, isMember: Bool) {
        let f = try await InspectionQueries.finding(id, on: sql)
        let i = try await InspectionQueries.inspection(f.inspectionId, on: sql)
        let member = try await InspectionQueries.isMember(i.id, userId: principal.userId, on: sql)
        var units = [f.unitId]
        if let rid = f.rectificationId { units.append(try await InspectionQueries.rectification(rid, on: sql).leadUnitId) }
        try Access.requireVisible(
            Access.canReadFinding(path: i.jurisdictionPath, isMember: member, unitIds: units, principal), entity: "finding", id: id)
        return (f, i, member)
    }

    /// A rectification the user may read, and how they stand to it.
    func readRectification(_ id: Int) async throws -> (rectification: RectificationRecord, actors: Set<SupervisionActor>) {
        let r = try await InspectionQueries.rectification(id, on: sql)
        let member = try await InspectionQueries.isMember(r.inspectionId, userId: principal.userId, on: sql)
        let inspection = try await InspectionQueries.inspection(r.inspectionId, on: sql)
        try Access.requireVisible(
            Access.canReadFinding(path: inspection.jurisdictionPath, isMember: member, unitIds: [r.findingUnitId, r.leadUnitId], principal),
            entity: "rectification", id: id)
        return (r, Access.supervisionActors(principal, inspectionPath: inspection.jurisdictionPath, isMember: member, leadUnitId: r.leadUnitId))
    }

    /// A rectification the user may take a step on now (sign, close, return, reopen), before the step is read: 403 for a
    /// reader with no part in its flow, and when its state offers steps and none is theirs (naming the first). A state that
    /// offers none of these (in hand: only reports) goes on, so the step is refused as a transition (422).
    func actOnRectification(_ id: Int) async throws -> (rectification: RectificationRecord, actors: Set<SupervisionActor>) {
        let (r, actors) = try await readRectification(id)
        try Access.require(!actors.isEmpty, "rectify")
        let state = r.rectificationState
        let offered = RectificationAction.allCases.filter { !$0.carriesReport && RectificationFlow.next(state, $0) != nil }
        if let first = offered.first, !Access.rectificationActions(state, actors: actors).contains(where: { !$0.carriesReport }) {
            throw AppError.forbidden(action: "rectify_" + first.rawValue)
        }
        return (r, actors)
    }

    /// Rectification reports are the lead unit's.
    func fileRectificationReport(_ id: Int) async throws -> RectificationRecord {
        let (r, actors) = try await readRectification(id)
        try Access.require(actors.contains(.leadUnit), "rectification_report")
        return r
    }

    /// The filter's jurisdiction must be one the reader sees (404 otherwise); its path narrows the ledger.
    func rectificationScope(_ filter: RectificationFilter) async throws -> String? {
        if let jid = filter.jurisdictionId { return try await readJurisdiction(jid).path }
        if let iid = filter.inspectionId { _ = try await readInspection(iid) }
        if let uid = filter.unitId { _ = try await readUnit(uid) }
        return nil
    }
}
