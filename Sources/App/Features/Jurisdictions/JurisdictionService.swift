import FluentKit
import ReformCore
import SQLKit

package struct JurisdictionService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    package func create(_ draft: JurisdictionDraft, actor: String) async throws -> JurisdictionRecord {
        try await database.transaction { sql in
            let parent = try await checked(draft, existingID: nil, on: sql)
            let now = clock.timestamp
            let id = try await sql.insertReturningID(
                """
                INSERT INTO jurisdictions (name, level, division_code, parent_id, path, depth, version, created_at, updated_at)
                VALUES (\(bind: draft.name.trimmed), \(bind: draft.level), \(bind: draft.divisionCode.trimmed), \(bind: parent?.id),
                        '', \(bind: parent.map { $0.depth + 1 } ?? 0), 1, \(bind: now), \(bind: now))
                """)
            let path = (parent?.path ?? "/") + "\(id)/"
            try await sql.execute("UPDATE jurisdictions SET path = \(bind: path) WHERE id = \(bind: id)")
            try await Audit.record(
                entity: "jurisdiction", id: id, action: "create", actor: actor, version: 1,
                changes: Audit.diff([:], snapshot(draft)), at: now, on: sql)
            return try await JurisdictionQueries.require(id, on: sql)
        }
    }

    func update(_ id: Int, _ draft: JurisdictionDraft, baseVersion: Int, actor: String) async throws -> JurisdictionRecord {
        try await database.transaction { sql in
            let current = try await JurisdictionQueries.require(id, on: sql)
            let before: [String: String?] = [
                "name": current.name, "level": current.level, "divisionCode": current.divisionCode,
                "parentId": current.parentId.map(String.init)
            ]
            guard current.version == baseVersion else {
                throw AppError.conflict(
                    entity: "jurisdiction", id: id, currentVersion: current.version,
                    changes: try await Audit.conflictChanges(
                        entity: "jurisdiction", id: id, baseVersion: baseVersion,
                        yours: snapshot(draft), on: sql))
            }
            let parent = try await checked(draft, existingID: id, on: sql)
            let newPath = (parent?.path ?? "/") + "\(id)/"
            let newDepth = parent.map { $0.depth + 1 } ?? 0
            let changed = try await sql.updateReturningCount(
                """
                UPDATE jurisdictions SET name = \(bind: draft.name.trimmed), level = \(bind: draft.level),
                  division_code = \(bind: draft.divisionCode.trimmed), parent_id = \(bind: parent?.id),
                  version = version + 1, updated_at = \(bind: clock.timestamp)
                WHERE id = \(bind: id) AND version = \(bind: baseVersion)
                """)
            guard changed == 1 else {
                throw AppError.conflict(entity: "jurisdiction", id: id, currentVersion: current.version + 1, changes: [])
            }
            if newPath != current.path {
                // Moving a jurisdiction moves its subtree and the items filed under it.
                let oldLength = current.path.count
                let depthShift = newDepth - current.depth
                try await sql.execute(
                    """
                    UPDATE jurisdictions SET path = \(bind: newPath) || substr(path, \(bind: oldLength + 1)),
                      depth = depth + \(bind: depthShift)
                    WHERE \(PathRange.condition(column: "path", prefix: current.path))
                    """)
                try await sql.execute(
                    """
                    UPDATE plan_items SET jurisdiction_path = \(bind: newPath) || substr(jurisdiction_path, \(bind: oldLength + 1))
                    WHERE \(PathRange.condition(column: "jurisdiction_path", prefix: current.path))
                    """)
            }
            try await Audit.record(
                entity: "jurisdiction", id: id, action: "update", actor: actor, version: current.version + 1,
                changes: Audit.diff(before, snapshot(draft)), at: clock.timestamp, on: sql)
            return try await JurisdictionQueries.require(id, on: sql)
        }
    }

    /// Validates the draft and its references; returns the parent.
    private func checked(_ draft: JurisdictionDraft, existingID: Int?, on sql: any SQLDatabase) async throws -> JurisdictionRecord? {
        var issues = draft.validate()
        var parent: JurisdictionRecord?
        if let parentID = draft.parentID {
            parent = try await JurisdictionQueries.find(parentID, on: sql)
            if parent == nil {
                issues.append(ValidationIssue(field: "parentID", code: .notFound, limit: nil))
            } else if let existingID, PathRange.ids(in: parent!.path).contains(existingID) {
                issues.append(ValidationIssue(field: "parentID", code: .cycle, limit: nil))
            } else if let level = JurisdictionLevel(rawValue: draft.level), let parentLevel = JurisdictionLevel(rawValue: parent!.level),
                level.rank <= parentLevel.rank
            {
                issues.append(ValidationIssue(field: "level", code: .outOfRange, limit: nil))
            }
        }
        if issues.allSatisfy({ $0.field != "divisionCode" }),
            let other = try await JurisdictionQueries.byDivisionCode(draft.divisionCode.trimmed, on: sql), other.id != existingID
        {
            issues.append(ValidationIssue(field: "divisionCode", code: .duplicate, limit: nil))
        }
        if !issues.isEmpty { throw AppError.validation(FieldNames.apiIssues(issues)) }
        return parent
    }

    private func snapshot(_ d: JurisdictionDraft) -> [String: String?] {
        ["name": d.name.trimmed, "level": d.level, "divisionCode": d.divisionCode.trimmed, "parentId": d.parentID.map(String.init)]
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
