import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import SQLKit
import Testing

@testable import App

/// Batch work on the assignment chain: choosing which of an item's units receive 交办, 交办 of a whole plan or field,
/// and 签收 of several assignments together (all or nothing).
struct BatchAssignmentTests {
    static func batch(_ services: AppServices) -> BatchAssignmentService {
        BatchAssignmentService(database: services.database, clock: services.clock)
    }

    /// The reporting fixture and two more leaves under its task: one led by 发改局 with the office taking part, one
    /// led by the office alone.
    static func plan(_ services: AppServices) async throws -> (ReportingFixture, [ItemRecord]) {
        let r = try await ReportingFixture.make(services)
        let l = r.ledger
        let a = try await r.f.item("推行“一网通办”", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, participants: [l.reformOffice.id])
        let b = try await r.f.item("建立改革督察机制", plan: l.plan.id, parent: l.field.id, lead: l.reformOffice.id)
        return (r, [r.measure, a, b])
    }

    // MARK: Choosing the units of one item

    @Test func theOfficeChoosesWhichUnitsReceiveTheTask() async throws {
        try await TestDatabase.withServices { services in
            // given: a measure led by 发改局 with the office taking part
            let r = try await ReportingFixture.make(services)
            // when: only the participating unit is chosen
            let created = try await services.assignments.assign(
                itemId: r.measure.id, note: "", includeParticipants: false, unitIds: [r.ledger.reformOffice.id], by: r.office)
            // then
            #expect(created.map(\.unitId) == [r.ledger.reformOffice.id])
            #expect(created.map(\.unitRole) == ["participant"])
            let all = try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql)
            #expect(all.map(\.unitId) == [r.ledger.reformOffice.id])
        }
    }

    @Test func aUnitThatIsNotTheItemsIsRefusedByID() async throws {
        try await TestDatabase.withServices { services in
            // given: a unit that neither leads nor takes part in the measure
            let r = try await ReportingFixture.make(services)
            let stranger = try await r.f.unit("龙华区司法局", in: r.ledger.district.id)
            // when
            var refused: (String, String)?
            do {
                _ = try await services.assignments.assign(
                    itemId: r.measure.id, note: "", includeParticipants: false,
                    unitIds: [r.ledger.developmentBureau.id, stranger.id], by: r.office)
            } catch AppError.unprocessable(let code, let message) {
                refused = (code, message)
            }
            // then: nothing written, and the answer names the unit
            #expect(refused?.0 == "unit_not_of_item")
            #expect(refused?.1.contains("unit \(stranger.id) ") == true)
            #expect(try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql).isEmpty)
        }
    }

    @Test func withoutAChoiceTheAPIKeepsItsBehaviour() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, _, _) = try await ReportAPITests.clients(services, client)
            // when: the body of an existing client (no unitIds), then a chosen unit that is not the item's
            let legacy = try await ReportAPITests.json(office, "/api/v1/items/\(r.measure.id)/assignments", #"{"includeParticipants":true}"#)
            let other = try await r.f.item("另一项", plan: r.ledger.plan.id, parent: r.ledger.task.id, lead: r.ledger.developmentBureau.id)
            let bad = try await ReportAPITests.json(
                office, "/api/v1/items/\(other.id)/assignments", #"{"unitIds":[\#(r.ledger.reformOffice.id)]}"#)
            // then
            #expect(legacy.status == .created)
            #expect(try legacy.decode(ReportAPITests.Page<ReportAPITests.IDVersion>.self).items.count == 2)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("unit \(r.ledger.reformOffice.id) "))
            #expect(try await ReportQueries.assignments(ofItem: other.id, on: r.f.sql).isEmpty)
        }
    }

    @Test func theItemPageOffersTheUnitsWithTheLeadTicked() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, _, _) = try await ReportPageTests.signedIn(services, client)
            // when: the page, then the form with the participating unit ticked alone
            let page = try await office.get("/items/\(r.measure.id)")
            let posted = try await office.postForm(
                "/items/\(r.measure.id)/assignments", [("note", ""), ("chooseUnits", "1"), ("unitIds", String(r.ledger.reformOffice.id))])
            // then
            #expect(page.text.contains(#"name="unitIds" value="\#(r.ledger.developmentBureau.id)" checked"#))
            #expect(page.text.contains(#"name="unitIds" value="\#(r.ledger.reformOffice.id)">"#))
            #expect(posted.status == .seeOther)
            let all = try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql)
            #expect(all.map(\.unitId) == [r.ledger.reformOffice.id])
        }
    }

    // MARK: A whole plan or field

    @Test func aWholePlanIsAssignedOnceAndAgainOnlyWhatIsNew() async throws {
        try await TestDatabase.withServices { services in
            // given: three leaves, one already assigned to its lead
            let (r, leaves) = try await Self.plan(services)
            _ = try await services.assignments.assign(itemId: leaves[0].id, note: "", includeParticipants: false, by: r.office)
            let batch = Self.batch(services)
            // when: leads only, then leads and participants
            let leads = try await batch.assign(planId: r.ledger.plan.id, under: nil, reach: .lead, note: "请按期报送", by: r.office)
            let all = try await batch.assign(planId: r.ledger.plan.id, under: nil, reach: .all, note: "", by: r.office)
            // then: the first leaf's lead was skipped, never doubled; the participants came with the second
            #expect(leads == .init(assigned: 2, skipped: 1, withoutLead: 0))
            #expect(all == .init(assigned: 2, skipped: 3, withoutLead: 0))
            for (leaf, units) in zip(leaves, [2, 2, 1]) {
                #expect(try await ReportQueries.assignments(ofItem: leaf.id, on: r.f.sql).count == units)
            }
            // Non-leaves are never assigned.
            #expect(try await ReportQueries.assignments(ofItem: r.ledger.task.id, on: r.f.sql).isEmpty)
            // Each new row is audited as a single 交办 would be, and the item owes its first report.
            let second = try await ReportQueries.assignments(ofItem: leaves[1].id, on: r.f.sql)
            for a in second {
                let history = try await ItemQueries.history(entity: "assignment", id: a.id, on: r.f.sql)
                #expect(history.map(\.action) == ["assign"])
                #expect(history.first?.changeMap["unitId"] == [nil, String(a.unitId)])
            }
            #expect(second.first?.note == "请按期报送")
            let itemHistory = try await ItemQueries.history(entity: "item", id: leaves[1].id, on: r.f.sql).filter { $0.action == "assign" }
            #expect(itemHistory.count == 2)
            let due = try await r.f.sql.scalar(
                String.self, column: "report_due", "SELECT report_due FROM plan_items WHERE id = \(bind: leaves[1].id)")
            #expect(due != nil)
        }
    }

    @Test func aFieldIsAssignedWithoutTheRestOfThePlan() async throws {
        try await TestDatabase.withServices { services in
            // given: the task (a field with two leaves) and a leaf elsewhere in the plan; one leaf has no lead unit
            let (r, leaves) = try await Self.plan(services)
            let orphan = try await r.f.item("待定", plan: r.ledger.plan.id, parent: r.ledger.task.id, lead: r.ledger.developmentBureau.id)
            try await r.f.sql.execute("UPDATE plan_items SET lead_unit_id = NULL WHERE id = \(bind: orphan.id)")
            // when
            let outcome = try await Self.batch(services).assign(
                planId: r.ledger.plan.id, under: r.ledger.task.id, reach: .lead, note: "", by: r.office)
            // then
            #expect(outcome == .init(assigned: 2, skipped: 0, withoutLead: 1))
            #expect(try await ReportQueries.assignments(ofItem: leaves[2].id, on: r.f.sql).isEmpty)
            #expect(try await ReportQueries.assignments(ofItem: orphan.id, on: r.f.sql).isEmpty)
        }
    }

    @Test func aFieldOfAnotherPlanAndAUnitUserAreRefused() async throws {
        try await TestDatabase.withServices { services in
            // given
            let (r, _) = try await Self.plan(services)
            let other = try await r.f.plan("另一方案", in: r.ledger.district.id)
            let batch = Self.batch(services)
            // when / then
            await #expect(throws: AppError.self) {
                try await batch.assign(planId: other.id, under: r.ledger.task.id, reach: .lead, note: "", by: r.office)
            }
            await #expect(throws: AppError.self) {
                try await batch.assign(planId: r.ledger.plan.id, under: nil, reach: .lead, note: "", by: r.liaison)
            }
            #expect(try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql).isEmpty)
        }
    }

    @Test func aThousandLeavesAreAssignedInOneGo() async throws {
        try await TestDatabase.withServices { services in
            // given: the measure copied 999 times (rows written directly: the service is not what is tested here), each
            // copy with the office taking part
            let r = try await ReportingFixture.make(services)
            let columns = ItemQueries.columnNames.filter { $0 != "id" }.joined(separator: ", ")
            try await r.f.sql.execute(
                """
                INSERT INTO plan_items (\(unsafeRaw: columns))
                SELECT \(unsafeRaw: columns) FROM plan_items,
                  (WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 999) SELECT k FROM n) copies
                WHERE id = \(bind: r.measure.id)
                """)
            try await r.f.sql.execute(
                """
                INSERT INTO plan_item_participants (item_id, unit_id, position)
                SELECT id, \(bind: r.ledger.reformOffice.id), 0 FROM plan_items WHERE plan_id = \(bind: r.ledger.plan.id) AND id > \(bind: r.measure.id)
                """)
            // when
            let outcome = try await Self.batch(services).assign(planId: r.ledger.plan.id, under: nil, reach: .all, note: "", by: r.office)
            // then: 1,000 leads and 1,000 participants, each audited twice (the assignment and its item)
            #expect(outcome == .init(assigned: 2000, skipped: 0, withoutLead: 0))
            let audited = try await r.f.sql.scalar(
                Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'assign' AND actor = \(bind: r.office.actorName)")
            #expect(audited == 4000)
            let rows = try await r.f.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM assignments")
            #expect(rows == 2000)
        }
    }

    @Test func theBulkPageListsWhatIsOpenAndReportsTheOutcome() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, _, _) = try await ReportPageTests.signedIn(services, client)
            let plan = r.ledger.plan.id
            // when
            let page = try await office.get("/plans/\(plan)/assign?under=\(r.ledger.field.id)")
            let posted = try await office.postForm("/plans/\(plan)/assign", [("reach", "all"), ("under", String(r.ledger.field.id)), ("note", "")])
            let after = try await office.get(posted.headers[.location] ?? "")
            // then
            #expect(page.status == .ok)
            #expect(page.text.contains(r.measure.title))
            #expect(posted.status == .seeOther)
            #expect(after.text.contains("已交办 2 个"))
            #expect(after.text.contains("这里的任务都已交办"))
        }
    }

    @Test func theAPIAnswersWithTheCounts() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, liaison, _) = try await ReportAPITests.clients(services, client)
            let uri = "/api/v1/plans/\(r.ledger.plan.id)/assignments"
            // when
            let first = try await ReportAPITests.json(office, uri, #"{"reach":"all"}"#)
            let again = try await ReportAPITests.json(office, uri, #"{"reach":"all"}"#)
            let refused = try await ReportAPITests.json(liaison, uri, #"{"reach":"all"}"#)
            let badReach = try await ReportAPITests.json(office, uri, #"{"reach":"everyone"}"#)
            // then
            #expect(try first.decode(BatchAssignmentService.Outcome.self) == .init(assigned: 2, skipped: 0, withoutLead: 0))
            #expect(try again.decode(BatchAssignmentService.Outcome.self) == .init(assigned: 0, skipped: 2, withoutLead: 0))
            #expect(refused.status == .forbidden)
            #expect(badReach.status == .unprocessableContent)
        }
    }

    // MARK: Signing several

    @Test func aUnitSignsSeveralTogether() async throws {
        try await TestDatabase.withServices { services in
            // given: two tasks assigned to 发改局
            let (r, leaves) = try await Self.plan(services)
            _ = try await Self.batch(services).assign(planId: r.ledger.plan.id, under: nil, reach: .lead, note: "", by: r.office)
            let mine =
                try await ReportQueries.assignments(ofItem: leaves[0].id, on: r.f.sql) + ReportQueries.assignments(ofItem: leaves[1].id, on: r.f.sql)
            // when
            let signed = try await Self.batch(services).sign(mine.map { ($0.id, $0.version) }, by: r.liaison)
            // then
            #expect(signed.map(\.id) == mine.map(\.id))
            #expect(signed.allSatisfy { $0.isSigned && $0.signedBy == r.liaison.actorName && $0.version == 2 })
            for a in mine {
                #expect(try await ItemQueries.history(entity: "assignment", id: a.id, on: r.f.sql).first?.action == "sign")
            }
        }
    }

    @Test func oneStaleOrForeignAssignmentSignsNone() async throws {
        try await TestDatabase.withServices { services in
            // given: two of 发改局's and one of the office's
            let (r, leaves) = try await Self.plan(services)
            _ = try await Self.batch(services).assign(planId: r.ledger.plan.id, under: nil, reach: .lead, note: "", by: r.office)
            let first = try await ReportQueries.assignments(ofItem: leaves[0].id, on: r.f.sql)[0]
            let second = try await ReportQueries.assignments(ofItem: leaves[1].id, on: r.f.sql)[0]
            let foreign = try await ReportQueries.assignments(ofItem: leaves[2].id, on: r.f.sql)[0]
            let batch = Self.batch(services)
            // when: the second at a stale version; then the office's among 发改局's
            var conflictID: Int?
            do {
                _ = try await batch.sign([(first.id, first.version), (second.id, second.version + 5)], by: r.liaison)
            } catch AppError.conflict(_, let id, _, _) {
                conflictID = id
            }
            var forbidden = false
            do {
                _ = try await batch.sign([(first.id, first.version), (foreign.id, foreign.version)], by: r.liaison)
            } catch AppError.forbidden {
                forbidden = true
            }
            // then: nothing was signed
            #expect(conflictID == second.id)
            #expect(forbidden)
            #expect(try await ReportQueries.assignment(first.id, on: r.f.sql).isSigned == false)
        }
    }

    @Test func theAPINamesTheAssignmentItRefuses() async throws {
        try await TestApp.run { services, client in
            // given: one of 发改局's and one of the office's
            let (r, office, liaison, _) = try await ReportAPITests.clients(services, client)
            let extra = try await r.f.item("建立改革督察机制", plan: r.ledger.plan.id, parent: r.ledger.field.id, lead: r.ledger.reformOffice.id)
            _ = try await ReportAPITests.json(office, "/api/v1/plans/\(r.ledger.plan.id)/assignments", #"{"reach":"lead"}"#)
            let mine = try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql)[0]
            let foreign = try await ReportQueries.assignments(ofItem: extra.id, on: r.f.sql)[0]
            func body(_ list: [(Int, Int)]) -> String {
                #"{"assignments":["# + list.map { #"{"id":\#($0.0),"version":\#($0.1)}"# }.joined(separator: ",") + "]}"
            }
            // when
            let forbidden = try await ReportAPITests.json(liaison, "/api/v1/assignments/sign", body([(mine.id, 1), (foreign.id, 1)]))
            let missing = try await ReportAPITests.json(liaison, "/api/v1/assignments/sign", body([(mine.id, 1), (999_999, 1)]))
            let stale = try await ReportAPITests.json(liaison, "/api/v1/assignments/sign", body([(mine.id, 7)]))
            let twice = try await ReportAPITests.json(liaison, "/api/v1/assignments/sign", body([(mine.id, 1), (mine.id, 1)]))
            let done = try await ReportAPITests.json(liaison, "/api/v1/assignments/sign", body([(mine.id, 1)]))
            // then
            #expect(forbidden.status == .forbidden && forbidden.text.contains("assignment \(foreign.id)"))
            #expect(missing.status == .notFound && missing.text.contains("999999"))
            #expect(stale.status == .conflict && stale.text.contains("assignment \(mine.id)"))
            #expect(twice.status == .unprocessableContent)
            #expect(done.status == .ok)
            #expect(try await ReportQueries.assignment(mine.id, on: r.f.sql).isSigned)
            #expect(try await ReportQueries.assignment(foreign.id, on: r.f.sql).isSigned == false)
        }
    }

    @Test func theInboxSignsTheTickedRows() async throws {
        try await TestApp.run { services, client in
            // given: two tasks waiting for 发改局's signature
            let (r, _, liaison, _) = try await ReportPageTests.signedIn(services, client)
            let extra = try await r.f.item("推行“一网通办”", plan: r.ledger.plan.id, parent: r.ledger.task.id, lead: r.ledger.developmentBureau.id)
            _ = try await Self.batch(services).assign(planId: r.ledger.plan.id, under: nil, reach: .lead, note: "", by: r.office)
            let a = try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql)[0]
            let b = try await ReportQueries.assignments(ofItem: extra.id, on: r.f.sql)[0]
            // when
            let inbox = try await liaison.get("/inbox?tab=sign")
            let posted = try await liaison.postForm("/assignments/sign", [("sign", "\(a.id).\(a.version)"), ("sign", "\(b.id).\(b.version)")])
            let after = try await liaison.get(posted.headers[.location] ?? "")
            // then
            #expect(inbox.text.contains(#"name="sign" value="\#(a.id).\#(a.version)""#))
            #expect(inbox.text.contains("签收所选"))
            #expect(posted.status == .seeOther)
            #expect(after.text.contains("已签收 2 项任务"))
            #expect(try await ReportQueries.assignment(a.id, on: r.f.sql).isSigned)
            #expect(try await ReportQueries.assignment(b.id, on: r.f.sql).isSigned)
        }
    }
}
