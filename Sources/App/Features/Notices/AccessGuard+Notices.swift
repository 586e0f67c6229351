import ReformCore
import SQLKit

/// Notices through the guard: 404 outside the reader's view, 403 when the action is not theirs, both before a body is
/// read.
extension AccessGuard {
    func readNotice(_ id: Int) async throws -> (notice: NoticeRecord, recipients: [NoticeRecipientRecord]) {
        let n = try await NoticeQueries.require(id, on: sql)
        let recipients = try await NoticeQueries.recipients(of: id, on: sql)
        try Access.requireVisible(
            Access.seesNotice(jurisdictionPath: n.jurisdictionPath, issued: n.isIssued, recipientUnitIds: recipients.map(\.unitId), principal),
            entity: "notice", id: id)
        return (n, recipients)
    }

    /// Issuing a draft: the office's.
    func issueNotice(_ id: Int) async throws -> NoticeRecord {
        let (n, _) = try await readNotice(id)
        try Access.require(Access.managesNotice(jurisdictionPath: n.jurisdictionPath, principal), "issue_notice")
        return n
    }

    /// Signing for a notice: a liaison or head of a recipient unit.
    func signNotice(_ id: Int) async throws -> NoticeRecord {
        let (n, recipients) = try await readNotice(id)
        try Access.require(Access.receiptUnit(recipientUnitIds: recipients.map(\.unitId), principal) != nil, "sign_notice")
        return n
    }

    func requireNoticeIssuer() throws {
        try Access.require(Access.canIssueNotices(principal), "issue_notice")
    }

    /// A source a notice is made from, in the office's view: 404 otherwise.
    func readNoticeSource(_ source: NoticeSource) async throws -> NoticeSource.Facts {
        let facts = try await source.facts(on: sql)
        try Access.requireVisible(principal.sees(jurisdictionPath: facts.jurisdictionPath), entity: source.type.rawValue, id: source.id)
        return facts
    }
}
