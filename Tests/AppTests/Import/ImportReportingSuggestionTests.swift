import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Issue 15, point 2: what the covering notice says about reporting ("每季度最后一个月30日前报送") is kept as a suggestion
/// for the plan's reporting schedule: offered ticked for a new plan, unticked for an existing one, shown on the import
/// page and in the API, and set on the plan by the commit only when ticked.
struct ImportReportingSuggestionTests {
    static let actor = "测试"

    static let text = """
        各区人民政府，市政府各部门：
        现将《广州市2021年改革要点》印发给你们，请认真贯彻执行。请各牵头单位于每季度最后一个月30日前报送工作进展情况。
        广州市人民政府办公厅
        2021年3月5日
        广州市2021年改革要点
        一、深化改革
        1．推进财政预算改革。（牵头单位：市财政局）
        """

    static func city(_ f: Fixtures) async throws -> JurisdictionRecord {
        let city = try await f.jurisdiction("广州市", level: .city, code: "440100")
        _ = try await f.unit("广州市财政局", in: city.id)
        return city
    }

    static func upload() -> ImportService.Upload {
        ImportService.Upload(kind: .text, filename: "要点.txt", data: Data(text.utf8))
    }

    static let quarterEnds = ReportingSchedule.quarterly([3, 6, 9, 12].map { .init(month: $0, day: 30) })

