import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import ReformSpreadsheet
import Testing

@testable import App

/// The authorization register end to end: the landing history and the counts as of a day, the import's dry run with errors
/// at their row and column and its all-or-nothing commit, access by jurisdiction, 409 on a stale edit, the API, the export
/// and the pages in both languages.
struct AuthorizationTests {
    struct Counts: Decodable {
        struct Count: Decodable {
            var key: String?
            var total: Int
            var landed: Int
            var progressing: Int
            var notLanded: Int
        }
        var asOf: String
        var all: Count
        var byBatch: [Count]
        var byArea: [Count]
    }
    struct Item: Decodable {
        struct Change: Decodable {
            var landingStatus: String
            var effectiveOn: String
        }
        var id: Int
        var number: Int
        var landingStatus: String
        var statusOn: String
        var planItemIds: [Int]
        var history: [Change]?
        var version: Int
    }
    struct Page: Decodable {
        var items: [Item]
        var total: Int
        var hasNext: Bool
    }
    struct Report: Decodable {
        struct Problem: Decodable {
            var row: Int
            var column: String
            var field: String
            var message: String
        }
        var dryRun: Bool
        var rows: Int
        var created: Int
        var problems: [Problem]
    }

    @Test func theHistoryKeepsEachChangeWithItsDayAndTheCountsCanBeTakenAsOfAnyDay() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            let s = services.authorizations
            var city = try await s.recordStatus(
                w.cityItem.id, status: "progressing", effectiveOn: "2020-11-02", note: "", baseVersion: 1, by: w.office)
            city = try await s.recordStatus(
                w.cityItem.id, status: "正式落地", effectiveOn: "2021-03-01", note: "已实施", baseVersion: city.version, by: w.office)
            _ = try await s.recordStatus(w.districtItem.id, status: "effective", effectiveOn: "2021-06-30", note: "", baseVersion: 1, by: w.office)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            // when
            let autumn = try await office.get("/api/v1/authorization-counts?as_of=2020-12-31").decode(Counts.self)
            let spring = try await office.get("/api/v1/authorization-counts?as_of=2021-03-01").decode(Counts.self)
            let now = try await office.get("/api/v1/authorization-counts").decode(Counts.self)
            let item = try await office.get("/api/v1/authorizations/\(w.cityItem.id)").decode(Item.self)
            let future = try await office.get("/api/v1/authorization-counts?as_of=2027-01-01")
            // then
            #expect(autumn.all.total == 2 && autumn.all.landed == 0 && autumn.all.progressing == 1 && autumn.all.notLanded == 1)
            #expect(spring.all.landed == 1 && spring.all.progressing == 0)
            #expect(now.asOf == "2026-11-20" && now.all.landed == 1 && now.all.progressing == 1)
            #expect(now.byBatch.map(\.key) == [String(w.batch.id)] && now.byBatch[0].total == 2)
            #expect(now.byArea.map(\.key) == ["营商环境", "科技创新"])
            #expect(item.landingStatus == "landed" && item.statusOn == "2021-03-01")
            #expect(item.history?.map(\.landingStatus) == ["not_landed", "progressing", "landed"])
            #expect(item.history?.map(\.effectiveOn) == ["2020-10-11", "2020-11-02", "2021-03-01"])
            #expect(future.status == .badRequest)
        }
    }

    @Test func aChangeIsRefusedWhenItGoesBackInTimeIntoTheFutureOrChangesNothingAndAStaleOneIsAConflict() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let path = "/api/v1/authorizations/\(w.cityItem.id)/status"
            // when
            let backwards = try await office.sendJSON(path, method: .post, #"{"version":1,"landingStatus":"progressing","effectiveOn":"2020-01-01"}"#)
            let future = try await office.sendJSON(path, method: .post, #"{"version":1,"landingStatus":"progressing","effectiveOn":"2026-11-21"}"#)
            let same = try await office.sendJSON(path, method: .post, #"{"version":1,"landingStatus":"not_landed"}"#)
            let ok = try await office.sendJSON(path, method: .post, #"{"version":1,"landingStatus":"progressing"}"#)
            let stale = try await office.sendJSON(path, method: .post, #"{"version":1,"landingStatus":"landed"}"#)
            let staleEdit = try await office.sendJSON(
                "/api/v1/authorizations/\(w.cityItem.id)", method: .put,
                #"{"version":1,"number":1,"area":"营商环境","content":"改","approvalMode":"filing","jurisdictionId":\#(w.shenzhen.id)}"#)
            // then
            #expect(backwards.status == .unprocessableContent && backwards.apiError?.fields?.first?.field == "effectiveOn")
            #expect(future.status == .unprocessableContent && future.apiError?.fields?.first?.field == "effectiveOn")
            #expect(same.status == .unprocessableContent && same.apiError?.fields?.first?.code == "unchanged")
            #expect(try ok.status == .ok && ok.decode(Item.self).statusOn == "2026-11-20")
            #expect(stale.status == .conflict && staleEdit.status == .conflict)
            #expect(try await AuthorizationQueries.history(of: w.cityItem.id, on: services.database.sql).count == 2)
        }
    }

    @Test func theRegisterShowsEachReaderTheItemsTheirJurisdictionReceives() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            let district = try await client.as(.office, jurisdiction: w.longhua.id)
            let other = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.shenzhen.id)
            // when
            let districtList = try await district.get("/api/v1/authorizations").decode(Page.self)
            let otherList = try await other.get("/api/v1/authorizations").decode(Page.self)
            let hidden = try await other.get("/api/v1/authorizations/\(w.districtItem.id)")
            let hiddenPage = try await other.get("/authorizations/items/\(w.districtItem.id)")
            let cityByDistrict = try await district.sendJSON(
                "/api/v1/authorizations/\(w.cityItem.id)/status", method: .post, #"{"version":1,"landingStatus":"progressing"}"#)
            let districtOwn = try await district.sendJSON(
                "/api/v1/authorizations/\(w.districtItem.id)/status", method: .post, #"{"version":1,"landingStatus":"progressing"}"#)
            let byViewer = try await viewer.sendJSON(
                "/api/v1/authorizations/\(w.districtItem.id)/status", method: .post, #"{"version":2,"landingStatus":"landed"}"#)
            let addByDistrict = try await district.sendJSON(
                "/api/v1/authorizations", method: .post,
                #"{"batchId":\#(w.batch.id),"number":9,"area":"营商环境","content":"新增","approvalMode":"filing","jurisdictionId":\#(w.longhua.id)}"#)
            let outOfScope = try await other.get("/api/v1/authorizations?jurisdiction=\(w.longhua.id)")
            // then
            #expect(districtList.items.map(\.id) == [w.districtItem.id] && districtList.total == 1)
            #expect(otherList.items.isEmpty && otherList.total == 0)
            #expect(hidden.status == .notFound && hiddenPage.status == .notFound)
            #expect(cityByDistrict.status == .notFound)
            #expect(districtOwn.status == .ok)
            #expect(byViewer.status == .forbidden)
            #expect(addByDistrict.status == .forbidden)
            #expect(outOfScope.status == .notFound)
        }
    }

    @Test func filtersInTheURLNarrowTheListAndABadOneIsA400NamingIt() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            for n in 3...55 {
                _ = try await services.authorizations.createItem(
                    batchId: w.batch.id, AuthorizationFixture.input(n, area: n % 2 == 0 ? "对外开放" : "营商环境", jurisdiction: w.shenzhen.id), by: w.office)
            }
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            // when
            let first = try await office.get("/api/v1/authorizations").decode(Page.self)
            let second = try await office.get("/api/v1/authorizations?page=2").decode(Page.self)
            let open = try await office.get("/api/v1/authorizations?area=\(q("对外开放"))&jurisdiction=\(w.shenzhen.id)").decode(Page.self)
            let district = try await office.get("/api/v1/authorizations?jurisdiction=\(w.longhua.id)").decode(Page.self)
            let words = try await office.get("/api/v1/authorizations?q=\(q("授权事项5"))").decode(Page.self)
            let bad = try await office.get("/api/v1/authorizations?status=done")
            let nul = try await office.get("/api/v1/authorizations?area=%00")
            let page = try await office.get("/authorizations?area=\(q("对外开放"))&page=1")
            // then
            #expect(first.total == 55 && first.items.count == 50 && first.hasNext)
            #expect(second.items.count == 5 && !second.hasNext)
            #expect(open.total == 26 && open.items.allSatisfy { $0.number % 2 == 0 })
            #expect(district.items.map(\.id) == [w.districtItem.id])
            #expect(words.items.map(\.number) == [5, 50, 51, 52, 53, 54, 55])
            #expect(bad.status == .badRequest && bad.apiError?.parameter == "status")
            #expect(nul.status == .badRequest && nul.apiError?.parameter == "area")
            #expect(page.status == .ok && page.text.contains("共26项，正式落地0项") && page.text.contains("授权事项4") && !page.text.contains("授权事项5<"))
        }
    }

    @Test func aDryRunNamesEveryProblemByRowAndColumnAndACommitWithProblemsWritesNothing() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let csv = """
                序号,领域,授权事项,承接地区,备案或报批,落地状态,状态日期,需调整法律法规
                3,营商环境,放宽市场准入,龙华区,备案,推进中,2021-01-05,否
                2,科技创新,重复的序号,深圳市,备案,未落地,,否
                4,,没有领域,宝安区,审批,落地,2021-13-01,也许
                """
            func body(dryRun: Bool, _ text: String = csv) -> String {
                #"{"filename":"list.csv","dryRun":\#(dryRun),"content":"\#(Data(text.utf8).base64EncodedString())"}"#
            }
            let before = try await Fixtures(services: services).count("authorization_items")
            // when
            let dry = try await office.sendJSON("/api/v1/authorization-batches/\(w.batch.id)/import", method: .post, body(dryRun: true))
            let commit = try await office.sendJSON("/api/v1/authorization-batches/\(w.batch.id)/import", method: .post, body(dryRun: false))
            let report = try dry.decode(Report.self)
            let places = Set(report.problems.map { "\($0.row)\($0.column):\($0.field)" })
            // then
            #expect(dry.status == .unprocessableContent && report.dryRun && report.rows == 3)
            #expect(
                places == [
                    "3A:number", "4B:area", "4D:jurisdictionId", "4E:approvalMode", "4F:landingStatus", "4G:statusOn", "4H:needsLawChange"
                ])
            #expect(report.problems.first { $0.field == "number" }?.message == "序号：存在重复")
            #expect(commit.status == .unprocessableContent)
            #expect(try await Fixtures(services: services).count("authorization_items") == before)
        }
    }

    @Test func aCleanFileImportsEveryRowInOneGoAndAnExportImportsBack() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let session = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let csv = "序号,领域,授权事项,承接地区,备案或报批,落地状态,状态日期\n3,营商环境,放宽市场准入,龙华区,报批,推进中,2021-01-05\n4,对外开放,国际船舶登记,,备案,,\n"
            let dry = try await office.sendJSON(
                "/api/v1/authorization-batches/\(w.batch.id)/import", method: .post,
                #"{"filename":"list.csv","content":"\#(Data(csv.utf8).base64EncodedString())"}"#)
            // when
            let commit = try await office.postForm(
                "/authorizations/batches/\(w.batch.id)/import",
                [("filename", "list.csv"), ("content", Data(csv.utf8).base64EncodedString()), ("commit", "1")])
            let list = try await office.get("/api/v1/authorizations?batch=\(w.batch.id)").decode(Page.self)
            let exported = try await office.get("/authorizations/export.xlsx?batch=\(w.batch.id)")
            let uploaded = try await ReportPageTests.file(
                session, "/authorizations/batches/\(w.batch.id)/import", [],
                files: [("file", "list.csv", Data("序号,领域,授权事项,备案或报批\n5,营商环境,上传的事项,备案\n".utf8))])
            let second = try await services.authorizations.createBatch(
                .init(jurisdictionId: w.shenzhen.id, ordinal: "第二批", title: "第二批授权事项清单", issuer: "", docNumber: "", issuedOn: "2022-01-01"),
                by: w.office)
            let back = try await office.sendJSON(
                "/api/v1/authorization-batches/\(second.id)/import", method: .post,
                #"{"filename":"export.xlsx","dryRun":false,"content":"\#(Data(buffer: exported.body).base64EncodedString())"}"#)
            let copied = try await office.get("/api/v1/authorizations?batch=\(second.id)").decode(Page.self)
            // then
            #expect(try dry.status == .ok && dry.decode(Report.self).problems.isEmpty)
            #expect(commit.status == .seeOther)
            #expect(uploaded.status == .ok && uploaded.text.contains("试运行：读取 1 行，未发现问题") && uploaded.text.contains("确认导入"))
            #expect(list.items.map(\.number) == [1, 2, 3, 4])
            #expect(list.items[2].landingStatus == "progressing" && list.items[2].statusOn == "2021-01-05")
            #expect(list.items[3].landingStatus == "not_landed" && list.items[3].statusOn == "2020-10-11")
            #expect(exported.status == .ok && exported.headers[.contentType]?.contains("spreadsheetml") == true)
            #expect(try back.status == .created && back.decode(Report.self).created == 4)
            #expect(copied.items.map(\.number) == [1, 2, 3, 4])
            #expect(copied.items.map(\.landingStatus) == list.items.map(\.landingStatus))
            #expect(copied.items[1].planItemIds == [w.planItem.id])
            // each imported item has its first change, carrying its batch and area (migration 0037), and its audit entry
            let sql = services.database.sql
            let changes = try await sql.scalar(
                Int.self, column: "n",
                """
                SELECT COUNT(*) AS n FROM authorization_status_changes c JOIN authorization_items i ON i.id = c.item_id
                WHERE i.batch_id = \(bind: second.id) AND c.batch_id = i.batch_id AND c.area = i.area AND c.jurisdiction_path = i.jurisdiction_path
                """)
            let audited = try await sql.scalar(
                Int.self, column: "n",
                """
                SELECT COUNT(*) AS n FROM audit_log a JOIN authorization_items i ON i.id = a.entity_id
                WHERE a.entity_type = 'authorization' AND a.action = 'create' AND i.batch_id = \(bind: second.id)
                  AND a.scope_path = i.jurisdiction_path
                """)
            #expect(changes == 4 && audited == 4)
        }
    }

    @Test func thePagesReadInBothLanguagesAndTheDashboardCountsTheLanding() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            _ = try await services.authorizations.recordStatus(
                w.cityItem.id, status: "landed", effectiveOn: "2021-03-01", note: "", baseVersion: 1, by: w.office)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            // when
            let zh = try await office.get("/authorizations")
            let en = try await office.get("/authorizations?lang=en")
            let asOf = try await office.get("/authorizations?as_of=2021-01-01")
            let item = try await office.get("/authorizations/items/\(w.districtItem.id)")
            let form = try await office.get("/authorizations/new?batch=\(w.batch.id)")
            let dashboard = try await office.get("/dashboard/\(w.shenzhen.id)")
            let csv = try await office.get("/authorizations/export.csv?lang=en")
            // then
            #expect(zh.status == .ok && zh.text.contains("共2项，正式落地1项，推进中0项") && zh.text.contains("<svg"))
            #expect(en.status == .ok && en.text.contains("1 of 2 formally landed, 0 progressing") && !en.text.contains("正式落地1项"))
            #expect(asOf.text.contains("共2项，正式落地0项，推进中0项"))
            #expect(item.status == .ok && item.text.contains("href=\"/items/\(w.planItem.id)\"") && item.text.contains("未落地"))
            #expect(form.status == .ok && form.text.contains("value=\"3\""))
            #expect(dashboard.text.contains("授权事项落地") && dashboard.text.contains("共2项，正式落地1项"))
            #expect(csv.status == .ok && csv.text.contains("Formally landed") && csv.text.contains("No.,Area"))
        }
    }

    @Test func theFormsRecordAChangeAndShowProblemsByField() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            // when
            let recorded = try await office.postForm(
                "/authorizations/items/\(w.cityItem.id)/status",
                [("version", "1"), ("landingStatus", "substantial_progress"), ("effectiveOn", "2021-02-01"), ("landingNote", "出台细则")])
            let refused = try await office.postForm(
                "/authorizations/items",
                [
                    ("batchId", String(w.batch.id)), ("number", "1"), ("area", ""), ("content", "x"), ("approvalMode", "filing"),
                    ("jurisdictionId", String(w.shenzhen.id))
                ])
            let batch = try await office.postForm(
                "/authorizations/batches",
                [("jurisdictionId", String(w.shenzhen.id)), ("ordinal", "首批"), ("title", "重复"), ("issuedOn", "2021-01-01")])
            // then
            #expect(recorded.status == .seeOther)
            #expect(try await AuthorizationQueries.item(w.cityItem.id, on: services.database.sql)?.status == "substantial_progress")
            #expect(refused.status == .unprocessableContent && refused.text.contains("领域：不能为空") && refused.text.contains("序号：存在重复"))
            #expect(batch.status == .unprocessableContent && batch.text.contains("存在重复"))
        }
    }

    @Test func evidenceIsUploadedByTheItemsOfficeAndDownloadedByWhoeverSeesTheItem() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await AuthorizationFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.longhua.id)
            let other = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let pdf = Data("%PDF-1.4 深圳市商事登记确认制实施办法".utf8)
            // when
            let uploaded = try await ReportPageTests.file(
                office, "/authorizations/items/\(w.districtItem.id)/evidence", [], files: [("evidence", "实施办法.pdf", pdf)])
            let refused = try await ReportPageTests.file(
                office, "/authorizations/items/\(w.districtItem.id)/evidence", [], files: [("evidence", "x.pdf", Data("not a pdf".utf8))])
            let file = try #require(try await AuthorizationQueries.evidence(of: w.districtItem.id, on: services.database.sql).first)
            let page = try await office.get("/authorizations/items/\(w.districtItem.id)")
            let download = try await office.get("/authorization-evidence/\(file.id)")
            let hidden = try await other.get("/authorization-evidence/\(file.id)")
            let cityItem = try await ReportPageTests.file(
                office, "/authorizations/items/\(w.cityItem.id)/evidence", [], files: [("evidence", "a.pdf", pdf)])
            // then
            #expect(uploaded.status == .seeOther && file.originalName == "实施办法.pdf" && file.uploadedBy.contains("office"))
            #expect(refused.status == .unprocessableContent)
            #expect(page.text.contains("href=\"/authorization-evidence/\(file.id)\"") && page.text.contains("实施办法.pdf"))
            #expect(download.status == .ok && Data(buffer: download.body) == pdf)
            #expect(hidden.status == .notFound && cityItem.status == .notFound)
            #expect(try await AuthorizationQueries.evidence(of: w.districtItem.id, on: services.database.sql).count == 1)
        }
    }
}
