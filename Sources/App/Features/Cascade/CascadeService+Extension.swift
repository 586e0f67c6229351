import ReformCore
import SQLKit

/// Requests up the tree for a later deadline (申请延期): the receiving office asks the sender's office for more time than
/// its copy's limit; the sender's office accepts (the receipt's limit becomes the requested date, for that receipt only)
/// or refuses, with a comment. One pending request per receipt; each step in one transaction, audited, 409 when stale.
extension CascadeService {
    /// The latest deadline the receipt's top item may take now: `CascadeDeadline.limit` over the receipt's deadline, its
    /// top origins' current deadlines and what was granted.
    static func limit(of r: CascadeReceiptRecord, originItems: [ItemRecord]) -> LocalDate? {
        let tops = originItems.filter { o in !originItems.contains { $0.id == o.parentId } }
        return CascadeDeadline.limit(
            receipt: r.deadline.flatMap(LocalDate.init(iso:)), origin: tops.compactMap { $0.currentDeadline.flatMap(LocalDate.init(iso:)) }.min(),
            granted: r.grantedDeadline.flatMap(LocalDate.init(iso:)))
    }

    /// Asks for `deadline` on receipt `id`: the receiving office (or an admin), on a receipt not withdrawn, at the
    /// receipt's `baseVersion`; the date must be after the limit in force and a reason given.
    package func requestExtension(
        _ id: Int, deadline: String, reason: String, baseVersion: Int, by p: Principal, at: String? = nil
    ) async throws -> CascadeExtensionRecord {
        try await database.transaction { sql in
            let r = try await CascadeQueries.requireReceipt(id, on: sql)
            try Access.requireVisible(Access.seesReceipt(targetPath: r.targetPath, p), entity: "cascade_receipt", id: id)
            try Access.require(Access.canReceive(targetJurisdictionId: r.targetJurisdictionId, p), "cascade_receive")
            guard r.cascadeState != .cancelled, baseVersion == r.version else { throw Self.stale(r) }
            let limit = Self.limit(of: r, originItems: try await CascadeQueries.originItems(ofReceipt: id, on: sql))
            var issues: [ValidationIssue] = []
            let raw = deadline.trimmed
            let requested = LocalDate(iso: raw)
            if raw.isEmpty {
                issues.append(ValidationIssue(field: "deadline", code: .required))
            } else if let requested {
                if let i = CascadeDeadline.requestIssue(requested: requested, limit: limit, field: "deadline") { issues.append(i) }
            } else {
                issues.append(ValidationIssue.date(raw, field: "deadline") ?? ValidationIssue(field: "deadline", code: .invalidDate))
            }
            if let i = Self.text(reason, "reason", max: Self.instructionMaxLength, required: true) { issues.append(i) }
            if issues.isEmpty, try await CascadeQueries.pendingExtension(receiptId: id, on: sql) != nil {
                issues.append(ValidationIssue(field: "deadline", code: .duplicate))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let eid = try await sql.insertReturningID(
                """
                INSERT INTO cascade_extensions (receipt_id, requested_deadline, limit_before, reason, state, requested_by, requested_at,
                  decided_by, comment, version, updated_at)
                VALUES (\(bind: id), \(bind: requested!.iso), \(bind: limit?.iso), \(bind: reason.trimmed), 'pending', \(bind: p.actorName),
                  \(bind: now), '', '', 1, \(bind: now))
                """)
            try await Audit.record(
                entity: "cascade_extension", id: eid, action: "create", actor: p.actorName, version: 1,
                changes: [
                    .init(field: "requestedDeadline", before: limit?.iso, after: requested!.iso),
                    .init(field: "reason", before: nil, after: reason.trimmed)
                ], scopePath: r.targetPath, at: now, on: sql)
            return try await CascadeQueries.requireExtension(eid, on: sql)
        }
    }

    /// Accepts or refuses a pending request: the sender's office (or one above it, or an admin), at the request's
    /// `baseVersion`; a refusal needs a comment. Accepting raises that receipt's limit to the requested date.
    package func decideExtension(
        _ id: Int, _ decision: CascadeExtensionDecision, comment: String, baseVersion: Int, by p: Principal, at: String? = nil
    ) async throws -> CascadeExtensionRecord {
        try await database.transaction { sql in
            let e = try await CascadeQueries.requireExtension(id, on: sql)
            try Access.requireVisible(Access.seesReceipt(targetPath: e.targetPath, p), entity: "cascade_extension", id: id)
            try Access.require(Access.canDecideExtension(senderPath: e.senderPath, p), "cascade_decide")
            guard let next = decision.next(from: e.extensionState), baseVersion == e.version else { throw Self.stale(e) }
            if let i = Self.text(comment, "comment", max: Self.instructionMaxLength, required: decision == .refuse) {
                throw AppError.validation([i])
            }
            let now = at ?? clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE cascade_extensions SET state = \(bind: next.rawValue), decided_by = \(bind: p.actorName), decided_at = \(bind: now),
                  comment = \(bind: comment.trimmed), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: e.version)
                """)
            guard n == 1 else { throw Self.stale(e) }
            var changes: [Audit.Change] = [
                .init(field: "state", before: e.state, after: next.rawValue), .init(field: "comment", before: nil, after: comment.trimmed)
            ]
            if next == .accepted {
                let r = try await CascadeQueries.requireReceipt(e.receiptId, on: sql)
                // A later date granted before stays: accepting never shortens what was given.
                let granted = [r.grantedDeadline, e.requestedDeadline].compactMap { $0 }.max()
                try await sql.execute(
                    """
                    UPDATE cascade_receipts SET granted_deadline = \(bind: granted), updated_at = \(bind: now) WHERE id = \(bind: e.receiptId)
                    """)
                changes.append(.init(field: "grantedDeadline", before: r.grantedDeadline, after: granted))
            }
            try await Audit.record(
                entity: "cascade_extension", id: id, action: decision == .accept ? "accept" : "refuse", actor: p.actorName, version: e.version + 1,
                changes: changes, scopePath: e.targetPath, at: now, on: sql)
            return try await CascadeQueries.requireExtension(id, on: sql)
        }
    }

    static func stale(_ e: CascadeExtensionRecord) -> AppError {
        AppError.conflict(entity: "cascade_extension", id: e.id, currentVersion: e.version, changes: [])
    }
}
