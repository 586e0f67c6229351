import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// Deadline amendments for several items at once: each item its own amendment record and audit entry, all or nothing,
/// a stale version or an item the deadline rule refuses named in the answer.
struct BatchAmendmentTests {
    static let deadline = LocalDate.iso("2026-12-31")

    /// Three tasks with the same deadline, one of them starting after 2027-03-01.
    static func items(_ services: AppServices) async throws -> (ReportingFixture, [ItemRecord]) {
        let r = try await ReportingFixture.make(services)
        let l = r.ledger
        let a = try await r.f.item("推行“一网通办”", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, deadline: Self.deadline)
        let b = try await r.f.item("建立改革督察机制", plan: l.plan.id, parent: l.field.id, lead: l.reformOffice.id, deadline: Self.deadline)
        let late = try await r.f.item(
            "开展第三方评估", plan: l.plan.id, parent: l.field.id, lead: l.reformOffice.id, deadline: Self.deadline,
            start: LocalDate.iso("2026-12-01"))
        return (r, [a, b, late])
    }

    static func service(_ services: AppServices) -> BatchAmendmentService {
        BatchAmendmentService(database: services.database, clock: services.clock)
    }

    @Test func eachItemGetsItsOwnAmendment() async throws {
        try await TestDatabase.withServices { services in
            // given
            let (r, items) = try await Self.items(services)
            // when
            let amended = try await Self.service(services).amend(
                items.prefix(2).map { ($0.id, $0.version) }, newDeadline: "2027-03-31", reason: "因市级配套政策调整顺延", approvedBy: "区委改革办",
                by: r.office)
            // then
            #expect(amended.map(\.currentDeadline) == ["2027-03-31", "2027-03-31"])
            #expect(amended.allSatisfy { $0.originalDeadline == Self.deadline.iso && $0.delayCount == 1 })
            for item in items.prefix(2) {
                let records = try await ItemQueries.amendments(of: item.id, on: r.f.sql)
                #expect(records.map(\.reason) == ["因市级配套政策调整顺延"])
                #expect(records.first?.approvedBy == "区委改革办" && records.first?.changedBy == r.office.actorName)
                #expect(try await ItemQueries.history(entity: "item", id: item.id, on: r.f.sql).first?.action == "amend")
            }
            #expect(try await r.f.reload(items[2].id).currentDeadline == Self.deadline.iso)
        }
    }

    @Test func aStaleVersionAmendsNoneAndNamesTheItem() async throws {
        try await TestDatabase.withServices { services in
            // given: the second item changed since it was read
            let (r, items) = try await Self.items(services)
            _ = try await services.items.amend(items[1].id, newDeadline: "2027-01-31", input: .init(reason: "先行调整"), baseVersion: nil, actor: "别人")
            // when
            var conflictID: Int?
            do {
                _ = try await Self.service(services).amend(
                    items.prefix(2).map { ($0.id, $0.version) }, newDeadline: "2027-03-31", reason: "顺延", approvedBy: "", by: r.office)
            } catch AppError.conflict(let entity, let id, _, _) {
                conflictID = entity == "item" ? id : nil
            }
            // then: the first was not amended either
            #expect(conflictID == items[1].id)
            #expect(try await ItemQueries.amendments(of: items[0].id, on: r.f.sql).isEmpty)
            #expect(try await r.f.reload(items[0].id).currentDeadline == Self.deadline.iso)
        }
    }

    @Test func theDeadlineRuleStillHoldsForEachItem() async throws {
        try await TestDatabase.withServices { services in
            // given: a date before the third item's start
            let (r, items) = try await Self.items(services)
            // when
            var refused: BatchAmendmentService.ItemRefused?
            do {
                _ = try await Self.service(services).amend(
                    items.map { ($0.id, $0.version) }, newDeadline: "2026-11-30", reason: "提前完成", approvedBy: "", by: r.office)
            } catch let error as BatchAmendmentService.ItemRefused {
                refused = error
            }
            // then
            #expect(refused?.itemId == items[2].id)
            #expect(refused?.issues.map(\.code) == [.dateOrder])
            for item in items { #expect(try await ItemQueries.amendments(of: item.id, on: r.f.sql).isEmpty) }
        }
    }

    @Test func aUnitUserMayNotAmend() async throws {
        try await TestDatabase.withServices { services in
            // given
            let (r, items) = try await Self.items(services)
            // when / then
            await #expect(throws: AppError.self) {
                try await Self.service(services).amend(
                    [(items[0].id, items[0].version)], newDeadline: "2027-03-31", reason: "顺延", approvedBy: "", by: r.liaison)
            }
            #expect(try await ItemQueries.amendments(of: items[0].id, on: r.f.sql).isEmpty)
        }
    }

