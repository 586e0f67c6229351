import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// An edit made on a stale version is refused with 409, says what changed since, and writes nothing.
struct ConflictTests {
    /// An item that someone else (李四) retitled after "you" read version 1.
    private func staleItem(_ f: Fixtures) async throws -> (SmallLedger, ItemRecord) {
        let l = try await SmallLedger.make(f)
        let item = try await f.item(
            "优化企业开办流程", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
            deadline: .iso("2024-06-30"))
        var other = f
        other.actor = "李四"
        try await other.update(item.id) {
            $0.title = "全面优化企业开办流程"
            $0.ownPercent = "30"
        }
        return (l, item)
    }

    @Test func aStaleUpdateIsRefusedWithTheChangedFieldsAndWritesNothing() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let (_, stale) = try await staleItem(f)
            let before = try await f.counts()
            var mine = try await f.draft(of: stale)
            mine.remarks = "我的备注"
            // when
            let error = await #expect(throws: AppError.self) {
                try await services.items.update(stale.id, mine, baseVersion: stale.version, amendment: .init(), actor: "张三")
            }
            // then
            guard case .conflict(let entity, let id, let currentVersion, let changes)? = error else {
                Issue.record("expected a conflict, got \(String(describing: error))")
                return
            }
            #expect(entity == "item")
            #expect(id == stale.id)
            #expect(currentVersion == 2)
            #expect(changes.map(\.field) == ["ownPercent", "title"])
            let title = changes.first { $0.field == "title" }
            #expect(title?.current == "全面优化企业开办流程")
            #expect(title?.yours == "优化企业开办流程")
            #expect(title?.changedBy == "李四")
            #expect(try await f.counts() == before)
            let current = try await f.reload(stale.id)
            #expect(current.remarks == "")
            #expect(current.version == 2)
        }
    }

    @Test func theAPIAnswers409WithTheChanges() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, stale) = try await staleItem(f)
            let before = try await f.counts()
            // when
            let response = try await client.sendJSON(
                "/api/v1/items/\(stale.id)", method: .patch,
                #"{"remarks":"我的备注","version":\#(stale.version)}"#)
            // then
            #expect(response.status == .conflict)
            let error = response.apiError
            #expect(error?.code == "conflict")
            #expect(error?.currentVersion == 2)
            #expect(error?.changes?.map(\.field) == ["ownPercent", "title"])
            #expect(error?.changes?.first { $0.field == "title" }?.current == "全面优化企业开办流程")
            #expect(try await f.counts() == before)
            #expect(try await f.reload(stale.id).remarks == "")
        }
    }

    @Test func theAPIAcceptsTheCurrentVersionFromIfMatch() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, stale) = try await staleItem(f)
            // when
            let old = try await client.sendJSON(
                "/api/v1/items/\(stale.id)", method: .patch, #"{"remarks":"旧版本"}"#,
                headers: [.ifMatch: "\"1\""])
            let current = try await client.sendJSON(
                "/api/v1/items/\(stale.id)", method: .patch, #"{"remarks":"新版本"}"#,
                headers: [.ifMatch: "\"2\""])
            let missing = try await client.sendJSON("/api/v1/items/\(stale.id)", method: .patch, #"{"remarks":"无版本"}"#)
            // then
            #expect(old.status == .conflict)
            #expect(current.status == .ok)
            #expect(try current.decode(APIModels.Item.self).version == 3)
            #expect(missing.status == .badRequest)
            #expect(missing.apiError?.parameter == "version")
            #expect(try await f.reload(stale.id).remarks == "新版本")
        }
    }

    @Test func theWebFormAnswersWithTheConflictPage() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (l, stale) = try await staleItem(f)
            let before = try await f.counts()
            var fields = AmendmentTests.formFields(stale, lead: l.developmentBureau.id)
            fields += [("deadline", "2024-06-30"), ("remarks", "我的备注")]
            // when
            let response = try await client.postForm("/items/\(stale.id)", fields)
            // then
            #expect(response.status == .conflict)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(response.text.contains("HTTP 409"))
            #expect(response.text.contains("全面优化企业开办流程"))
            #expect(response.text.contains("李四"))
            #expect(response.text.contains("/items/\(stale.id)/edit"))
            #expect(try await f.counts() == before)
        }
    }

    @Test func staleDeletesAndAmendmentsAreRefusedToo() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let (_, stale) = try await staleItem(f)
            let before = try await f.counts()
            // when
            let delete = try await client.executeRequest(uri: "/api/v1/items/\(stale.id)?version=1", method: .delete, headers: [:], body: nil)
            let amend = try await client.sendJSON(
                "/api/v1/items/\(stale.id)/amendments", method: .post,
                #"{"newDeadline":"2024-12-31","reason":"延期","version":1}"#)
            let webDelete = try await client.postForm("/items/\(stale.id)/delete", [("version", "1")])
            // then
            #expect(delete.status == .conflict)
            #expect(amend.status == .conflict)
            #expect(webDelete.status == .conflict)
            #expect(try await f.counts() == before)
        }
    }

    @Test func staleEditsOfPlansUnitsAndJurisdictionsAreRefused() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            _ = try await f.setRule(l.plan.id, .minimum)
            _ = try await services.units.update(
                l.reformOffice.id, UnitDraft(jurisdictionID: l.district.id, name: "龙华区委全面深化改革委员会办公室"),
                baseVersion: 1, actor: "李四")
            _ = try await services.jurisdictions.update(
                l.district.id,
                JurisdictionDraft(
                    name: "深圳市龙华区", level: "district",
                    divisionCode: "440309", parentID: l.city.id),
                baseVersion: 1, actor: "李四")
            let before = try await f.counts()
            // when
            let plan = try await client.sendJSON("/api/v1/plans/\(l.plan.id)", method: .patch, #"{"title":"新标题","version":1}"#)
            let unit = try await client.sendJSON("/api/v1/units/\(l.reformOffice.id)", method: .patch, #"{"name":"新名称","version":1}"#)
            let jurisdiction = try await client.sendJSON("/api/v1/jurisdictions/\(l.district.id)", method: .patch, #"{"name":"新区","version":1}"#)
            let planForm = try await client.postForm(
                "/plans/\(l.plan.id)",
                [
                    ("version", "1"), ("title", "新标题"),
                    ("jurisdictionId", String(l.district.id)), ("rollupRule", "mean")
                ])
            let unitForm = try await client.postForm(
                "/units/\(l.reformOffice.id)",
                [
                    ("version", "1"), ("name", "新名称"),
                    ("jurisdictionId", String(l.district.id))
                ])
            let jurisdictionForm = try await client.postForm(
                "/jurisdictions/\(l.district.id)",
                [
                    ("version", "1"), ("name", "新区"), ("level", "district"), ("divisionCode", "440309"), ("parentId", String(l.city.id))
                ])
            // then
            #expect(plan.status == .conflict)
            #expect(plan.apiError?.changes?.map(\.field) == ["rollupRule"])
            #expect(unit.status == .conflict)
            #expect(unit.apiError?.changes?.map(\.field) == ["name", "shortNames"])
            #expect(jurisdiction.status == .conflict)
            #expect(jurisdiction.apiError?.changes?.map(\.field) == ["name"])
            #expect(planForm.status == .conflict)
            #expect(unitForm.status == .conflict)
            #expect(jurisdictionForm.status == .conflict)
            #expect(try await f.counts() == before)
        }
    }

    @Test func theConflictPageNamesUnitsListsOnlyRealChangesAndShowsLocalTime() async throws {
        try await TestApp.run { services, client in
            // given: while "you" have version 1 open, 李四 hands the item to the office, saves its participants in
            // another order, and writes a remark that he takes back again
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let justice = try await f.unit("龙华区司法局", in: l.district.id)
            let item = try await f.item(
                "优化企业开办流程", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
                participants: [justice.id, l.reformOffice.id], deadline: .iso("2024-06-30"))
            var other = f
            other.actor = "李四"
            try await other.update(item.id) {
                $0.leadUnitID = l.reformOffice.id
                $0.participantUnitIDs = [justice.id]
            }
            try await other.update(item.id) { $0.participantUnitIDs = [justice.id, l.developmentBureau.id] }
            // a reorder: the same units, so neither the history nor the conflict lists it
            try await other.update(item.id) { $0.participantUnitIDs = [l.developmentBureau.id, justice.id] }
            try await other.update(item.id) { $0.remarks = "临时备注" }
            try await other.update(item.id) { $0.remarks = "" }
            // when
            let page = try await client.postForm(
                "/items/\(item.id)",
                [
                    ("version", "1"), ("title", "优化企业开办流程"), ("leadUnitId", String(l.developmentBureau.id)),
                    ("participantUnitIds", String(justice.id)), ("participantUnitIds", String(l.reformOffice.id)),
                    ("status", "in_progress"), ("ownPercent", "0"), ("weight", "1"), ("deadline", "2024-06-30")
                ])
            // then
            #expect(page.status == .conflict)
            let html = page.text
            #expect(html.contains("<tr><td>牵头单位</td><td>龙华区发展和改革局</td><td><strong>龙华区委改革办</strong></td><td>李四</td><td>2026年11月20日 10:00</td></tr>"))
            #expect(html.contains("<td>参与单位</td><td>龙华区司法局、龙华区委改革办</td><td><strong>龙华区司法局、龙华区发展和改革局</strong></td>"))
            #expect(!html.contains("<td>备注</td>"))
            #expect(!html.contains("2026-11-20T"))
        }
    }
}
