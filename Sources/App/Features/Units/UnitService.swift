import FluentKit
import ReformCore
import SQLKit

package struct UnitService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    package func create(_ draft: UnitDraft, actor: String) async throws -> UnitRecord {
        try await database.transaction { sql in
            let id = try await Self.insert(draft, actor: actor, at: clock.timestamp, on: sql)
            return try await UnitQueries.require(id, on: sql)
        }
    }

    /// Validates and inserts a unit inside the caller's transaction; `importBatchId` marks a unit an import created.
    static func insert(
        _ draft: UnitDraft, actor: String, importBatchId: Int? = nil, at now: String,
        on sql: any SQLDatabase
    ) async throws -> Int {
        try await check(draft, existingID: nil, on: sql)
        let shortNames = UnitDraft.splitNames(draft.shortNames).joined(separator: "、")
        let id = try await sql.insertReturningID(
            """
            INSERT INTO units (jurisdiction_id, name, short_names, version, created_at, updated_at, import_batch_id)
            VALUES (\(bind: draft.jurisdictionID!), \(bind: draft.name.trimmed), \(bind: shortNames), 1, \(bind: now), \(bind: now),
              \(bind: importBatchId))
            """)
        try await Audit.record(
            entity: "unit", id: id, action: "create", actor: actor, version: 1,
            changes: Audit.diff([:], snapshot(draft)), at: now, on: sql)
        return id
    }

    func update(_ id: Int, _ draft: UnitDraft, baseVersion: Int, actor: String) async throws -> UnitRecord {
        try await database.transaction { sql in
            let current = try await UnitQueries.require(id, on: sql)
            guard current.version == baseVersion else {
                throw AppError.conflict(
                    entity: "unit", id: id, currentVersion: current.version,
                    changes: try await Audit.conflictChanges(
                        entity: "unit", id: id, baseVersion: baseVersion,
                        yours: Self.snapshot(draft), on: sql))
            }
            try await Self.check(draft, existingID: id, on: sql)
            let shortNames = UnitDraft.splitNames(draft.shortNames).joined(separator: "、")
            let changed = try await sql.updateReturningCount(
                """
                UPDATE units SET jurisdiction_id = \(bind: draft.jurisdictionID!), name = \(bind: draft.name.trimmed),
                  short_names = \(bind: shortNames), version = version + 1, updated_at = \(bind: clock.timestamp)
                WHERE id = \(bind: id) AND version = \(bind: baseVersion)
                """)
            guard changed == 1 else { throw AppError.conflict(entity: "unit", id: id, currentVersion: current.version + 1, changes: []) }
            let before: [String: String?] = ["jurisdictionId": String(current.jurisdictionId), "name": current.name, "shortNames": current.shortNames]
            try await Audit.record(
                entity: "unit", id: id, action: "update", actor: actor, version: current.version + 1,
                changes: Audit.diff(before, Self.snapshot(draft)), at: clock.timestamp, on: sql)
            return try await UnitQueries.require(id, on: sql)
        }
    }

    private static func check(_ draft: UnitDraft, existingID: Int?, on sql: any SQLDatabase) async throws {
        var issues = draft.validate()
        if let jid = draft.jurisdictionID {
            if try await JurisdictionQueries.find(jid, on: sql) == nil {
                issues.append(ValidationIssue(field: "jurisdictionID", code: .notFound, limit: nil))
            } else if !draft.name.trimmed.isEmpty,
                let other = try await sql.scalar(
                    Int.self, column: "id",
                    "SELECT id FROM units WHERE jurisdiction_id = \(bind: jid) AND name = \(bind: draft.name.trimmed)"),
                other != existingID
            {
                issues.append(ValidationIssue(field: "name", code: .duplicate, limit: nil))
            }
        }
        if !issues.isEmpty { throw AppError.validation(FieldNames.apiIssues(issues)) }
    }

    private static func snapshot(_ d: UnitDraft) -> [String: String?] {
        [
            "jurisdictionId": d.jurisdictionID.map(String.init), "name": d.name.trimmed,
            "shortNames": UnitDraft.splitNames(d.shortNames).joined(separator: "、")
        ]
    }
}
