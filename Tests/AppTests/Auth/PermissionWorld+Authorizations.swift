import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Fresh register records for the matrix: a batch kept by 龙华区 and an item 龙华区 receives (the matrix's office, 深圳市's,
/// edits them from above), and days of the calendar after the shipped years.
extension PermissionWorld {
    var authorizationOffice: Principal {
        Principal(userId: 0, username: "a-setup", displayName: "龙华区委改革办", role: .office, jurisdictionId: longhua.id, jurisdictionPath: longhua.path)
    }

    /// A batch with the next free number (the shared counter passes 900 in a world that makes many fresh records).
    func freshAuthorizationBatch() async throws -> AuthorizationBatchRecord {
        let next =
            (try await sql.scalar(
                Int.self, column: "n", "SELECT MAX(ordinal) AS n FROM authorization_batches WHERE jurisdiction_id = \(bind: longhua.id)") ?? 0) + 1
        return try await services.authorizations.createBatch(
            .init(jurisdictionId: longhua.id, ordinal: String(next), title: "授权清单", issuer: "", docNumber: "", issuedOn: "2021-01-01"),
            by: authorizationOffice)
    }

    func freshAuthorization() async throws -> AuthorizationItemRecord {
        let batch = try await freshAuthorizationBatch()
        return try await services.authorizations.createItem(
            batchId: batch.id,
            .init(
                jurisdictionId: longhua.id, number: "1", area: "营商环境", content: "授权事项", grantingBody: "", legalBasis: "", needsLawChange: false,
                lawChange: "", approvalMode: "filing", remarks: "", planItemIds: []),
            by: authorizationOffice)
    }

    /// An item with one evidence file; the file's id.
    func freshAuthorizationEvidence() async throws -> Int {
        let item = try await freshAuthorization()
        let file = try services.evidence.check(filename: "a.pdf", data: Data("%PDF-1.4 \(unique())".utf8))
        try await services.authorizations.addEvidence(item.id, files: [file], by: authorizationOffice)
        return try #require(try await AuthorizationQueries.evidence(of: item.id, on: sql).first).id
    }

    /// A day of 2031 or later that the calendar has no entry for.
    func freshCalendarDay() -> String {
        LocalDate(iso: "2031-01-01")!.adding(days: unique()).iso
    }

    func freshCalendarEntry() async throws -> String {
        let day = freshCalendarDay()
        let admin = Principal(userId: 0, username: "c-setup", displayName: "管理员", role: .admin, jurisdictionId: province.id, jurisdictionPath: "/")
        _ = try await services.calendarDays.set(.init(day: day, kind: "holiday", festival: "", note: "测试", baseVersion: nil), by: admin)
        return day
    }
}