    @Test func theAPINamesTheItemItRefuses() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, liaison, _) = try await ReportAPITests.clients(services, client)
            let l = r.ledger
            let a = try await r.f.item("推行“一网通办”", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, deadline: Self.deadline)
            let b = try await r.f.item(
                "开展第三方评估", plan: l.plan.id, parent: l.field.id, lead: l.reformOffice.id, deadline: Self.deadline,
                start: LocalDate.iso("2026-12-01"))
            func body(_ items: [ItemRecord], versions: [Int]? = nil, date: String) -> String {
                let list = zip(items, versions ?? items.map(\.version)).map { #"{"id":\#($0.0.id),"version":\#($0.1)}"# }
                return #"{"items":[\#(list.joined(separator: ","))],"newDeadline":"\#(date)","reason":"顺延"}"#
            }
            // when
            let ruled = try await ReportAPITests.json(office, "/api/v1/amendments", body([a, b], date: "2026-11-30"))
            let stale = try await ReportAPITests.json(
                office, "/api/v1/amendments", body([a, b], versions: [a.version, b.version + 3], date: "2027-03-31"))
            let forbidden = try await ReportAPITests.json(liaison, "/api/v1/amendments", body([a], date: "2027-03-31"))
            let missing = try await ReportAPITests.json(
                office, "/api/v1/amendments", #"{"items":[{"id":999999,"version":1}],"newDeadline":"2027-03-31","reason":"顺延"}"#)
            let done = try await ReportAPITests.json(office, "/api/v1/amendments", body([a, b], date: "2027-03-31"))
            // then
            #expect(ruled.status == .unprocessableContent && ruled.text.contains("item \(b.id)"))
            #expect(stale.status == .conflict && stale.text.contains("item \(b.id)"))
            #expect(forbidden.status == .forbidden)
            #expect(missing.status == .notFound && missing.text.contains("item 999999"))
            #expect(done.status == .ok)
            #expect(try await r.f.reload(a.id).currentDeadline == "2027-03-31")
            #expect(try await r.f.reload(b.id).currentDeadline == "2027-03-31")
        }
    }

    @Test func thePlanPageAmendsTheTickedRows() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, _, _) = try await ReportPageTests.signedIn(services, client)
            let l = r.ledger
            let a = try await r.f.item("推行“一网通办”", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, deadline: Self.deadline)
            // when: nothing ticked, then the row ticked
            let page = try await office.get("/plans/\(l.plan.id)/amend")
            let empty = try await office.postForm("/plans/\(l.plan.id)/amend", [("newDeadline", "2027-03-31"), ("reason", "顺延")])
            let posted = try await office.postForm(
                "/plans/\(l.plan.id)/amend", [("item", "\(a.id).\(a.version)"), ("newDeadline", "2027-03-31"), ("reason", "顺延")])
            let after = try await office.get(posted.headers[.location] ?? "")
            let current = try await r.f.reload(a.id)
            let same = try await office.postForm(
                "/plans/\(l.plan.id)/amend", [("item", "\(a.id).\(current.version)"), ("newDeadline", "2027-03-31"), ("reason", "再顺延")])
            // then
            #expect(same.status == .unprocessableContent && same.text.contains("任务“\(a.number)推行“一网通办””"))
            #expect(page.text.contains(#"name="item" value="\#(a.id).\#(a.version)""#))
            #expect(empty.status == .unprocessableContent && empty.text.contains("请至少勾选一项任务"))
            #expect(posted.status == .seeOther)
            #expect(after.text.contains("已调整 1 项任务的完成时限"))
            #expect(try await r.f.reload(a.id).currentDeadline == "2027-03-31")
        }
    }
}
