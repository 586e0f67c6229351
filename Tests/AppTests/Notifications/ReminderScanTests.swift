import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

@Suite struct ReminderScanTests {
    @Test func firstScanRemindsTheHandlerTheLiaisonAndTheLeaderOfWhatIsYellowOrRed() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await ReminderFixture.make(services)
            // when
            let summary = try await services.reminders.run(today: ReminderFixture.today)
            // then: the task due soon and the matter due tomorrow warn, the task 3 days late is overdue; the done task, the
            // task due in 10 days and the rectification due in December say nothing
            #expect(summary.fired == 3)
            #expect(summary.since == nil)
            let expected = [
                w.expect(w.handler.user.id, "warn", "item", w.soon.id), w.expect(w.leader.user.id, "warn", "item", w.soon.id),
                w.expect(w.liaisonId, "overdue", "item", w.late.id), w.expect(w.leader.user.id, "overdue", "item", w.late.id),
                w.expect(w.liaisonId, "warn", "matter", w.matter.id), w.expect(w.leader.user.id, "warn", "matter", w.matter.id)
            ].sorted()
            #expect(try await ReminderFixture.notifications(services.database.sql) == expected)
            #expect(summary.notified == expected.count)
            #expect(summary.outboxed == 0)
        }
    }

    @Test func aScanRunAgainWritesNothingTwice() async throws {
        try await TestDatabase.withServices { services in
            // given: a first scan, then the day scanned forgotten (as if the job had died before it was saved)
            _ = try await ReminderFixture.make(services)
            let sql = services.database.sql
            try await services.reminders.run(today: ReminderFixture.today)
            let first = try await ReminderFixture.notifications(sql)
            try await sql.execute("DELETE FROM app_settings WHERE key = \(bind: ReminderScan.scannedThroughKey)")
            // when
            let again = try await services.reminders.run(today: ReminderFixture.today)
            let sameDay = try await services.reminders.run(today: ReminderFixture.today)
            // then
            #expect(again.fired == 0)
            #expect(again.notified == 0)
            #expect(sameDay.fired == 0)
            #expect(try await ReminderFixture.notifications(sql) == first)
        }
    }

    @Test func theNextScanReadsOnlyWhatCrossedALineSinceTheLastOne() async throws {
        try await TestDatabase.withServices { services in
            // given: today scanned; then a task created already late (its lines crossed before the last scan)
            let w = try await ReminderFixture.make(services)
            let sql = services.database.sql
            try await services.reminders.run(today: ReminderFixture.today)
            let before = try await ReminderFixture.notifications(sql)
            let l = w.base.ledger
            let old = try await Fixtures(services: services).item(
                "早已逾期", plan: l.plan.id, parent: l.field.id, lead: l.developmentBureau.id, deadline: ReminderFixture.today.adding(days: -30))
            try await sql.execute(
                """
                INSERT INTO assignments (item_id, unit_id, unit_role, assigned_by, assigned_at, note, version)
                VALUES (\(bind: old.id), \(bind: l.developmentBureau.id), 'lead', '测试', '2026-11-01T00:00:00.000Z', '', 1)
                """)
            // when: eight days on, the task due in 10 days turns yellow and the task due in 2 days and the matter turn red
            let next = try await services.reminders.run(today: ReminderFixture.today.adding(days: 8))
            // then
            #expect(next.since == ReminderFixture.today.iso)
            #expect(next.fired == 3)
            let added = Set(try await ReminderFixture.notifications(sql)).subtracting(before)
            #expect(
                added
                    == [
                        w.expect(w.liaisonId, "warn", "item", w.later.id), w.expect(w.leader.user.id, "warn", "item", w.later.id),
                        w.expect(w.handler.user.id, "overdue", "item", w.soon.id),
                        w.expect(w.leader.user.id, "overdue", "item", w.soon.id), w.expect(w.liaisonId, "overdue", "matter", w.matter.id),
                        w.expect(w.leader.user.id, "overdue", "matter", w.matter.id)
                    ])
            #expect(!added.contains { $0.hasSuffix("item \(old.id)") })
        }
    }

    @Test func aRectificationWarnsItsLeadUnitAndAClosedOneDoesNot() async throws {
        try await TestDatabase.withServices { services in
            // given: the fixture's rectification (due 2026-12-20) and a second one, closed by hand
            let w = try await ReminderFixture.make(services)
            let sql = services.database.sql
            let closed = try await w.base.problem(services, deadline: "2026-12-20", description: "已整改的问题")
            try await sql.execute("UPDATE rectifications SET state = 'closed' WHERE id = \(bind: closed.id)")
            try await services.reminders.run(today: ReminderFixture.today)
            let warnFrom = try #require(
                try await sql.scalar(
                    String.self, column: "warn_from", "SELECT warn_from FROM rectifications WHERE id = \(bind: w.base.rectification.id)"))
            // when: the scan on its first yellow day
            try await services.reminders.run(today: try #require(LocalDate(iso: warnFrom)))
            // then
            let rows = try await ReminderFixture.notifications(sql).filter { $0.contains("rectification") }
            #expect(rows == [w.expect(w.liaisonId, "warn", "rectification", w.base.rectification.id)])
        }
    }

    @Test func theDailyJobScansQueuesTomorrowsRunAtEightChinaTimeAndTheDigest() async throws {
        try await TestDatabase.withServices { services in
            // given: a database never scanned
            let w = try await ReminderFixture.make(services)
            try await ReminderJobs.ensureQueued(services)
            // when
            await TestJobs.drain(services)
            // then: scanned, the next run waits for 2026-11-21 08:00 in Beijing, and the digest counted each user's unread
            let sql = services.database.sql
            #expect(try await ReminderScan.scannedThrough(on: sql) == ReminderFixture.today)
            struct Row: Decodable {
                var kind: String
                var state: String
                var runAt: String
            }
            let jobs = try await sql.all(Row.self, "SELECT kind, state, run_at FROM jobs ORDER BY id")
            #expect(jobs.filter { $0.kind == ReminderJobs.remindersKind }.map(\.state) == ["succeeded", "queued"])
            #expect(jobs.last { $0.kind == ReminderJobs.remindersKind }?.runAt == "2026-11-21T00:00:00.000Z")
            #expect(jobs.filter { $0.kind == ReminderJobs.digestKind }.map(\.state) == ["succeeded"])
            let digest = try await NotificationQueries.list(user: w.leader.user.id, unreadOnly: true, before: nil, limit: 10, on: sql)
                .filter { $0.kind == "digest" }
            #expect(digest.map(\.text) == ["2 1"])
            // and starting again queues nothing more
            try await ReminderJobs.ensureQueued(services)
            #expect(try await sql.all(Row.self, "SELECT kind, state, run_at FROM jobs WHERE state = 'queued'").count == 1)
        }
    }

    @Test func nextRunIsTheNextEightOClockInChina() {
        let zone = AppClock.defaultTimeZone
        // 2026-11-20 07:59 Beijing → the same day at 08:00; 08:00 exactly → the next day
        let before = Date(timeIntervalSince1970: 1_795_132_740)  // 2026-11-19T23:59:00Z
        #expect(Timestamp.of(ReminderJobs.nextRun(after: before, in: zone)) == "2026-11-20T00:00:00.000Z")
        let at = Date(timeIntervalSince1970: 1_795_132_800)  // 2026-11-20T00:00:00Z
        #expect(Timestamp.of(ReminderJobs.nextRun(after: at, in: zone)) == "2026-11-21T00:00:00.000Z")
    }
}
