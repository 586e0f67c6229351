import Foundation
import ReformCore
import SQLKit

/// An office's own template of a kind of notice (`notice_templates`).
package struct NoticeTemplateRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var kind: String
    package var title: String
    package var body: String
    package var version: Int
    package var updatedBy: String
    package var updatedAt: String
}

/// The wording a new notice of a kind starts from, for a jurisdiction: its own template, else the nearest one up the
/// tree, else the app's (`NoticeTemplate`). Saving and reverting are the office's, with version checks and audit.
package struct NoticeTemplateStore: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let placeholders = ["{subject}", "{units}", "{deadline}", "{result}"]
    static let columns: SQLQueryString = "id, jurisdiction_id, jurisdiction_path, kind, title, body, version, updated_by, updated_at"

    /// Where a template in force comes from.
    enum Origin: String, Codable, Sendable {
        /// The jurisdiction's own.
        case own
        /// A jurisdiction above it (`jurisdictionId` names which).
        case inherited
        /// The app's wording.
        case standard
    }

    struct Effective: Sendable {
        var kind: NoticeKind
        var title: String
        var body: String
        var origin: Origin
        /// The template's row (own or inherited); nil for the app's.
        var record: NoticeTemplateRecord?
    }

    /// The templates of the jurisdictions on `path` (itself and those above), nearest first.
    static func onPath(_ path: String, kind: NoticeKind? = nil, on sql: any SQLDatabase) async throws -> [NoticeTemplateRecord] {
        let ids = JurisdictionPath.ids(in: path)
        guard !ids.isEmpty else { return [] }
        let kindCondition: SQLQueryString = kind.map { " AND kind = \(bind: $0.rawValue)" } ?? ""
        return try await sql.all(
            NoticeTemplateRecord.self,
            """
            SELECT \(columns) FROM notice_templates WHERE jurisdiction_id IN (\(binds: ids))\(kindCondition)
            ORDER BY LENGTH(jurisdiction_path) DESC, kind
            """)
    }

    /// Every kind's template in force for the jurisdiction at `path` (id `jurisdictionId`).
    static func effective(jurisdictionId: Int, path: String, _ l: Language, on sql: any SQLDatabase) async throws -> [Effective] {
        let rows = try await onPath(path, on: sql)
        return NoticeKind.allCases.map { kind in
            if let r = rows.first(where: { $0.kind == kind.rawValue }) {
                return Effective(kind: kind, title: r.title, body: r.body, origin: r.jurisdictionId == jurisdictionId ? .own : .inherited, record: r)
            }
            return Effective(
                kind: kind, title: L10n.t("notice.template.\(kind.rawValue).title", l), body: L10n.t("notice.template.\(kind.rawValue).body", l),
                origin: .standard, record: nil)
        }
    }

    /// The jurisdiction a templates page or list shows when none is named: the reader's own, or for a nationwide
    /// administrator the first at the top of the tree.
    static func defaultJurisdiction(for principal: Principal, on sql: any SQLDatabase) async throws -> Int {
        if try await JurisdictionQueries.find(principal.jurisdictionId, on: sql) != nil { return principal.jurisdictionId }
        return try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions ORDER BY depth, division_code LIMIT 1")
            ?? principal.jurisdictionId
    }

    /// Blank, too long, or naming a placeholder that does not exist: by field.
    static func validate(title: String, body: String) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for (field, value, max) in [("title", title, NoticeDraft.titleMax), ("body", body, NoticeDraft.bodyMax)] {
            let text = NoticeDraft.trim(value)
            if text.isEmpty {
                issues.append(ValidationIssue(field: field, code: .required))
            } else if text.unicodeScalars.count > max {
                issues.append(ValidationIssue(field: field, code: .tooLong, limit: max))
            } else if let unknown = text.matches(of: /\{[A-Za-z_]*\}/).map({ String(text[$0.range]) }).first(where: { !placeholders.contains($0) }) {
                issues.append(ValidationIssue(field: field, code: .unknownPlaceholder, value: unknown))
            }
        }
        return issues
    }

    /// Saves the jurisdiction's own template of `kind`: a new one with `baseVersion` 0, else the version read (409 when
    /// stale). The office of the jurisdiction or above.
    package func save(
        jurisdictionId: Int, kind rawKind: String, title: String, body: String, baseVersion: Int, by principal: Principal, at: String? = nil
    ) async throws -> NoticeTemplateRecord {
        try await database.transaction { sql in
            guard let j = try await JurisdictionQueries.find(jurisdictionId, on: sql), principal.sees(jurisdictionPath: j.path) else {
                throw AppError.notFound(entity: "jurisdiction", id: String(jurisdictionId))
            }
            try Access.require(Access.managesNotice(jurisdictionPath: j.path, principal), "issue_notice")
            guard let kind = NoticeKind(rawValue: rawKind) else { throw AppError.notFound(entity: "noticeKind", id: rawKind) }
            let issues = Self.validate(title: title, body: body)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let t = NoticeDraft.trim
            let current = try await Self.onPath(j.path, kind: kind, on: sql).first { $0.jurisdictionId == j.id }
            if let current {
                if baseVersion != current.version { throw Self.stale(current) }
                let n = try await sql.updateReturningCount(
                    """
                    UPDATE notice_templates SET title = \(bind: t(title)), body = \(bind: t(body)), version = version + 1,
                      updated_by = \(bind: principal.actorName), updated_at = \(bind: now)
                    WHERE id = \(bind: current.id) AND version = \(bind: current.version)
                    """)
                guard n == 1 else { throw Self.stale(current) }
                try await Audit.record(
                    entity: "notice_template", id: current.id, action: "update", actor: principal.actorName, version: current.version + 1,
                    changes: Audit.diff(["title": current.title, "body": current.body], ["title": t(title), "body": t(body)]),
                    scopePath: j.path, at: now, on: sql)
                return try await Self.require(current.id, on: sql)
            }
            if baseVersion != 0 {
                throw AppError.conflict(entity: "notice_template", id: 0, currentVersion: 0, changes: [])
            }
            let id = try await sql.insertReturningID(
                """
                INSERT INTO notice_templates (jurisdiction_id, jurisdiction_path, kind, title, body, version, updated_by, created_at, updated_at)
                VALUES (\(bind: j.id), \(bind: j.path), \(bind: kind.rawValue), \(bind: t(title)), \(bind: t(body)), 1,
                  \(bind: principal.actorName), \(bind: now), \(bind: now))
                """)
            try await Audit.record(
                entity: "notice_template", id: id, action: "create", actor: principal.actorName, version: 1,
                changes: Audit.diff([:], ["kind": kind.rawValue, "title": t(title), "body": t(body)]), scopePath: j.path, at: now, on: sql)
            return try await Self.require(id, on: sql)
        }
    }

    /// Drops the jurisdiction's own template of `kind`: the one above (or the app's) is in force again.
    package func revert(jurisdictionId: Int, kind rawKind: String, baseVersion: Int, by principal: Principal, at: String? = nil) async throws {
        try await database.transaction { sql in
            guard let j = try await JurisdictionQueries.find(jurisdictionId, on: sql), principal.sees(jurisdictionPath: j.path) else {
                throw AppError.notFound(entity: "jurisdiction", id: String(jurisdictionId))
            }
            try Access.require(Access.managesNotice(jurisdictionPath: j.path, principal), "issue_notice")
            guard let kind = NoticeKind(rawValue: rawKind),
                let current = try await Self.onPath(j.path, kind: kind, on: sql).first(where: { $0.jurisdictionId == j.id })
            else { throw AppError.notFound(entity: "notice_template", id: "\(jurisdictionId)/\(rawKind)") }
            if baseVersion != current.version { throw Self.stale(current) }
            let n = try await sql.updateReturningCount(
                "DELETE FROM notice_templates WHERE id = \(bind: current.id) AND version = \(bind: current.version)")
            guard n == 1 else { throw Self.stale(current) }
            try await Audit.record(
                entity: "notice_template", id: current.id, action: "delete", actor: principal.actorName, version: current.version,
                changes: Audit.diff(["kind": current.kind, "title": current.title, "body": current.body], [:]), scopePath: j.path,
                at: at ?? clock.timestamp, on: sql)
        }
    }

    static func require(_ id: Int, on sql: any SQLDatabase) async throws -> NoticeTemplateRecord {
        guard let r = try await sql.first(NoticeTemplateRecord.self, "SELECT \(columns) FROM notice_templates WHERE id = \(bind: id)") else {
            throw AppError.notFound(entity: "notice_template", id: String(id))
        }
        return r
    }

    static func stale(_ r: NoticeTemplateRecord) -> AppError {
        AppError.conflict(entity: "notice_template", id: r.id, currentVersion: r.version, changes: [])
    }
}

extension AppServices {
    package var noticeTemplates: NoticeTemplateStore { NoticeTemplateStore(database: database, clock: clock) }
}
