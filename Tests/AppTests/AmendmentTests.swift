import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Deadline changes are dated amendments (old, new, reason, who), never overwrites.
struct AmendmentTests {
    static let deadline = LocalDate.iso("2024-06-30")

    private func itemWithDeadline(_ f: Fixtures) async throws -> (SmallLedger, ItemRecord) {
        let l = try await SmallLedger.make(f)
        let item = try await f.item(
            "制定营商环境改革实施方案", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
            deadline: Self.deadline)
        return (l, item)
    }

    @Test func aDeadlineChangeWithoutAReasonIsRefusedAndNothingIsWritten() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            let before = try await f.counts()
            // when
            let error = await #expect(throws: AppError.self) {
                try await f.update(item.id, reason: "  ") { $0.deadline = "2024-09-30" }
            }
            // then
            guard case .validation(let issues)? = error else {
                Issue.record("expected a validation error, got \(String(describing: error))")
                return
            }
            #expect(issues.map(\.field) == ["amendmentReason"])
            #expect(issues.first?.code == .required)
            #expect(try await f.counts() == before)
            let unchanged = try await f.reload(item.id)
            #expect(unchanged.currentDeadline == Self.deadline.iso)
            #expect(unchanged.version == item.version)
        }
    }

    @Test func aPostponementRecordsAnAmendmentAndKeepsTheOriginalDeadline() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            // when
            let saved = try await f.update(item.id, reason: "需等待市级配套政策出台") { $0.deadline = "2024-09-30" }
            // then
            #expect(saved.currentDeadline == "2024-09-30")
            #expect(saved.originalDeadline == Self.deadline.iso)
            #expect(saved.delayCount == 1)
            #expect(saved.version == item.version + 1)
            let amendments = try await ItemQueries.amendments(of: item.id, on: f.sql)
            #expect(amendments.count == 1)
            #expect(amendments.first?.oldDeadline == Self.deadline.iso)
            #expect(amendments.first?.newDeadline == "2024-09-30")
            #expect(amendments.first?.reason == "需等待市级配套政策出台")
            #expect(amendments.first?.changedBy == "测试")
        }
    }

    @Test func onlyPostponementsCountAsDelays() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            // when: brought forward, then pushed back twice
            let earlier = try await f.update(item.id, reason: "提前部署") { $0.deadline = "2024-05-31" }
            let later = try await f.update(item.id, reason: "延期一") { $0.deadline = "2024-08-31" }
            let latest = try await f.update(item.id, reason: "延期二") { $0.deadline = "2024-12-31" }
            // then
            #expect(earlier.delayCount == 0)
            #expect(later.delayCount == 1)
            #expect(latest.delayCount == 2)
            #expect(latest.originalDeadline == Self.deadline.iso)
            #expect(try await ItemQueries.amendments(of: item.id, on: f.sql).count == 3)
        }
    }

    @Test func aFirstDeadlineNeedsNoReasonAndIsNotAnAmendment() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let item = try await f.item("无时限事项", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id)
            // when
            let saved = try await f.update(item.id) { $0.deadline = "2024-10-31" }
            // then
            #expect(saved.originalDeadline == "2024-10-31")
            #expect(saved.currentDeadline == "2024-10-31")
            #expect(saved.warnFrom == "2024-10-28")
            #expect(saved.delayCount == 0)
            #expect(try await ItemQueries.amendments(of: item.id, on: f.sql).isEmpty)
        }
    }

    @Test func removingADeadlineIsRefused() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            // when
            let error = await #expect(throws: AppError.self) {
                try await f.update(item.id, reason: "取消时限") { $0.deadline = "" }
            }
            // then
            guard case .validation(let issues)? = error else {
                Issue.record("expected a validation error")
                return
            }
            #expect(issues.map(\.field) == ["deadline"])
            #expect(try await f.reload(item.id).currentDeadline == Self.deadline.iso)
        }
    }

    @Test func theAmendEndpointRecordsTheChangeWithItsApprover() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            // when
            let response = try await client.sendJSON(
                "/api/v1/items/\(item.id)/amendments", method: .post,
                #"{"newDeadline":"2024-12-31","reason":"涉及法规调整","approvedBy":"区委改革办主任","version":\#(item.version)}"#)
            // then
            #expect(response.status == .created)
            let dto = try response.decode(APIModels.Item.self)
            #expect(dto.deadline == "2024-12-31")
            #expect(dto.originalDeadline == Self.deadline.iso)
            #expect(dto.delayCount == 1)
            let list = try await client.get("/api/v1/items/\(item.id)/amendments")
            let amendments = try list.decode(APIModels.Page<APIModels.Amendment>.self).items
            #expect(amendments.count == 1)
            #expect(amendments.first?.oldDeadline == Self.deadline.iso)
            #expect(amendments.first?.reason == "涉及法规调整")
            #expect(amendments.first?.approvedBy == "区委改革办主任")
            #expect(amendments.first?.changedBy == "测试admin（test-admin）")
        }
    }

    @Test func theAmendEndpointRefusesAMissingReasonAndAnUnchangedDate() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            let before = try await f.counts()
            // when
            let noReason = try await client.sendJSON("/api/v1/items/\(item.id)/amendments", method: .post, #"{"newDeadline":"2024-12-31"}"#)
            let same = try await client.sendJSON(
                "/api/v1/items/\(item.id)/amendments", method: .post,
                #"{"newDeadline":"\#(Self.deadline.iso)","reason":"无变化"}"#)
            let badDate = try await client.sendJSON(
                "/api/v1/items/\(item.id)/amendments", method: .post,
                #"{"newDeadline":"2024-13-01","reason":"日期有误"}"#)
            // then
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.apiError?.fields?.map(\.field) == ["reason"])
            #expect(same.status == .unprocessableContent)
            #expect(same.apiError?.fields?.map(\.field) == ["newDeadline"])
            #expect(same.apiError?.fields?.first?.code == "unchanged")
            #expect(badDate.status == .unprocessableContent)
            #expect(badDate.apiError?.fields?.first?.code == "invalidDate")
            #expect(try await f.counts() == before)
        }
    }

    @Test func theAmendFormRedirectsAndTheItemPageListsTheAmendment() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            // when
            let response = try await client.postForm(
                "/items/\(item.id)/amend",
                [
                    ("version", String(item.version)), ("newDeadline", "2024-11-30"), ("reason", "配套文件尚在征求意见"),
                    ("approvedBy", "王主任")
                ])
            // then
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/items/\(item.id)")
            let page = try await client.get("/items/\(item.id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("配套文件尚在征求意见"))
            #expect(page.text.contains("2024年11月30日"))
            #expect(try await f.reload(item.id).delayCount == 1)
        }
    }

    @Test func theAmendFormWithoutAReasonShowsTheErrorAndWritesNothing() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            let before = try await f.counts()
            // when
            let response = try await client.postForm(
                "/items/\(item.id)/amend",
                [
                    ("version", String(item.version)), ("newDeadline", "2024-11-30"), ("reason", "")
                ])
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("调整理由：不能为空"))
            #expect(response.text.contains(#"value="2024-11-30""#))
            #expect(try await f.counts() == before)
        }
    }

    @Test func theEditFormAsksForAReasonBesideTheField() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (l, item) = try await itemWithDeadline(f)
            let before = try await f.counts()
            var fields = Self.formFields(item, lead: l.developmentBureau.id)
            fields.append(("deadline", "2024-09-30"))
            // when
            let refused = try await client.postForm("/items/\(item.id)", fields)
            // then
            #expect(refused.status == .unprocessableContent)
            #expect(try FormPage.error(for: "amendmentReason", in: refused.text) == "时限调整理由：不能为空")
            #expect(try await f.counts() == before)
            // when
            fields.append(("amendmentReason", "市里统一部署调整"))
            let accepted = try await client.postForm("/items/\(item.id)", fields)
            // then
            #expect(accepted.status == .seeOther)
            let saved = try await f.reload(item.id)
            #expect(saved.currentDeadline == "2024-09-30")
            #expect(saved.originalDeadline == Self.deadline.iso)
            #expect(try await ItemQueries.amendments(of: item.id, on: f.sql).first?.reason == "市里统一部署调整")
        }
    }

    @Test func thePatchEndpointAsksForAReasonByFieldName() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            // when
            let refused = try await client.sendJSON(
                "/api/v1/items/\(item.id)", method: .patch,
                #"{"deadline":"2024-09-30","version":\#(item.version)}"#)
            let accepted = try await client.sendJSON(
                "/api/v1/items/\(item.id)", method: .patch,
                #"{"deadline":"2024-09-30","amendmentReason":"延期","version":\#(item.version)}"#)
            // then
            #expect(refused.status == .unprocessableContent)
            #expect(refused.apiError?.fields?.map(\.field) == ["amendmentReason"])
            #expect(refused.apiError?.fields?.first?.message.contains("时限调整理由") == true)
            #expect(accepted.status == .ok)
            #expect(try accepted.decode(APIModels.Item.self).delayCount == 1)
        }
    }

    @Test func historyRecordsEveryChangeNewestFirst() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, item) = try await itemWithDeadline(f)
            try await f.update(item.id) { $0.ownPercent = "40" }
            _ = try await services.items.amend(item.id, newDeadline: "2024-10-31", input: .init(reason: "延期"), baseVersion: nil, actor: "李四")
            // when
            let response = try await client.get("/api/v1/items/\(item.id)/history")
            // then
            let history = try response.decode(APIModels.Page<APIModels.HistoryEntry>.self).items
            #expect(history.map(\.action) == ["amend", "update", "create"])
            #expect(history.map(\.version) == [3, 2, 1])
            #expect(history[0].actor == "李四")
            let deadline = history[0].changes.first { $0.field == "deadline" }
            #expect(deadline?.before == Self.deadline.iso)
            #expect(deadline?.after == "2024-10-31")
            let percent = history[1].changes.first { $0.field == "ownPercent" }
            #expect(percent?.before == "0")
            #expect(percent?.after == "40")
            let page = try await client.get("/items/\(item.id)")
            #expect(page.text.contains("李四"))
        }
    }

    /// The edit form's fields as the page would submit them, deadline left out.
    static func formFields(_ item: ItemRecord, lead: Int) -> [(String, String)] {
        [
            ("version", String(item.version)), ("number", item.number), ("title", item.title), ("leadUnitId", String(lead)),
            ("status", item.status), ("ownPercent", ItemService.Values.format(item.ownPercent)),
            ("weight", ItemService.Values.format(item.weight))
        ]
    }
}

