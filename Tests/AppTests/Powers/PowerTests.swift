import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Delegated powers end to end: the handover deadline in working days across make-up days and a year end, an entrusted
/// power's term, its renewal refused without an effect evaluation, the counts by type and method as of a day, the
/// import's dry run, access by jurisdiction, 409 on a stale edit, the reminders and the pages in both languages.
struct PowerTests {
    struct Power: Decodable {
        struct Term: Decodable {
            var termStart: String
            var termEnd: String
            var evaluationId: Int?
        }
        var id: Int
        var number: Int
        var handoverDeadline: String
        var handedOverOn: String?
        var termStart: String?
        var termEnd: String?
        var renewals: Int
        var status: String
        var terms: [Term]?
        var version: Int
    }
    struct Page: Decodable {
        var items: [Power]
        var total: Int
        var hasNext: Bool
    }
    struct Counts: Decodable {
        struct Count: Decodable {
            var key: String?
            var total: Int
            var handedOver: Int
            var inForce: Int
            var pending: Int
            var withdrawn: Int
        }
        var asOf: String
        var all: Count
        var byType: [Count]
        var byMethod: [Count]
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

    @Test func theHandoverDeadlineIs30WorkingDaysAcrossMakeUpDaysAndYearEnds() async throws {
        try await TestApp.run { services, client in
            // given: decided 15 December 2025 (New Year 2026: 1–3 January off, Sunday 4 January worked); another on 20 January
            // 2026 (Spring Festival: 15–23 February off, 14 and 28 February worked)
            let w = try await PowerFixture.make(services)
            let spring = try await services.powers.createDecision(
                .init(jurisdictionId: w.guangdong.id, docNumber: "", title: "第二批", decidedOn: "2026-01-20", announcedOn: ""), by: w.office)
            let late = try await services.powers.createPower(decisionId: spring.id, PowerFixture.input(1, jurisdiction: w.shenzhen.id), by: w.office)
            let office = try await client.as(.office, jurisdiction: w.guangdong.id)
            let calendar = WorkingDayCalendar.official
            // when
            struct Decisions: Decodable {
                struct Decision: Decodable {
                    var handoverDeadline: String
                }
                var items: [Decision]
            }
            let decisions = try await office.get("/api/v1/power-decisions").decode(Decisions.self)
            let page = try await office.get("/powers/items/\(w.entrusted.id)")
            // then: stored on the power, shown on the page and in the API
            #expect(w.entrusted.handoverDeadline == "2026-01-27")
            #expect(late.handoverDeadline == "2026-03-09")
            #expect(calendar.workingDays(from: LocalDate(iso: "2025-12-15")!, to: LocalDate(iso: "2026-01-27")!) == 30)
            #expect(calendar.adding(workingDays: 30, to: LocalDate(iso: "2025-12-15")!).iso == "2026-01-27")
            #expect(Set(decisions.items.map(\.handoverDeadline)) == ["2026-01-27", "2026-03-09"])
            #expect(page.status == .ok && page.text.contains("2026年1月27日") && page.text.contains("决定后第 30 个工作日"))
            // (today is 20 November 2026: both deadlines have passed without a handover)
            #expect(w.entrusted.status(on: TestClock.today) == .overdue)
            #expect(PowerRules.termEnd(start: LocalDate(iso: "2020-02-29")!).iso == "2021-02-28")
            #expect(PowerRules.termEnd(start: LocalDate(iso: "2026-01-10")!).iso == "2027-01-09")
        }
    }

