import Foundation
import ReformCore
import SQLKit

/// Notices: numbering sequences, drafts, 签发 (issuing, which takes the number) and receipts. Every change runs in one
/// transaction with its audit entry; edits check the version (409 on a stale one).
package struct NoticeService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    // MARK: Sequences

    /// Configures a sequence (发文字号) for a jurisdiction and the kinds it numbers; a kind is numbered by one sequence
    /// per jurisdiction.
    package func createSequence(
        jurisdictionId: Int?, name: String, prefix: String, suffix: String, kinds: [String], by principal: Principal, isDemo: Bool = false,
        at: String? = nil
    ) async throws -> NoticeSequenceRecord {
        try await database.transaction { sql in
            try Access.require(Access.canIssueNotices(principal), "issue_notice")
            var issues: [ValidationIssue] = []
            var jurisdiction: JurisdictionRecord?
            if let jurisdictionId {
                jurisdiction = try await JurisdictionQueries.find(jurisdictionId, on: sql).flatMap {
                    principal.sees(jurisdictionPath: $0.path) ? $0 : nil
                }
                if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
            } else {
                issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
            }
            let cleanName = NoticeDraft.trim(name)
            if cleanName.isEmpty {
                issues.append(ValidationIssue(field: "name", code: .required))
            } else if cleanName.count > 60 {
                issues.append(ValidationIssue(field: "name", code: .tooLong, limit: 60))
            }
            if let issue = DocumentNumberPattern.validate(prefix: prefix) { issues.append(issue) }
            let parsedSuffix = DocumentNumberPattern.Suffix(rawValue: NoticeDraft.trim(suffix))
            if parsedSuffix == nil { issues.append(ValidationIssue(field: "suffix", code: .invalidChoice)) }
            let parsedKinds = kinds.map { NoticeKind(rawValue: NoticeDraft.trim($0)) }
            if kinds.isEmpty {
                issues.append(ValidationIssue(field: "kinds", code: .required))
            } else if parsedKinds.contains(nil) {
                issues.append(ValidationIssue(field: "kinds", code: .invalidChoice))
            } else if Set(kinds).count != kinds.count {
                issues.append(ValidationIssue(field: "kinds", code: .duplicate))
            } else if let jurisdiction, !Set(kinds).isDisjoint(with: try await NoticeQueries.mappedKinds(jurisdictionId: jurisdiction.id, on: sql)) {
                issues.append(ValidationIssue(field: "kinds", code: .duplicate))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let j = jurisdiction!
            let pattern = DocumentNumberPattern(prefix: prefix, suffix: parsedSuffix!)!
            let now = at ?? clock.timestamp
            let id = try await sql.insertReturningID(
                """
                INSERT INTO notice_sequences (jurisdiction_id, name, prefix, suffix, created_by, created_at, updated_at, version, is_demo)
                VALUES (\(bind: j.id), \(bind: cleanName), \(bind: pattern.prefix), \(bind: pattern.suffix.rawValue), \(bind: principal.actorName),
                  \(bind: now), \(bind: now), 1, \(bind: isDemo))
                """)
            for kind in parsedKinds.compactMap({ $0 }) {
                try await sql.execute(
                    "INSERT INTO notice_sequence_kinds (sequence_id, jurisdiction_id, kind) VALUES (\(bind: id), \(bind: j.id), \(bind: kind.rawValue))"
                )
            }
            try await Audit.record(
                entity: "notice_sequence", id: id, action: "create", actor: principal.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "name": cleanName, "prefix": pattern.prefix, "suffix": pattern.suffix.rawValue,
                        "kinds": parsedKinds.compactMap { $0?.rawValue }.joined(separator: ",")
                    ]),
                scopePath: j.path, at: now, on: sql)
            return try await NoticeQueries.sequence(id, on: sql)
        }
    }

    // MARK: Drafts

    /// Saves a draft (no number yet) made from a source in the office's view, addressed to units it sees.
    package func createDraft(_ draft: NoticeDraft, by principal: Principal, isDemo: Bool = false, at: String? = nil) async throws -> NoticeRecord {
        try await database.transaction { sql in
            try Access.require(Access.canIssueNotices(principal), "issue_notice")
            var issues = draft.validate()
            var facts: NoticeSource.Facts?
            if let source = draft.parsedSource {
                do {
                    let found = try await source.facts(on: sql)
                    if principal.sees(jurisdictionPath: found.jurisdictionPath) { facts = found }
                } catch AppError.notFound {}
                if facts == nil { issues.append(ValidationIssue(field: "source", code: .notFound)) }
            }
            if !draft.recipientIds.isEmpty, !issues.contains(where: { $0.field == "recipientIds" }) {
                let units = try await UnitQueries.byIDs(Array(Set(draft.recipientIds)), on: sql)
                var visible = 0
                for unit in units {
                    let path = try await JurisdictionQueries.require(unit.jurisdictionId, on: sql).path
                    if principal.sees(jurisdictionPath: path) { visible += 1 }
                }
                if visible != Set(draft.recipientIds).count { issues.append(ValidationIssue(field: "recipientIds", code: .notFound)) }
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let f = facts!
            let source = draft.parsedSource!
            let now = at ?? clock.timestamp
            let t = NoticeDraft.trim
            let id = try await sql.insertReturningID(
                """
                INSERT INTO notices (jurisdiction_id, jurisdiction_path, kind, state, sequence_id, year, number, document_number, source_type,
                  source_id, title, body, issuer, signature, issued_on, issued_by, created_by, created_at, updated_at, version, is_demo)
                VALUES (\(bind: f.jurisdictionId), \(bind: f.jurisdictionPath), \(bind: draft.parsedKind!.rawValue), 'draft', \(bind: Int?.none),
                  \(bind: Int?.none), \(bind: Int?.none), \(bind: String?.none), \(bind: source.type.rawValue), \(bind: source.id),
                  \(bind: t(draft.title)), \(bind: t(draft.body)), \(bind: t(draft.issuer)), \(bind: t(draft.signature)), \(bind: String?.none),
                  \(bind: String?.none), \(bind: principal.actorName), \(bind: now), \(bind: now), 1, \(bind: isDemo))
                """)
            for unit in draft.recipientIds {
                try await sql.execute(
                    """
                    INSERT INTO notice_recipients (notice_id, unit_id, signed_at, signed_by)
                    VALUES (\(bind: id), \(bind: unit), \(bind: String?.none), \(bind: String?.none))
                    """)
            }
            try await Audit.record(
                entity: "notice", id: id, action: "create", actor: principal.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "kind": draft.parsedKind!.rawValue, "source": source.text, "title": t(draft.title), "body": t(draft.body),
                        "issuer": t(draft.issuer), "signature": t(draft.signature),
                        "recipientIds": draft.recipientIds.map(String.init).joined(separator: ",")
                    ]),
                scopePath: f.jurisdictionPath, at: now, on: sql)
            return try await NoticeQueries.require(id, on: sql)
        }
    }

    // MARK: Editing and deleting a draft

    /// Edits a draft's text and recipients (kind and source stay: another kind is another draft). An issued notice is
    /// an official document and is never edited (409, as a stale version is). Validated as when created.
    package func updateDraft(
        _ id: Int, title: String, body: String, issuer: String, signature: String, recipientIds: [Int], baseVersion: Int,
        by principal: Principal, at: String? = nil
    ) async throws -> NoticeRecord {
        try await database.transaction { sql in
            let n = try await NoticeQueries.require(id, on: sql)
            try Access.require(Access.managesNotice(jurisdictionPath: n.jurisdictionPath, principal), "issue_notice")
            if baseVersion != n.version || n.isIssued { throw Self.stale(n) }
            let draft = NoticeDraft(
                kind: n.kind, source: NoticeSource.SourceType(rawValue: n.sourceType).map { NoticeSource(type: $0, id: n.sourceId).text } ?? "",
                title: title, body: body, issuer: issuer, signature: signature, recipientIds: recipientIds)
            var issues = draft.validate().filter { $0.field != "kind" && $0.field != "source" }
            if !recipientIds.isEmpty, !issues.contains(where: { $0.field == "recipientIds" }) {
                let units = try await UnitQueries.byIDs(Array(Set(recipientIds)), on: sql)
                var visible = 0
                for unit in units where principal.sees(jurisdictionPath: try await JurisdictionQueries.require(unit.jurisdictionId, on: sql).path) {
                    visible += 1
                }
                if visible != Set(recipientIds).count { issues.append(ValidationIssue(field: "recipientIds", code: .notFound)) }
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let t = NoticeDraft.trim
            let before = try await NoticeQueries.recipients(of: id, on: sql).map(\.unitId)
            let updated = try await sql.updateReturningCount(
                """
                UPDATE notices SET title = \(bind: t(title)), body = \(bind: t(body)), issuer = \(bind: t(issuer)),
                  signature = \(bind: t(signature)), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: n.version) AND state = 'draft'
                """)
            guard updated == 1 else { throw Self.stale(n) }
            if before != recipientIds {
                try await sql.execute("DELETE FROM notice_recipients WHERE notice_id = \(bind: id)")
                for unit in recipientIds {
                    try await sql.execute(
                        """
                        INSERT INTO notice_recipients (notice_id, unit_id, signed_at, signed_by)
                        VALUES (\(bind: id), \(bind: unit), \(bind: String?.none), \(bind: String?.none))
                        """)
                }
            }
            try await Audit.record(
                entity: "notice", id: id, action: "update", actor: principal.actorName, version: n.version + 1,
                changes: Audit.diff(
                    [
                        "title": n.title, "body": n.body, "issuer": n.issuer, "signature": n.signature,
                        "recipientIds": before.map(String.init).joined(separator: ",")
                    ],
                    [
                        "title": t(title), "body": t(body), "issuer": t(issuer), "signature": t(signature),
                        "recipientIds": recipientIds.map(String.init).joined(separator: ",")
                    ]),
                scopePath: n.jurisdictionPath, at: now, on: sql)
            return try await NoticeQueries.require(id, on: sql)
        }
    }

    /// Deletes a draft (nothing was numbered or sent); an issued notice stays for good (409).
    package func deleteDraft(_ id: Int, baseVersion: Int, by principal: Principal, at: String? = nil) async throws {
        try await database.transaction { sql in
            let n = try await NoticeQueries.require(id, on: sql)
            try Access.require(Access.managesNotice(jurisdictionPath: n.jurisdictionPath, principal), "issue_notice")
            if baseVersion != n.version || n.isIssued { throw Self.stale(n) }
            try await sql.execute("DELETE FROM notice_recipients WHERE notice_id = \(bind: id)")
            let deleted = try await sql.updateReturningCount(
                "DELETE FROM notices WHERE id = \(bind: id) AND version = \(bind: n.version) AND state = 'draft'")
            guard deleted == 1 else { throw Self.stale(n) }
            try await Audit.record(
                entity: "notice", id: id, action: "delete", actor: principal.actorName, version: n.version,
                changes: Audit.diff(["kind": n.kind, "title": n.title, "body": n.body], [:]),
                scopePath: n.jurisdictionPath, at: at ?? clock.timestamp, on: sql)
        }
    }

    // MARK: 签发

    /// Issues a draft: takes the next number of its kind's sequence for the issue date's year, in the transaction that
    /// stores it. The counter row is created if missing (ON CONFLICT DO NOTHING) and advanced with UPDATE … RETURNING,
    /// which queues concurrent issuers on the row's lock (PostgreSQL) or the single write connection (SQLite); a
    /// rollback undoes the increment with the notice, so a number is never skipped or reused. A commendation may record
    /// a commendation (通报表扬) for each recipient unit in the same step.
    package func issue(
        _ id: Int, baseVersion: Int, recordCommendations: Bool = false, by principal: Principal, at: String? = nil
    ) async throws -> NoticeRecord {
        try await database.transaction { sql in
            let n = try await NoticeQueries.require(id, on: sql)
            try Access.require(Access.managesNotice(jurisdictionPath: n.jurisdictionPath, principal), "issue_notice")
            if baseVersion != n.version || n.isIssued { throw Self.stale(n) }
            guard let sequence = try await NoticeQueries.sequence(for: n.noticeKind, path: n.jurisdictionPath, on: sql),
                let pattern = sequence.pattern
            else {
                throw AppError.unprocessable(
                    code: "no_notice_sequence", message: "no numbering sequence is configured for \(n.kind) notices here (/settings/notice-sequences)"
                )
            }
            let now = at ?? clock.timestamp
            let issuedOn = clock.localDate(ofTimestamp: now) ?? clock.today
            let year = issuedOn.year
            try await sql.execute(
                """
                INSERT INTO notice_counters (sequence_id, year, last_number) VALUES (\(bind: sequence.id), \(bind: year), 0)
                ON CONFLICT DO NOTHING
                """)
            guard
                let number = try await sql.scalar(
                    Int.self, column: "last_number",
                    """
                    UPDATE notice_counters SET last_number = last_number + 1
                    WHERE sequence_id = \(bind: sequence.id) AND year = \(bind: year) RETURNING last_number
                    """),
                let documentNumber = DocumentNumber(pattern: pattern, year: year, number: number)
            else { throw AppError.internalError("the notice counter returned no number") }
            let updated = try await sql.updateReturningCount(
                """
                UPDATE notices SET state = 'issued', sequence_id = \(bind: sequence.id), year = \(bind: year), number = \(bind: number),
                  document_number = \(bind: documentNumber.text), issued_on = \(bind: issuedOn.iso), issued_by = \(bind: principal.actorName),
                  version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: n.version) AND state = 'draft'
                """)
            guard updated == 1 else { throw Self.stale(n) }
            try await Audit.record(
                entity: "notice", id: id, action: "issue", actor: principal.actorName, version: n.version + 1,
                changes: [
                    .init(field: "state", before: n.state, after: NoticeRecord.issued),
                    .init(field: "documentNumber", before: nil, after: documentNumber.text)
                ],
                scopePath: n.jurisdictionPath, at: now, on: sql)
            if recordCommendations, n.noticeKind == .commendation {
                for recipient in try await NoticeQueries.recipients(of: id, on: sql) {
                    try await UnitRecordService.insert(
                        unitId: recipient.unitId, kind: .commendation, person: "",
                        grounds: documentNumber.text + " " + n.title, source: UnitRecordSource(type: .notice, id: id), recordedOn: issuedOn,
                        by: principal, isDemo: n.isDemo, at: now, on: sql)
                }
            }
            return try await NoticeQueries.require(id, on: sql)
        }
    }

    // MARK: 签收回执

    /// A recipient unit's liaison or head signs for an issued notice; signing twice is refused (409).
    package func sign(_ id: Int, by principal: Principal, at: String? = nil) async throws -> NoticeRecord {
        try await database.transaction { sql in
            let n = try await NoticeQueries.require(id, on: sql)
            let recipients = try await NoticeQueries.recipients(of: id, on: sql)
            try Access.requireVisible(
                Access.seesNotice(jurisdictionPath: n.jurisdictionPath, issued: n.isIssued, recipientUnitIds: recipients.map(\.unitId), principal),
                entity: "notice", id: id)
            guard let unit = Access.receiptUnit(recipientUnitIds: recipients.map(\.unitId), principal) else {
                throw AppError.forbidden(action: "sign_notice")
            }
            guard n.noticeKind.needsReceipt else {
                throw AppError.unprocessable(code: "notice_needs_no_receipt", message: "a commendation is read, not signed for")
            }
            let now = at ?? clock.timestamp
            // Counted through RETURNING, as `updateReturningCount` does (this table has no id column).
            let signed = try await sql.raw(
                """
                UPDATE notice_recipients SET signed_at = \(bind: now), signed_by = \(bind: principal.actorName)
                WHERE notice_id = \(bind: id) AND unit_id = \(bind: unit) AND signed_at IS NULL RETURNING notice_id
                """
            ).all().count
            guard signed == 1 else { throw Self.stale(n) }
            try await Audit.record(
                entity: "notice", id: id, action: "receipt", actor: principal.actorName, version: n.version,
                changes: [.init(field: "receipt", before: nil, after: String(unit))], scopePath: n.jurisdictionPath, at: now, on: sql)
            return n
        }
    }

    static func stale(_ n: NoticeRecord) -> AppError {
        AppError.conflict(entity: "notice", id: n.id, currentVersion: n.version, changes: [])
    }
}

extension AppServices {
    package var notices: NoticeService { NoticeService(database: database, clock: clock) }
}
