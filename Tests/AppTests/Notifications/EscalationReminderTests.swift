import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// An escalation waiting for the higher level's answer reminds whoever holds it (the unit asked, else that level's
/// reform office) three days before its answer date and once it is late, linking to the obstacle; an answered one is
/// left alone.
struct EscalationReminderTests {
    @Test func aWaitingEscalationRemindsItsHolderBeforeAndAfterItsAnswerDate() async throws {
        try await TestDatabase.withServices { services in
            // given: one obstacle escalated to 深圳市's office, another to 深圳市政数局, a third escalated and answered;
            // the accounts of 深圳市's office and 政数局, and one of 龙华区's office (not a holder)
            let w = try await ObstacleFixture.make(services)
            let sql = services.database.sql
            let accounts = TestAccounts(services: services)
            let szOffice = try await accounts.user(.office, jurisdiction: w.shenzhen.id, username: "sz-office")
            let szData = try await accounts.user(.liaison, unit: w.szData.id, username: "sz-data")
            let lhOffice = try await accounts.user(.office, jurisdiction: w.longhua.id, username: "lh-office")
            let respondBy = TestClock.today.adding(days: 10)
            let toOffice = try await w.escalatedToShenzhen()
            let raised = try await w.raise(.difficulty)
            let toUnit = try await services.obstacles.escalate(
                raised.id, request: "请市政数局开放接口", toUnitId: w.szData.id, respondBy: respondBy.iso, baseVersion: raised.version,
                by: w.longhuaOffice)
            let answered = try await w.escalatedToShenzhen()
            let answeredHop = try #require(
                try await sql.scalar(Int.self, column: "id", "SELECT id FROM escalations WHERE obstacle_id = \(bind: answered.id)"))
            _ = try await services.obstacles.answerEscalation(answeredHop, answer: "已协调解决", baseVersion: answered.version, by: w.shenzhenOffice)
            struct Hop: Decodable {
                var obstacleId: Int
                var respondBy: String
                var warnFrom: String?
            }
            let hops = try await sql.all(Hop.self, "SELECT obstacle_id, respond_by, warn_from FROM escalations ORDER BY id")
            // when: the first scan today, the scan on the unit's escalation's first warn day, one after its answer date, and one
            // after the office's
            try await services.reminders.run(today: TestClock.today)
            let firstScan = try await ReminderFixture.notifications(sql)
            try await services.reminders.run(today: respondBy.adding(days: -3))
            try await services.reminders.run(today: respondBy.adding(days: 1))
            // (the office's escalation has the default 15 days to answer)
            try await services.reminders.run(today: TestClock.today.adding(days: Escalation.defaultResponseDays + 1))
            let all = try await ReminderFixture.notifications(sql)
            // then
            #expect(hops.allSatisfy { LocalDate(iso: $0.respondBy).map { Escalation.warnFrom(respondBy: $0).iso } == $0.warnFrom })
            #expect(firstScan.isEmpty, "nothing is due yet")
            let unitEscalation = try #require(
                try await sql.scalar(Int.self, column: "id", "SELECT id FROM escalations WHERE obstacle_id = \(bind: toUnit.id)"))
            #expect(all.contains("\(szData.user.id) reminder_warn escalation \(unitEscalation)"))
            #expect(all.contains("\(szData.user.id) reminder_overdue escalation \(unitEscalation)"))
            let officeEscalation = try #require(
                try await sql.scalar(Int.self, column: "id", "SELECT id FROM escalations WHERE obstacle_id = \(bind: toOffice.id)"))
            #expect(all.contains { $0.hasPrefix("\(szOffice.user.id) reminder_") && $0.hasSuffix(" escalation \(officeEscalation)") })
            #expect(!all.contains { $0.hasPrefix("\(lhOffice.user.id) ") }, "the office that escalated it does not hold it")
            #expect(!all.contains { $0.hasSuffix(" escalation \(answeredHop)") })
            let link = try await sql.scalar(
                String.self, column: "link",
                "SELECT link FROM notifications WHERE subject_type = 'escalation' AND subject_id = \(bind: unitEscalation) LIMIT 1")
            #expect(link == "/obstacles/\(toUnit.id)")
        }
    }
}
