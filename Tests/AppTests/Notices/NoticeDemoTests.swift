import HummingbirdTesting
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// The demo's notices: 龙华区's two sequences, a 催办单 on the overdue matter signed by one recipient and waiting in the
/// demo liaison's inbox, and a 通报表扬 from good practice with its commendation record.
struct NoticeDemoTests {
    @Test func theDemoIssuesAReminderAndACommendation() async throws {
        try await TestApp.run(demo: true) { services, client in
            // given
            let sql = services.database.sql
            let admin = Principal(userId: 0, username: "t", displayName: "t", role: .admin, jurisdictionId: 0, jurisdictionPath: "/")
            // when
            let notices = try await NoticeQueries.list(for: admin, on: sql)
            let reminder = try #require(notices.first { $0.kind == "reminder" })
            let commendation = try #require(notices.first { $0.kind == "commendation" })
            let recipients = try await NoticeQueries.recipients(of: reminder.id, on: sql)
            let liaisonUnit = try #require(try await UserQueries.byUsername("liaison", on: sql)?.unitId)
            let liaison = try await client.as(.liaison, unit: liaisonUnit)
            let inbox = try await liaison.get("/inbox")
            let print = try await client.get("/notices/\(reminder.id)/print")
            // then
            let year = services.clock.today.year
            #expect(reminder.documentNumber == "龙华改办督〔\(year)〕1号" || reminder.documentNumber == "龙华改办督〔\(year - 1)〕1号")
            #expect(commendation.documentNumber?.hasPrefix("龙华改办通报〔") == true && commendation.documentNumber?.hasSuffix("第1期") == true)
            #expect(recipients.count >= 2 && recipients.filter(\.isSigned).count == 1)
            #expect(recipients.contains { $0.unitId == liaisonUnit && !$0.isSigned })
            #expect(inbox.text.contains("/notices/\(reminder.id)"))
            #expect(print.text.contains("redhead") && print.text.contains(reminder.documentNumber!))
            let records = try await sql.all(
                UnitRecordEntry.self,
                "SELECT \(UnitRecordQueries.columns) FROM unit_records r JOIN units u ON u.id = r.unit_id WHERE r.source_type = 'notice'")
            #expect(records.count == 1 && records[0].kind == "commendation" && records[0].sourceId == commendation.id && records[0].isDemo)
        }
    }
}