/// Reads a rendered form back: the error printed beside one field.
enum FormPage {
    struct Missing: Error, CustomStringConvertible { var description: String }

    /// The text of `<small class="field-error">` inside the block of the field `name`, or nil when it has none.
    static func error(for name: String, in html: String) throws -> String? {
        guard let input = html.range(of: #"id="f-\#(name)""#) else { throw Missing(description: "no field \(name) on the page") }
        let start = html[..<input.lowerBound].range(of: #"<div class="field"#, options: .backwards)?.lowerBound ?? input.lowerBound
        let rest = html[start...]
        let end = rest.dropFirst(5).range(of: #"<div class="field"#)?.lowerBound ?? rest.endIndex
        let block = html[start..<end]
        guard let open = block.range(of: #"<small class="field-error" role="alert">"#),
            let close = block[open.upperBound...].range(of: "</small>")
        else { return nil }
        return String(block[open.upperBound..<close.lowerBound])
    }

    /// The messages listed in the alert above the form.
    static func alerts(_ html: String) -> [String] {
        guard let alert = html.range(of: #"<div class="alert error""#),
            let end = html[alert.upperBound...].range(of: "</div>")
        else { return [] }
        var items: [String] = []
        var rest = html[alert.upperBound..<end.lowerBound]
        while let open = rest.range(of: "<li>"), let close = rest[open.upperBound...].range(of: "</li>") {
            items.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return items
    }
}
