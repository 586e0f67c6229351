import Foundation
import ReformCore
import SQLKit

/// Records of commendation, accountability and fault tolerance, made by the office (or an admin) of a jurisdiction that
/// sees the unit and the source. Each in one transaction with its audit entry.
package struct UnitRecordService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    package func record(
        unitId: Int, kind: String, person: String, grounds: String, sourceType: String, sourceId: Int?, by principal: Principal,
        isDemo: Bool = false, at: String? = nil
    ) async throws -> UnitRecordEntry {
        try await database.transaction { sql in
            try Access.require(Access.canIssueNotices(principal), "record_unit")
            let unit = try await UnitQueries.require(unitId, on: sql)
            let path = try await JurisdictionQueries.require(unit.jurisdictionId, on: sql).path
            try Access.requireVisible(principal.sees(jurisdictionPath: path), entity: "unit", id: unitId)
            let parsedType = UnitRecordSource.SourceType(rawValue: NoticeDraft.trim(sourceType))
            let source = parsedType.flatMap { type in sourceId.map { UnitRecordSource(type: type, id: $0) } }
            var issues = UnitRecordKind.validate(kind: kind, grounds: grounds, sourceCount: source == nil ? 0 : 1)
            if !NoticeDraft.trim(sourceType).isEmpty, parsedType == nil {
                issues.removeAll { $0.field == "source" }
                issues.append(ValidationIssue(field: "sourceType", code: .invalidChoice))
            } else if let source {
                var visible = false
                do { visible = principal.sees(jurisdictionPath: try await source.jurisdictionPath(on: sql)) } catch AppError.notFound {}
                if !visible { issues.append(ValidationIssue(field: "source", code: .notFound)) }
            }
            if NoticeDraft.trim(person).unicodeScalars.count > 60 { issues.append(ValidationIssue(field: "person", code: .tooLong, limit: 60)) }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let id = try await Self.insert(
                unitId: unitId, kind: UnitRecordKind(rawValue: NoticeDraft.trim(kind))!, person: person, grounds: grounds, source: source!,
                recordedOn: clock.localDate(ofTimestamp: now) ?? clock.today, by: principal, isDemo: isDemo, at: now, on: sql)
            return try await UnitRecordQueries.require(id, on: sql)
        }
    }

    /// Writes one record and its audit entry in the caller's transaction (also used by 签发 of a commendation).
    @discardableResult
    static func insert(
        unitId: Int, kind: UnitRecordKind, person: String, grounds: String, source: UnitRecordSource, recordedOn: LocalDate,
        by principal: Principal, isDemo: Bool, at now: String, on sql: any SQLDatabase
    ) async throws -> Int {
        let unit = try await UnitQueries.require(unitId, on: sql)
        let path = try await JurisdictionQueries.require(unit.jurisdictionId, on: sql).path
        let cleanPerson = NoticeDraft.trim(person), cleanGrounds = NoticeDraft.trim(grounds)
        let id = try await sql.insertReturningID(
            """
            INSERT INTO unit_records (unit_id, jurisdiction_path, kind, person, grounds, source_type, source_id, recorded_on, recorded_by,
              created_at, version, is_demo)
            VALUES (\(bind: unitId), \(bind: path), \(bind: kind.rawValue), \(bind: cleanPerson), \(bind: cleanGrounds),
              \(bind: source.type.rawValue), \(bind: source.id), \(bind: recordedOn.iso), \(bind: principal.actorName), \(bind: now), 1,
              \(bind: isDemo))
            """)
        try await Audit.record(
            entity: "unit_record", id: id, action: "create", actor: principal.actorName, version: 1,
            changes: Audit.diff(
                [:],
                [
                    "unitId": String(unitId), "kind": kind.rawValue, "person": cleanPerson, "grounds": cleanGrounds,
                    "source": "\(source.type.rawValue):\(source.id)"
                ]),
            scopePath: path, at: now, on: sql)
        return id
    }
}

extension AppServices {
    package var unitRecords: UnitRecordService { UnitRecordService(database: database, clock: clock) }
}
