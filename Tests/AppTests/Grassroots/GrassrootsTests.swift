import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// Grassroots innovation projects: the quota per district at selection, the plan item a selected project becomes, the
/// declarations' import with its dry run, access by district, 409 on a stale edit, the pages, the subject lookup and the
/// demo's 22 projects of Guangzhou 2022.
struct GrassrootsTests {
    struct Project: Decodable {
        var id: Int
        var jurisdictionId: Int
        var title: String
        var state: String
        var planItemId: Int?
        var version: Int
    }
    struct Page: Decodable {
        var items: [Project]
        var total: Int
    }
    struct Report: Decodable {
        struct Problem: Decodable {
            var row: Int
            var column: String
            var field: String
        }
        var dryRun: Bool
        var rows: Int
        var created: Int
        var problems: [Problem]
    }

    struct World {
        let guangzhou: JurisdictionRecord, yuexiu: JurisdictionRecord, haizhu: JurisdictionRecord
        let call: GrassrootsCallRecord
        let office: Principal

        static func make(_ services: AppServices) async throws -> World {
            let f = Fixtures(services: services)
            let gd = try await f.jurisdiction("广东省", level: .province, code: "440000")
            let gz = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: gd.id)
            let yuexiu = try await f.jurisdiction("越秀区", level: .district, code: "440104", parent: gz.id)
            let haizhu = try await f.jurisdiction("海珠区", level: .district, code: "440105", parent: gz.id)
            _ = try await f.unit("越秀区委改革办", in: yuexiu.id)
            _ = try await f.unit("海珠区委改革办", in: haizhu.id)
            let office = Principal(
                userId: 0, username: "gz-office", displayName: "广州市委改革办", role: .office, jurisdictionId: gz.id, jurisdictionPath: gz.path)
            let call = try await services.grassroots.createCall(
                .init(jurisdictionId: gz.id, year: "2022", title: "广州市2022年基层改革创新项目", quotaPerDistrict: "2", declareBy: "2022-01-31"),
                by: office)
            return World(guangzhou: gz, yuexiu: yuexiu, haizhu: haizhu, call: call, office: office)
        }

