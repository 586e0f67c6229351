import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// The reporting loop through the pages: assign, sign, file with evidence (multipart), approve, accept; the inbox,
/// the report page in both languages, bad files, and the plan's reporting settings.
struct ReportPageTests {
    static let boundary = "----reform-test-boundary"

    static func multipart(_ fields: [(String, String)], files: [(String, String, Data)]) -> ByteBuffer {
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, filename, data) in files {
            body += Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8)
            body += data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(data: body)
    }

    /// A multipart form post with the session's CSRF token among the fields.
    static func file(_ client: SignedInClient, _ uri: String, _ fields: [(String, String)], files: [(String, String, Data)]) async throws
        -> TestResponse
    {
        let all = (client.csrf.map { [(CSRFMiddleware.field, $0)] } ?? []) + fields
        return try await client.executeRequest(
            uri: uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
            body: multipart(all, files: files))
    }

    /// The fixture with users, and a session client for each of them.
    static func signedIn(_ services: AppServices, _ client: SignedInClient, schedule: ReportingSchedule? = .monthly(day: 25))
        async throws -> (ReportingFixture, office: SignedInClient, liaison: SignedInClient, head: SignedInClient)
    {
        let r = try await ReportingFixture.make(services, schedule: schedule, withAccounts: true)
        return (
            r, try await r.client("office", from: client, session: true), try await r.client("liaison", from: client, session: true),
            try await r.client("head", from: client, session: true)
        )
    }

    static func reportFields(_ r: ReportingFixture, submit: Bool) -> [(String, String)] {
        [
            ("unitId", String(r.ledger.developmentBureau.id)), ("period", "2026-11"), ("status", "in_progress"), ("percent", "55"),
            ("narrative", "完成系统上线"), ("problems", ""), ("nextSteps", "推广"), ("requestedDeadline", ""), ("deadlineReason", ""),
            ("submit", submit ? "1" : "0")
        ]
    }

    @Test func aLiaisonFilesAndTheOfficeAcceptsThroughThePages() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, liaison, head) = try await Self.signedIn(services, client)
            // when: 交办 → 签收 → 指派 → file with a PDF and submit → approve → accept
            let assigned = try await office.postForm("/items/\(r.measure.id)/assignments", [("note", "请按期报送")])
            let a = try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql)[0]
            let signed = try await liaison.postForm("/assignments/\(a.id)/sign", [("version", String(a.version))])
            let handler = try await liaison.postForm("/assignments/\(a.id)/handler", [("version", String(a.version + 1)), ("handlerName", "李四")])
            let indicatorForm = try await office.postForm(
                "/items/\(r.measure.id)/indicators",
                [("indicatorName", "秒批事项数"), ("unitOfMeasure", "项"), ("baseline", "0"), ("target", "200")])
            let indicator = try await ReportQueries.indicators(ofItem: r.measure.id, on: r.f.sql)[0]
            let itemPage = try await liaison.get("/items/\(r.measure.id)")
            let filed = try await Self.file(
                liaison, "/items/\(r.measure.id)/reports",
                Self.reportFields(r, submit: true) + [("indicator.\(indicator.id)", "137件次")],
                files: [("evidence", "上线通知.pdf", EvidenceUploadTests.pdf)])
            let report = try await ReportQueries.reports(ofItem: r.measure.id, on: r.f.sql)[0]
            let headInbox = try await head.get("/inbox")
            let headerCount = try await head.get("/ledger")
            let approved = try await head.postForm("/reports/\(report.id)/review", [("action", "approve"), ("version", String(report.version))])
            let officePage = try await office.get("/reports/\(report.id)?lang=en")
            let accepted = try await office.postForm("/reports/\(report.id)/review", [("action", "accept"), ("version", String(report.version + 1))])
            let evidence = try await ReportQueries.evidence(ofReport: report.id, on: r.f.sql)
            let download = try await office.get("/evidence/\(evidence[0].id)")
            let itemAfter = try await office.get("/items/\(r.measure.id)")
            // then
            #expect([assigned.status, signed.status, handler.status, filed.status, approved.status, accepted.status].allSatisfy { $0 == .seeOther })
            #expect(indicatorForm.status == .seeOther)
            #expect(itemPage.text.contains("填报进展") && itemPage.text.contains("李四") && itemPage.text.contains("name=\"indicator.\(indicator.id)\""))
            #expect(itemAfter.text.contains("<td>137件次</td>"))
            #expect(report.reportState == .submitted)
            #expect(headInbox.status == .ok && headInbox.text.contains("待审核 <span class=\"count\">1</span>"))
            #expect(headerCount.text.contains("href=\"/inbox\" title=\"待办\">待办 <span class=\"count\">1</span>"))
            #expect(officePage.text.contains("Accept") && officePage.text.contains("上线通知.pdf"))
            #expect(try await ReportQueries.report(report.id, on: r.f.sql).reportState == .accepted)
            #expect(try await r.f.reload(r.measure.id).ownPercent == 55)
            #expect(download.status == .ok && Data(buffer: download.body) == EvidenceUploadTests.pdf)
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
        }
    }

    @Test func theReportPageWritesSizesInChineseAndEmptySectionsAsNone() async throws {
        try await TestApp.run { services, client in
            // given: a draft with no problems written, and a small PDF
            let (r, _, liaison, _) = try await Self.signedIn(services, client)
            _ = try await r.assignedAndSigned()
            _ = try await Self.file(
                liaison, "/items/\(r.measure.id)/reports", Self.reportFields(r, submit: false),
                files: [("evidence", "上线通知.pdf", EvidenceUploadTests.pdf)])
            let report = try await ReportQueries.reports(ofItem: r.measure.id, on: r.f.sql)[0]
            // when
            let zh = try await liaison.get("/reports/\(report.id)")
            let en = try await liaison.get("/reports/\(report.id)?lang=en")
            // then
            #expect(zh.status == .ok)
            #expect(zh.text.contains("\(EvidenceUploadTests.pdf.count) 字节"))
            #expect(!zh.text.contains("bytes"))
            #expect(zh.text.contains("<dt>存在问题</dt><dd>无</dd>"))
            #expect(zh.text.contains("<dt>工作进展</dt><dd>完成系统上线</dd>"))
            #expect(en.text.contains("\(EvidenceUploadTests.pdf.count) bytes"))
            #expect(en.text.contains("<dt>Problems</dt><dd>None</dd>"))
        }
    }

    @Test func aBadFileLeavesNoReportAndNoFile() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, _, liaison, _) = try await Self.signedIn(services, client)
            _ = try await r.assignedAndSigned()
            // when
            let response = try await Self.file(
                liaison, "/items/\(r.measure.id)/reports", Self.reportFields(r, submit: true),
                files: [("evidence", "通知.pdf", Data("MZ not a pdf".utf8))])
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("仅接受 PDF"))
            #expect(try await r.f.count("progress_reports") == 0)
            #expect(try await r.f.count("evidence_files") == 0)
            #expect(try await r.f.count("stored_files") == 0)
        }
    }

    @Test func withoutCSRFOrASessionNothingIsAssigned() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, _, _) = try await Self.signedIn(services, client)
            // when
            let anonymous = try await client.anonymous.postForm("/items/\(r.measure.id)/assignments", [("note", "")])
            let inbox = try await client.anonymous.get("/inbox")
            let noToken = try await office.postForm("/items/\(r.measure.id)/assignments", [("note", "")], csrf: false)
            let multipartNoToken = try await office.executeRequest(
                uri: "/items/\(r.measure.id)/reports", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(Self.boundary)"],
                body: Self.multipart(Self.reportFields(r, submit: false), files: []))
            // then
            #expect(anonymous.status == .seeOther && anonymous.headers[.location]?.hasPrefix("/login") == true)
            #expect(inbox.status == .seeOther)
            #expect(noToken.status == .forbidden && multipartNoToken.status == .forbidden)
            #expect(try await r.f.count("assignments") == 0)
            #expect(try await r.f.count("progress_reports") == 0)
        }
    }

    @Test func aLiaisonCannotReviewTheirOwnReport() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, _, liaison, _) = try await Self.signedIn(services, client)
            _ = try await r.assignedAndSigned()
            let draft = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(),
                baseVersion: nil, by: r.liaison)
            let submitted = try await services.reports.act(draft.id, .submit, baseVersion: draft.version, by: r.liaison)
            // when
            let response = try await liaison.postForm("/reports/\(draft.id)/review", [("action", "approve"), ("version", String(submitted.version))])
            // then
            #expect(response.status == .forbidden)
            #expect(try await ReportQueries.report(draft.id, on: r.f.sql).reportState == .submitted)
        }
    }

    @Test func pagesRenderInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, _, liaison, _) = try await Self.signedIn(services, client)
            _ = try await r.assignedAndSigned()
            let report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(),
                baseVersion: nil, by: r.liaison)
            // when / then
            for lang in ["zh", "en"] {
                for uri in [
                    "/reports/\(report.id)", "/inbox", "/digest?jurisdiction=\(r.ledger.district.id)", "/plans/\(r.ledger.plan.id)/reporting",
                    "/items/\(r.measure.id)", "/dashboard/\(r.ledger.district.id)", "/ledger?outdated=1"
                ] {
                    let page = try await liaison.get(uri + (uri.contains("?") ? "&" : "?") + "lang=\(lang)")
                    #expect(page.status == .ok, "\(uri) \(lang)")
                    #expect(!page.text.contains("reporting_") && !page.text.contains("reportState."), "untranslated key on \(uri)")
                }
            }
        }
    }

    /// The indicator form's target box once read 导入到 ("Import into"): the import's label had taken the key.
    @Test func theIndicatorFormLabelsTheTargetAsTheTarget() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, _, _) = try await Self.signedIn(services, client)
            // when
            let zh = try await office.get("/items/\(r.measure.id)").text
            let en = try await office.get("/items/\(r.measure.id)?lang=en").text
            // then
            #expect(zh.contains(#"<label for="i-target">目标值</label>"#))
            #expect(en.contains(#"<label for="i-target">Target</label>"#))
            #expect(!zh.contains("导入到"))
        }
    }

    /// A blank name in an indicator's edit form answers 422 with the error shown above the indicators table (not inside
    /// the folded "add" form), and nothing changes.
    @Test func aBlankIndicatorNameIsShownAndNothingChanges() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, _, _) = try await Self.signedIn(services, client)
            let added = try await services.indicators.add(
                itemId: r.measure.id, name: "办理时长", unitOfMeasure: "天", baseline: "5",
                target: "1", by: r.office)
            // when
            let page = try await office.postForm("/indicators/\(added.id)", [("indicatorName", "  "), ("version", String(added.version))])
            // then
            #expect(page.status == .unprocessableContent)
            let text = page.text
            let error = try #require(text.range(of: #"<div class="alert error" role="alert">"#))
            let table = try #require(text.range(of: "<th>指标</th>"))
            #expect(error.lowerBound < table.lowerBound)
            #expect(try await ReportQueries.indicator(added.id, on: r.f.sql) == added)
        }
    }

    /// A refusal from the service reads in the page's language.
    @Test func aRefusalReadsInChineseOnAChinesePage() async throws {
        try await TestApp.run { services, client in
            // given: assigned, not signed
            let (r, _, liaison, _) = try await Self.signedIn(services, client)
            let rows = try await services.assignments.assign(itemId: r.measure.id, note: "", includeParticipants: false, by: r.office)
            // when: the liaison names a handler before signing
            let zh = try await liaison.postForm("/assignments/\(rows[0].id)/handler", [("handlerName", "张三"), ("version", String(rows[0].version))])
            let en = try await liaison.postForm(
                "/assignments/\(rows[0].id)/handler?lang=en", [("handlerName", "张三"), ("version", String(rows[0].version))])
            // then
            #expect(zh.status == .unprocessableContent && zh.text.contains("请先签收任务"))
            #expect(!zh.text.contains("sign for the task"))
            #expect(en.text.contains("Sign for the task first"))
        }
    }

    @Test func theOfficeSetsAQuarterlySchedule() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, liaison, _) = try await Self.signedIn(services, client, schedule: nil)
            // when
            let bad = try await office.postForm(
                "/plans/\(r.ledger.plan.id)/reporting",
                [("scheduleKind", "quarterly"), ("reportDates", "3-25,6-25"), ("signDays", "3"), ("version", "0")])
            let good = try await office.postForm(
                "/plans/\(r.ledger.plan.id)/reporting",
                [("scheduleKind", "quarterly"), ("reportDates", "3-25,6-25,9-25,12-20"), ("signDays", "5"), ("version", "0")])
            let byLiaison = try await liaison.postForm(
                "/plans/\(r.ledger.plan.id)/reporting",
                [("scheduleKind", "monthly"), ("reportDay", "25"), ("signDays", "5"), ("version", "1")])
            // then
            #expect(bad.status == .unprocessableContent && bad.text.contains("季度报送日期"))
            #expect(good.status == .seeOther)
            #expect(byLiaison.status == .forbidden)
            let settings = try await ReportQueries.planReporting(r.ledger.plan.id, on: r.f.sql)
            #expect(settings.reportingSchedule == .standardQuarterly && settings.signDays == 5)
        }
    }
}