    @Test func anEntrustedPowerRunsAYearAndIsRenewedOnlyAfterAnEffectEvaluation() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PowerFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let base = "/api/v1/powers/\(w.entrusted.id)"
            // when
            let early = try await office.sendJSON(base + "/handover", method: .post, #"{"version":1,"handedOverOn":"2025-12-01"}"#)
            let handed = try await office.sendJSON(base + "/handover", method: .post, #"{"version":1,"handedOverOn":"2026-01-10"}"#)
            let twice = try await office.sendJSON(base + "/handover", method: .post, #"{"version":2,"handedOverOn":"2026-01-10"}"#)
            let bare = try await office.sendJSON(base + "/renewal", method: .post, #"{"version":2}"#)
            let poor = try await office.sendJSON(base + "/evaluations", method: .post, #"{"evaluatedOn":"2026-10-01","conclusion":"poor"}"#)
            let refusedPoor = try await office.sendJSON(base + "/renewal", method: .post, #"{"version":2}"#)
            let good = try await office.sendJSON(
                base + "/evaluations", method: .post, #"{"evaluatedOn":"2026-11-01","conclusion":"good","summary":"办理时限缩短"}"#)
            let renewed = try await office.sendJSON(base + "/renewal", method: .post, #"{"version":2,"note":"续期"}"#)
            let again = try await office.sendJSON(base + "/renewal", method: .post, #"{"version":3}"#)
            let devolved = try await client.as(.office, jurisdiction: w.guangzhou.id).sendJSON(
                "/api/v1/powers/\(w.devolved.id)/renewal", method: .post, #"{"version":1}"#)
            let page = try await office.get("/powers/items/\(w.entrusted.id)")
            // then
            #expect(early.status == .unprocessableContent && early.apiError?.fields?.first?.field == "handedOverOn")
            let h = try handed.decode(Power.self)
            #expect(handed.status == .ok && h.termStart == "2026-01-10" && h.termEnd == "2027-01-09" && h.status == "in_force")
            #expect(twice.status == .unprocessableContent && twice.apiError?.code == "power_handed_over")
            #expect(bare.status == .unprocessableContent && bare.apiError?.code == "power_renewal_needs_evaluation")
            #expect(poor.status == .created && refusedPoor.apiError?.code == "power_renewal_evaluation_poor")
            #expect(good.status == .created)
            let r = try renewed.decode(Power.self)
            #expect(renewed.status == .ok && r.termStart == "2027-01-10" && r.termEnd == "2028-01-09" && r.renewals == 1 && r.status == "renewed")
            #expect(r.terms?.count == 2 && r.terms?.last?.evaluationId != nil)
            #expect(again.status == .unprocessableContent && again.apiError?.code == "power_renewal_needs_evaluation", "an evaluation renews once")
            #expect(devolved.status == .unprocessableContent && devolved.apiError?.code == "power_not_entrusted")
            #expect(page.text.contains("成效明显") && page.text.contains("2028年1月9日"))
        }
    }

    @Test func aTermThatEndsUnrenewedIsExpiredAndTheFiltersFindIt() async throws {
        try await TestApp.run { services, client in
            // given: an earlier decision's entrusted power handed over on 1 July 2024 (its term ended 30 June 2025, unrenewed); the
            // fixture's devolved power handed over
            let w = try await PowerFixture.make(services)
            let earlier = try await services.powers.createDecision(
                .init(jurisdictionId: w.guangdong.id, docNumber: "", title: "2024年决定", decidedOn: "2024-06-03", announcedOn: ""), by: w.office)
            let old = try await services.powers.createPower(decisionId: earlier.id, PowerFixture.input(1, jurisdiction: w.shenzhen.id), by: w.office)
            _ = try await services.powers.recordHandover(old.id, handedOverOn: "2024-07-01", termStart: "", note: "", baseVersion: 1, by: w.office)
            _ = try await services.powers.recordHandover(
                w.devolved.id, handedOverOn: "2026-02-10", termStart: "", note: "", baseVersion: 1, by: w.office)
            let office = try await client.as(.office, jurisdiction: w.guangdong.id)
            // when
            let expired = try await office.get("/api/v1/powers?status=expired").decode(Page.self)
            let inForce = try await office.get("/api/v1/powers?status=in_force").decode(Page.self)
            let overdue = try await office.get("/api/v1/powers?status=overdue").decode(Page.self)
            let chinese = try await office.get("/api/v1/powers?status=\(q("已到期"))").decode(Page.self)
            let bad = try await office.get("/api/v1/powers?status=done")
            let badType = try await office.get("/api/v1/powers?type=x")
            // then
            #expect(expired.items.map(\.id) == [old.id] && expired.items[0].termEnd == "2025-06-30")
            #expect(inForce.items.map(\.id) == [w.devolved.id])
            #expect(overdue.items.map(\.id) == [w.entrusted.id])
            #expect(chinese.total == 1)
            #expect(bad.status == .badRequest && bad.apiError?.parameter == "status")
            #expect(badType.status == .badRequest && badType.apiError?.parameter == "type")
        }
    }

    @Test func theCountsByTypeAndMethodCanBeTakenAsOfAnyDay() async throws {
        try await TestApp.run { services, client in
            // given: the fixture's two powers, a third decided later, a handover and a withdrawal
            let w = try await PowerFixture.make(services)
            let later = try await services.powers.createDecision(
                .init(jurisdictionId: w.guangdong.id, docNumber: "", title: "第二批", decidedOn: "2026-06-01", announcedOn: ""), by: w.office)
            _ = try await services.powers.createPower(
                decisionId: later.id, PowerFixture.input(1, jurisdiction: w.shenzhen.id, type: .inspection, method: .devolve), by: w.office)
            _ = try await services.powers.recordHandover(
                w.entrusted.id, handedOverOn: "2026-01-05", termStart: "", note: "", baseVersion: 1, by: w.office)
            let d = try await services.powers.recordHandover(
                w.devolved.id, handedOverOn: "2026-01-20", termStart: "", note: "", baseVersion: 1, by: w.office)
            _ = try await services.powers.withdraw(w.devolved.id, withdrawnOn: "2026-07-01", note: "", baseVersion: d.version, by: w.office)
            let office = try await client.as(.office, jurisdiction: w.guangdong.id)
            // when
            let before = try await office.get("/api/v1/power-counts?as_of=2025-12-31").decode(Counts.self)
            let january = try await office.get("/api/v1/power-counts?as_of=2026-01-10").decode(Counts.self)
            let now = try await office.get("/api/v1/power-counts").decode(Counts.self)
            let shenzhen = try await office.get("/api/v1/power-counts?jurisdiction=\(w.shenzhen.id)").decode(Counts.self)
            let future = try await office.get("/api/v1/power-counts?as_of=2027-01-01")
            // then
            #expect(before.all.total == 2 && before.all.handedOver == 0 && before.all.pending == 2)
            #expect(january.all.total == 2 && january.all.handedOver == 1 && january.all.inForce == 1 && january.all.pending == 1)
            #expect(now.asOf == "2026-11-20" && now.all.total == 3 && now.all.withdrawn == 1 && now.all.inForce == 1 && now.all.pending == 1)
            #expect(now.byType.map(\.key) == ["licensing", "penalty", "inspection"] && now.byType.map(\.total) == [1, 1, 1])
            #expect(now.byMethod.map(\.key) == ["devolve", "entrust"] && now.byMethod.map(\.total) == [2, 1])
            #expect(shenzhen.all.total == 2)
            #expect(future.status == .badRequest && future.apiError?.parameter == "as_of")
        }
    }

    @Test func aDryRunNamesEveryProblemByRowAndColumnAndACommitIsAllOrNothing() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PowerFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.guangdong.id)
            let bad = """
                序号,职权事项,职权类别,调整方式,承接地区,原实施部门
                3,道路运输经营许可,许可,委托,深圳市,省交通运输厅
                1,重复的序号,许可,委托,深圳市,
                4,,审批,转让,东莞市,
                """
            let good = "序号,职权事项,职权类别,调整方式,承接地区\n3,道路运输经营许可,行政许可,委托,深圳市\n3,道路运输经营许可,许可,下放,广州市\n"
            func body(_ text: String, dryRun: Bool) -> String {
                #"{"filename":"powers.csv","dryRun":\#(dryRun),"content":"\#(Data(text.utf8).base64EncodedString())"}"#
            }
            let path = "/api/v1/power-decisions/\(w.decision.id)/import"
            let before = try await Fixtures(services: services).count("delegated_powers")
            // when
            let dry = try await office.sendJSON(path, method: .post, body(bad, dryRun: true))
            let refused = try await office.sendJSON(path, method: .post, body(bad, dryRun: false))
            let afterRefused = try await Fixtures(services: services).count("delegated_powers")
            let cleanDry = try await office.sendJSON(path, method: .post, body(good, dryRun: true))
            let committed = try await office.sendJSON(path, method: .post, body(good, dryRun: false))
            let list = try await office.get("/api/v1/powers?decision=\(w.decision.id)").decode(Page.self)
            let byCity = try await client.as(.office, jurisdiction: w.shenzhen.id).sendJSON(path, method: .post, body(good, dryRun: true))
            // then
            let report = try dry.decode(Report.self)
            #expect(dry.status == .unprocessableContent && report.dryRun && report.rows == 3)
            #expect(
                Set(report.problems.map { "\($0.row)\($0.column):\($0.field)" }) == [
                    "3A:number", "4B:name", "4C:powerType", "4D:method", "4E:jurisdictionId"
                ])
            #expect(report.problems.first { $0.field == "number" }?.message == "序号：存在重复")
            #expect(refused.status == .unprocessableContent && afterRefused == before)
            #expect(try cleanDry.status == .ok && committed.status == .created && committed.decode(Report.self).created == 2)
            #expect(list.total == 4 && list.items.filter { $0.number == 3 }.allSatisfy { $0.handoverDeadline == "2026-01-27" })
            #expect(byCity.status == .forbidden)
        }
    }

    @Test func eachCitySeesItsOwnPowersAndAStaleEditIsAConflict() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PowerFixture.make(services)
            let shenzhen = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let guangzhou = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.shenzhen.id)
            let edit = #"{"version":1,"number":1,"name":"改名","powerType":"licensing","method":"entrust","jurisdictionId":\#(w.shenzhen.id)}"#
            // when
            let own = try await shenzhen.get("/api/v1/powers").decode(Page.self)
            let hidden = try await guangzhou.get("/api/v1/powers/\(w.entrusted.id)")
            let hiddenPage = try await guangzhou.get("/powers/items/\(w.entrusted.id)")
            let outOfScope = try await guangzhou.get("/api/v1/powers?jurisdiction=\(w.shenzhen.id)")
            let byViewer = try await viewer.sendJSON("/api/v1/powers/\(w.entrusted.id)/handover", method: .post, #"{"version":1}"#)
            let edited = try await shenzhen.sendJSON("/api/v1/powers/\(w.entrusted.id)", method: .put, edit)
            let stale = try await shenzhen.sendJSON("/api/v1/powers/\(w.entrusted.id)", method: .put, edit)
            let staleHandover = try await shenzhen.sendJSON("/api/v1/powers/\(w.entrusted.id)/handover", method: .post, #"{"version":1}"#)
            let addByCity = try await shenzhen.sendJSON(
                "/api/v1/powers", method: .post,
                #"{"decisionId":\#(w.decision.id),"number":9,"name":"新增","powerType":"licensing","method":"entrust","jurisdictionId":\#(w.shenzhen.id)}"#
            )
            // then
            #expect(own.items.map(\.id) == [w.entrusted.id])
            #expect(hidden.status == .notFound && hiddenPage.status == .notFound && outOfScope.status == .notFound)
            #expect(byViewer.status == .forbidden)
            #expect(edited.status == .ok && stale.status == .conflict && staleHandover.status == .conflict)
            #expect(addByCity.status == .forbidden)
        }
    }

    @Test func theReceivingCitysOfficeIsRemindedBeforeTheHandoverDeadlineAndBeforeExpiry() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await PowerFixture.make(services)
            let sql = services.database.sql
            let accounts = TestAccounts(services: services)
            let szOffice = try await accounts.user(.office, jurisdiction: w.shenzhen.id, username: "sz-office")
            let gzOffice = try await accounts.user(.office, jurisdiction: w.guangzhou.id, username: "gz-office")
            // when: a scan on the last day before the warning (5 working days before 27 January is 20 January), on it, after the
            // deadline; then the entrusted one handed over with a term ending 30 days after a later scan
            try await services.reminders.run(today: LocalDate(iso: "2026-01-19")!)
            let beforeWarn = try await ReminderFixture.notifications(sql)
            try await services.reminders.run(today: LocalDate(iso: "2026-01-20")!)
            let warned = try await ReminderFixture.notifications(sql)
            try await services.reminders.run(today: LocalDate(iso: "2026-01-28")!)
            let late = try await ReminderFixture.notifications(sql)
            _ = try await services.powers.recordHandover(
                w.entrusted.id, handedOverOn: "2026-02-02", termStart: "2025-12-20", note: "", baseVersion: 1, by: w.office)
            try await services.reminders.run(today: LocalDate(iso: "2026-11-20")!)
            let expiring = try await ReminderFixture.notifications(sql)
            // then
            #expect(beforeWarn.isEmpty)
            #expect(warned.contains("\(szOffice.user.id) reminder_warn power_handover \(w.entrusted.id)"))
            #expect(warned.contains("\(gzOffice.user.id) reminder_warn power_handover \(w.devolved.id)"))
            #expect(late.contains("\(szOffice.user.id) reminder_overdue power_handover \(w.entrusted.id)"))
            #expect(expiring.contains("\(szOffice.user.id) reminder_warn power_expiry \(w.entrusted.id)"), "the term ends 19 December 2026")
            #expect(!expiring.contains("\(gzOffice.user.id) reminder_warn power_expiry \(w.devolved.id)"))
            let link = try await sql.scalar(
                String.self, column: "link", "SELECT link FROM notifications WHERE subject_type = 'power_expiry' LIMIT 1")
            #expect(link == "/powers/items/\(w.entrusted.id)")
        }
    }

    @Test func thePagesReadInBothLanguagesAndTheFormsShowProblemsByField() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PowerFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.guangdong.id)
            // when
            let zh = try await office.get("/powers")
            let en = try await office.get("/powers?lang=en")
            let form = try await office.get("/powers/new?decision=\(w.decision.id)")
            let refused = try await office.postForm(
                "/powers/items",
                [
                    ("decisionId", String(w.decision.id)), ("number", "1"), ("name", ""), ("powerType", "licensing"), ("method", "entrust"),
                    ("jurisdictionId", String(w.shenzhen.id))
                ])
            let renewal = try await office.postForm("/powers/items/\(w.entrusted.id)/renewal", [("version", "1")])
            let handed = try await office.postForm(
                "/powers/items/\(w.entrusted.id)/handover", [("version", "1"), ("handedOverOn", "2026-01-05")])
            let renewalPage = try await office.postForm("/powers/items/\(w.entrusted.id)/renewal", [("version", "2")])
            let csv = try await office.get("/powers/export.csv?lang=en")
            let xlsx = try await office.get("/powers/export.xlsx")
            let dashboard = try await office.get("/dashboard/\(w.guangdong.id)")
            // then
            #expect(zh.status == .ok && zh.text.contains("共 2 项。按类别：许可 1、处罚 1；按方式：下放 1、委托 1") && zh.text.contains("交接逾期"))
            #expect(en.status == .ok && en.text.contains("2 powers. By type: Licensing 1, Penalty 1") && !en.text.contains("按类别"))
            #expect(form.status == .ok && form.text.contains("value=\"3\"") && form.text.contains("2026年1月27日"))
            #expect(refused.status == .unprocessableContent && refused.text.contains("不能为空") && refused.text.contains("存在重复"))
            #expect(renewal.status == .unprocessableContent && renewal.text.contains("尚未交接"))
            #expect(handed.status == .seeOther)
            #expect(renewalPage.status == .unprocessableContent && renewalPage.text.contains("须先开展实施效果评估"))
            #expect(csv.status == .ok && csv.text.contains("No.,Power,Type,Method") && csv.text.contains("Entrusted"))
            #expect(xlsx.status == .ok && xlsx.headers[.contentType]?.contains("spreadsheetml") == true)
            #expect(dashboard.text.contains("省级行政职权调整") && dashboard.text.contains("已交接 1 项"))
        }
    }

    @Test func anAgreementIsStoredAsEvidenceIsAndDownloadedByWhoeverSeesThePower() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PowerFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let other = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let pdf = Data("%PDF-1.4 委托协议".utf8)
            // when
            let uploaded = try await ReportPageTests.file(
                office, "/powers/items/\(w.entrusted.id)/agreements", [], files: [("agreement", "委托协议.pdf", pdf)])
            let refused = try await ReportPageTests.file(
                office, "/powers/items/\(w.entrusted.id)/agreements", [], files: [("agreement", "x.pdf", Data("not a pdf".utf8))])
            let file = try #require(try await PowerQueries.files(of: w.entrusted.id, on: services.database.sql).first)
            let download = try await office.get("/power-files/\(file.id)")
            let hidden = try await other.get("/power-files/\(file.id)")
            // then
            #expect(uploaded.status == .seeOther && file.kind == "agreement" && file.originalName == "委托协议.pdf")
            #expect(refused.status == .unprocessableContent)
            #expect(download.status == .ok && Data(buffer: download.body) == pdf)
            #expect(hidden.status == .notFound)
        }
    }
}
