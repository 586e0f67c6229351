import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1/units/{id}/records: a unit's commendation and accountability records, and recording one.
struct UnitRecordsAPI: APIHandlers {
    let services: AppServices

    struct CreateInput: Decodable {
        var kind: String?
        var person: String?
        var grounds: String?
        var sourceType: String?
        var sourceId: Int?
    }
    struct RecordDTO: Encodable {
        var id: Int
        var unitId: Int
        var kind: String
        var person: String
        var grounds: String
        var sourceType: String
        var sourceId: Int
        var recordedOn: String
        var recordedBy: String
        var version: Int

        init(_ r: UnitRecordEntry) {
            id = r.id
            unitId = r.unitId
            kind = r.kind
            person = r.person
            grounds = r.grounds
            sourceType = r.sourceType
            sourceId = r.sourceId
            recordedOn = r.recordedOn
            recordedBy = r.recordedBy
            version = r.version
        }
    }
    struct ListDTO: Encodable {
        var items: [RecordDTO]
        var commendations: Int
        var accountability: Int
        var faultTolerance: Int
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/units/:id/records") { _, context in
            let unitId = try id(context)
            _ = try await AccessGuard(context, sql: sql).readUnit(unitId)
            let records = try await UnitRecordQueries.records(ofUnit: unitId, on: sql)
            func count(_ kind: UnitRecordKind) -> Int { records.filter { $0.kind == kind.rawValue }.count }
            return try APIResponse.json(
                ListDTO(
                    items: records.map(RecordDTO.init), commendations: count(.commendation), accountability: count(.accountability),
                    faultTolerance: count(.faultTolerance)))
        }
        group.post("/units/:id/records") { request, context in
            let unitId = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            _ = try await guarded.readUnit(unitId)
            try Access.require(Access.canIssueNotices(guarded.principal), "record_unit")
            let input = try await decode(CreateInput.self, request, context)
            let saved = try await services.unitRecords.record(
                unitId: unitId, kind: input.kind ?? "", person: input.person ?? "", grounds: input.grounds ?? "",
                sourceType: input.sourceType ?? "", sourceId: input.sourceId, by: guarded.principal)
            return try APIResponse.json(RecordDTO(saved), status: .created)
        }
    }
}