    @Test func aNewPlanTakesTheNoticesScheduleUnlessTheOfficeUnticksIt() async throws {
        try await TestDatabase.withServices { services in
            // given
            let city = try await Self.city(Fixtures(services: services))
            let sql = services.database.sql
            // when
            let ticked = try await services.imports.createDraft(
                Self.upload(), target: ImportTarget(mode: .newPlan, jurisdictionId: city.id), actor: Self.actor)
            let unticked = try await services.imports.createDraft(
                Self.upload(), target: ImportTarget(mode: .newPlan, jurisdictionId: city.id), actor: Self.actor)
            var target = unticked.payload.target
            target.applyReporting = false
            _ = try await services.imports.correct(
                unticked.record.id, ImportCorrections(target: target), baseVersion: unticked.record.version, actor: Self.actor)
            let first = try await services.imports.commit(ticked.record.id, actor: Self.actor)
            let second = try await services.imports.commit(unticked.record.id, actor: Self.actor)
            // then
            #expect(ticked.payload.detected.reporting?.contains("每季度最后一个月30日前报送") == true)
            #expect(ticked.payload.detected.reportingSchedule == Self.quarterEnds.storageText)
            #expect(ticked.payload.target.applyReporting == true)
            let set = try await ReportQueries.planReporting(try #require(first.record.planId), on: sql)
            #expect(set.schedule == Self.quarterEnds.storageText && set.version == 1)
            let left = try await ReportQueries.planReporting(try #require(second.record.planId), on: sql)
            #expect(left.schedule == nil && left.version == 0, "unticked: the plan has no schedule")
        }
    }

    @Test func anExistingPlanKeepsItsScheduleUnlessTheOfficeTicksTheSuggestion() async throws {
        try await TestDatabase.withServices { services in
            // given: a plan reporting monthly on the 25th
            let f = Fixtures(services: services)
            let city = try await Self.city(f)
            let sql = services.database.sql
            let plan = try await f.plan("广州市2021年改革要点", in: city.id)
            let admin = Principal(userId: 0, username: "t", displayName: "t", role: .admin, jurisdictionId: city.id, jurisdictionPath: city.path)
            _ = try await services.planReporting.save(planId: plan.id, schedule: .monthly(day: 25), signDays: 3, baseVersion: 0, by: admin)
            let target = ImportTarget(mode: .existingPlan, jurisdictionId: city.id, planId: plan.id)
            // when
            let kept = try await services.imports.createDraft(Self.upload(), target: target, actor: Self.actor)
            _ = try await services.imports.commit(kept.record.id, actor: Self.actor)
            let afterKept = try await ReportQueries.planReporting(plan.id, on: sql)
            let chosen = try await services.imports.createDraft(Self.upload(), target: target, actor: Self.actor)
            var ticked = chosen.payload.target
            ticked.applyReporting = true
            _ = try await services.imports.correct(
                chosen.record.id, ImportCorrections(target: ticked), baseVersion: chosen.record.version, actor: Self.actor)
            _ = try await services.imports.commit(chosen.record.id, actor: Self.actor)
            let afterChosen = try await ReportQueries.planReporting(plan.id, on: sql)
            // then
            #expect(kept.payload.target.applyReporting == false)
            #expect(afterKept.schedule == "monthly:25" && afterKept.signDays == 3)
            #expect(afterChosen.schedule == Self.quarterEnds.storageText && afterChosen.signDays == 3, "the signing days are kept")
        }
    }

    @Test func thePageShowsTheSentenceAndTheBoxAndTheAPIBothFields() async throws {
        struct Schedule: Decodable {
            var kind: String
            var dates: [String]?
        }
        struct Detected: Decodable {
            var reporting: String?
            var reportingSchedule: Schedule?
        }
        struct Target: Decodable { var applyReporting: Bool }
        struct Detail: Decodable {
            var detected: Detected
            var target: Target
            var version: Int
        }
        try await TestApp.run { services, client in
            // given
            let city = try await Self.city(Fixtures(services: services))
            let office = try await client.session(as: .office, jurisdiction: city.id)
            let created = try await office.postForm("/imports", [("mode", "newPlan"), ("jurisdictionId", String(city.id)), ("text", Self.text)])
            let id = try #require(created.headers[.location].flatMap { Int($0.split(separator: "/").last ?? "") })
            // when
            let page = try await office.get("/imports/\(id)")
            let before = try await client.get("/api/v1/imports/\(id)").decode(Detail.self)
            let untick = try await office.postForm(
                "/imports/\(id)/corrections", [("version", String(before.version)), ("t.present", "1"), ("t.reportingShown", "1")])
            let after = try await client.get("/api/v1/imports/\(id)").decode(Detail.self)
            let retick = try await client.sendJSON(
                "/api/v1/imports/\(id)", method: .patch,
                #"{"version":\#(after.version),"target":{"mode":"newPlan","jurisdictionId":\#(city.id),"applyReporting":true}}"#)
            let again = try await client.get("/api/v1/imports/\(id)").decode(Detail.self)
            let retitled = try await client.sendJSON(
                "/api/v1/imports/\(id)", method: .patch,
                #"{"version":\#(again.version),"target":{"mode":"newPlan","jurisdictionId":\#(city.id),"title":"改过的标题"}}"#)
            let kept = try await client.get("/api/v1/imports/\(id)").decode(Detail.self)
            // then
            #expect(page.text.contains("通知对报送的要求") && page.text.contains("每季度最后一个月30日前报送"))
            #expect(page.text.contains(#"name="t.applyReporting" value="1" checked"#))
            #expect(before.detected.reportingSchedule?.kind == "quarterly")
            #expect(before.detected.reportingSchedule?.dates == ["3-30", "6-30", "9-30", "12-30"])
            #expect(before.target.applyReporting)
            #expect(untick.status == .seeOther && !after.target.applyReporting)
            #expect(retick.status == .ok && again.target.applyReporting)
            #expect(retitled.status == .ok && kept.target.applyReporting, "a target without applyReporting keeps the choice")
            // a notice whose dates are no schedule (three quarters named) is shown with no box to tick
            let threeDates = Self.text.replacingOccurrences(of: "每季度最后一个月30日前", with: "4月10日、7月10日、10月10日前")
            let other = try await office.postForm(
                "/imports", [("mode", "newPlan"), ("jurisdictionId", String(city.id)), ("text", threeDates)])
            let otherId = try #require(other.headers[.location].flatMap { Int($0.split(separator: "/").last ?? "") })
            let unread = try await office.get("/imports/\(otherId)")
            #expect(unread.text.contains("4月10日、7月10日、10月10日前报送") && unread.text.contains("未能读成报送周期"))
            #expect(!unread.text.contains(#"name="t.applyReporting""#))
            #expect(!page.text.contains("未能读成报送周期"))
        }
    }
}