        func declare(_ services: AppServices, _ title: String, in district: JurisdictionRecord) async throws -> GrassrootsProjectRecord {
            try await services.grassroots.declare(
                callId: call.id,
                .init(
                    jurisdictionId: district.id, title: title, summary: "简介", leadUnit: district.name + "人民政府", expectedResult: "成效", contact: "张三"),
                by: office)
        }
    }

    @Test func theCitySelectsWithinTheQuotaPerDistrictAndASelectedProjectBecomesAPlanItem() async throws {
        try await TestApp.run { services, client in
            // given: three projects from 越秀区, one from 海珠区
            let w = try await World.make(services)
            let a = try await w.declare(services, "电子商务领域知识产权保护", in: w.yuexiu)
            let b = try await w.declare(services, "生命健康产业创新区", in: w.yuexiu)
            let c = try await w.declare(services, "第三个项目", in: w.yuexiu)
            let d = try await w.declare(services, "首席数据官制度试点", in: w.haizhu)
            let city = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let district = try await client.as(.office, jurisdiction: w.yuexiu.id)
            func review(_ id: Int, _ decision: String, version: Int = 1, note: String = "") async throws -> TestResponse {
                try await city.sendJSON(
                    "/api/v1/grassroots-projects/\(id)/review", method: .post, #"{"version":\#(version),"decision":"\#(decision)","note":"\#(note)"}"#
                )
            }
            // when
            let first = try await review(a.id, "selected")
            let second = try await review(b.id, "selected")
            let third = try await review(c.id, "selected")
            let rejectWithoutNote = try await review(c.id, "not_selected")
            let rejected = try await review(c.id, "not_selected", note: "名额已满")
            let other = try await review(d.id, "selected")
            let byDistrict = try await district.sendJSON(
                "/api/v1/grassroots-projects/\(a.id)/review", method: .post, #"{"version":2,"decision":"not_selected","note":"x"}"#)
            let editAfter = try await district.sendJSON(
                "/api/v1/grassroots-projects/\(a.id)", method: .put,
                #"{"version":2,"jurisdictionId":\#(w.yuexiu.id),"title":"改","leadUnit":"越秀区人民政府"}"#)
            let selected = try first.decode(Project.self)
            let item = try await ItemQueries.find(try #require(selected.planItemId), on: services.database.sql)
            let subject = try await GrassrootsQueries.subject(a.id, on: services.database.sql)
            // then
            #expect(first.status == .ok && second.status == .ok && selected.state == "selected")
            #expect(third.status == .unprocessableContent && third.apiError?.code == "grassroots_quota_full")
            #expect(rejectWithoutNote.status == .unprocessableContent && rejectWithoutNote.apiError?.fields?.first?.field == "reviewNote")
            #expect(try rejected.status == .ok && rejected.decode(Project.self).state == "not_selected")
            #expect(other.status == .ok, "the quota is per district")
            #expect(byDistrict.status == .forbidden)
            #expect(editAfter.status == .unprocessableContent && editAfter.apiError?.code == "grassroots_reviewed")
            #expect(item?.planId == w.call.planId && item?.title == "电子商务领域知识产权保护" && item?.currentDeadline == "2022-12-31")
            #expect(item?.leadUnitId != nil, "the district's unit leads the plan item")
            #expect(subject?.title == "电子商务领域知识产权保护" && subject?.jurisdictionName == "越秀区")
        }
    }

    @Test func aDryRunOfDeclarationsNamesEachProblemAndACommitIsAllOrNothing() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await World.make(services)
            let district = try await client.as(.office, jurisdiction: w.yuexiu.id)
            let bad = "申报区,项目名称,牵头单位,联系人\n越秀区,项目一,越秀区政府,张三\n海珠区,别区的项目,海珠区政府,\n,没有区,,\n"
            let good = "申报区,项目名称,牵头单位\n越秀区,项目一,越秀区政府\n越秀区,项目二,越秀区政府\n"
            func body(_ text: String, dryRun: Bool) -> String {
                #"{"filename":"d.csv","dryRun":\#(dryRun),"content":"\#(Data(text.utf8).base64EncodedString())"}"#
            }
            let path = "/api/v1/grassroots-calls/\(w.call.id)/import"
            // when
            let dry = try await district.sendJSON(path, method: .post, body(bad, dryRun: true))
            let refused = try await district.sendJSON(path, method: .post, body(bad, dryRun: false))
            let none = try await Fixtures(services: services).count("grassroots_projects")
            let committed = try await district.sendJSON(path, method: .post, body(good, dryRun: false))
            let list = try await district.get("/api/v1/grassroots-projects").decode(Page.self)
            // then
            let report = try dry.decode(Report.self)
            #expect(dry.status == .unprocessableContent && report.rows == 3)
            #expect(Set(report.problems.map { "\($0.row)\($0.column):\($0.field)" }) == ["3A:jurisdictionId", "4A:jurisdictionId", "4C:leadUnit"])
            #expect(refused.status == .unprocessableContent && none == 0)
            #expect(try committed.status == .created && committed.decode(Report.self).created == 2)
            #expect(list.total == 2 && list.items.allSatisfy { $0.state == "declared" })
        }
    }

    @Test func eachDistrictSeesItsOwnProjectsAndAStaleEditIsAConflict() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await World.make(services)
            let a = try await w.declare(services, "越秀的项目", in: w.yuexiu)
            let yuexiu = try await client.as(.office, jurisdiction: w.yuexiu.id)
            let haizhu = try await client.as(.office, jurisdiction: w.haizhu.id)
            let edit = #"{"version":1,"jurisdictionId":\#(w.yuexiu.id),"title":"改名","leadUnit":"越秀区人民政府"}"#
            // when
            let hidden = try await haizhu.get("/api/v1/grassroots-projects/\(a.id)")
            let hiddenPage = try await haizhu.get("/grassroots/projects/\(a.id)")
            let own = try await yuexiu.get("/api/v1/grassroots-projects").decode(Page.self)
            let edited = try await yuexiu.sendJSON("/api/v1/grassroots-projects/\(a.id)", method: .put, edit)
            let stale = try await yuexiu.sendJSON("/api/v1/grassroots-projects/\(a.id)", method: .put, edit)
            let intoOther = try await yuexiu.sendJSON(
                "/api/v1/grassroots-projects", method: .post,
                #"{"callId":\#(w.call.id),"jurisdictionId":\#(w.haizhu.id),"title":"x","leadUnit":"y"}"#)
            let bad = try await yuexiu.get("/api/v1/grassroots-projects?state=done")
            let callByDistrict = try await yuexiu.sendJSON(
                "/api/v1/grassroots-calls", method: .post, #"{"jurisdictionId":\#(w.guangzhou.id),"year":2023,"title":"x","quotaPerDistrict":2}"#)
            // then
            #expect(hidden.status == .notFound && hiddenPage.status == .notFound)
            #expect(own.items.map(\.id) == [a.id])
            #expect(edited.status == .ok && stale.status == .conflict)
            #expect(intoOther.status == .forbidden)
            #expect(bad.status == .badRequest && bad.apiError?.parameter == "state")
            #expect(callByDistrict.status == .forbidden)
        }
    }

    @Test func thePagesReadInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await World.make(services)
            let a = try await w.declare(services, "越秀的项目", in: w.yuexiu)
            let city = try await client.session(as: .office, jurisdiction: w.guangzhou.id)
            // when
            let zh = try await city.get("/grassroots")
            let en = try await city.get("/grassroots?lang=en")
            let page = try await city.get("/grassroots/projects/\(a.id)")
            let selected = try await city.postForm("/grassroots/projects/\(a.id)/review", [("version", "1"), ("decision", "selected")])
            let again = try await city.postForm("/grassroots/projects/\(a.id)/review", [("version", "2"), ("decision", "selected")])
            let csv = try await city.get("/grassroots/export.csv?lang=en")
            // then
            #expect(zh.status == .ok && zh.text.contains("基层改革创新项目") && zh.text.contains("每区 2 个") && zh.text.contains("越秀的项目"))
            #expect(en.status == .ok && en.text.contains("Grassroots innovation projects") && en.text.contains("2 per district"))
            #expect(page.status == .ok && page.text.contains("审核"))
            #expect(selected.status == .seeOther)
            #expect(again.status == .unprocessableContent && again.text.contains("项目已审核"))
            #expect(csv.status == .ok && csv.text.contains("District,Project") && csv.text.contains("Selected"))
        }
    }

    @Test func theDemoHasGuangzhous22ProjectsTwoPerDistrict() async throws {
        try await TestDatabase.withServices { services in
            // given
            try await TestDemo.load(services)
            let sql = services.database.sql
            // when
            var f = GrassrootsFilter()
            let all = try await GrassrootsQueries.count(f, scope: nil, jurisdictionPath: nil, on: sql)
            f.state = .selected
            let selected = try await GrassrootsQueries.count(f, scope: nil, jurisdictionPath: nil, on: sql)
            let perDistrict = try await GrassrootsQueries.byDistrict(GrassrootsFilter(), scope: nil, jurisdictionPath: nil, on: sql)
            let linked = try await sql.scalar(
                Int.self, column: "n", "SELECT COUNT(DISTINCT plan_item_id) AS n FROM grassroots_projects WHERE plan_item_id IS NOT NULL")
            let titles = try await GrassrootsQueries.all(GrassrootsFilter(), scope: nil, jurisdictionPath: nil, on: sql).map(\.title)
            // then
            #expect(all == 22 && selected == 22 && linked == 22)
            #expect(perDistrict.count == 11 && perDistrict.allSatisfy { $0.n == 2 && $0.state == "selected" })
            #expect(titles.contains("深化首席数据官制度试点"))
        }
    }
}
