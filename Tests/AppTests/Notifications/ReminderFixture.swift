import Foundation
import ReformCore
import SQLKit

@testable import App

/// 龙华区's ledger (InspectionFixture: a rectification due 2026-12-20 led by 发改局, 发改局's liaison) with, around
/// TestClock.today (2026-11-20): a task due in 2 days (yellow since yesterday) assigned to 发改局 with a named handler; a task
/// 3 days overdue assigned to 发改局 with no handler; a task due in 10 days; a done task that was due 3 days ago; and a
/// matter due tomorrow led by 发改局. Every one names 王副区长 as responsible leader, an office account of 龙华区.
struct ReminderFixture {
    var base: InspectionFixture
    var handler: TestAccounts.Made
    var leader: TestAccounts.Made
    var soon: ItemRecord, late: ItemRecord, later: ItemRecord, done: ItemRecord
    var matter: MatterRecord

    var liaisonId: Int { base.accounts["liaison"]!.user.id }
    static let today = TestClock.today

    static func make(_ services: AppServices) async throws -> ReminderFixture {
        let base = try await InspectionFixture.make(services)
        let l = base.ledger
        let f = Fixtures(services: services)
        let sql = services.database.sql
        let accounts = TestAccounts(services: services)
        let handler = try await accounts.user(.liaison, unit: l.developmentBureau.id, username: "handler-zhang")
        let leader = try await accounts.user(.office, jurisdiction: l.district.id, username: "leader-wang")
        try await sql.execute("UPDATE users SET display_name = '王副区长' WHERE id = \(bind: leader.user.id)")
        // The handler is the bureau's, but the unit's liaison is the fixture's: only the named handler is reminded of `soon`.
        try await sql.execute("UPDATE users SET role = 'unit_head' WHERE id = \(bind: handler.user.id)")
        let soon = try await f.item("临期任务", plan: l.plan.id, parent: l.field.id, lead: l.developmentBureau.id, deadline: today.adding(days: 2))
        let late = try await f.item("逾期任务", plan: l.plan.id, parent: l.field.id, lead: l.developmentBureau.id, deadline: today.adding(days: -3))
        let later = try await f.item("远期任务", plan: l.plan.id, parent: l.field.id, lead: l.developmentBureau.id, deadline: today.adding(days: 10))
        let done = try await f.item(
            "已完成任务", plan: l.plan.id, parent: l.field.id, lead: l.developmentBureau.id, deadline: today.adding(days: -3), status: .done, percent: 100)
        for (item, handlerId) in [(soon.id, handler.user.id as Int?), (late.id, nil), (later.id, nil), (done.id, nil)] {
            try await sql.execute(
                """
                INSERT INTO assignments (item_id, unit_id, unit_role, assigned_by, assigned_at, note, handler_user_id, version)
                VALUES (\(bind: item), \(bind: l.developmentBureau.id), 'lead', '测试', '2026-11-01T00:00:00.000Z', '', \(bind: handlerId), 1)
                """)
        }
        let matter = try await services.matters.create(
            MatterDraft(
                subject: "企业开办督办", level: "key", source: "meeting_decision", instructionText: "", instructedBy: "", instructedOn: "",
                meetingReference: "区委深改委第五次会议", findingId: nil, leadUnitId: l.developmentBureau.id, coUnitIds: [], responsibleLeader: "王副区长",
                deadline: today.adding(days: 1).iso, requiredResult: "按期完成", itemIds: []),
            by: base.office)
        return ReminderFixture(base: base, handler: handler, leader: leader, soon: soon, late: late, later: later, done: done, matter: matter)
    }

    /// (user, kind, subject type, subject id) of every notification, sorted.
    static func notifications(_ sql: any SQLDatabase) async throws -> [String] {
        struct Row: Decodable {
            var userId: Int
            var kind: String
            var subjectType: String?
            var subjectId: Int?
        }
        return try await sql.all(Row.self, "SELECT user_id, kind, subject_type, subject_id FROM notifications ORDER BY id")
            .map { "\($0.userId) \($0.kind) \($0.subjectType ?? "-") \($0.subjectId ?? 0)" }.sorted()
    }

    func expect(_ user: Int, _ kind: String, _ type: String, _ id: Int) -> String { "\(user) reminder_\(kind) \(type) \(id)" }
}
