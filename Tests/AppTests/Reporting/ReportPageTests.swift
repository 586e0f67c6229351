@testable import App
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

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
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += data + Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        return ByteBuffer(data: body)
    }

    static func post(_ client: any TestClientProtocol, _ uri: String, as p: Principal, _ fields: [(String, String)]) async throws -> TestResponse {
        var h = TestPrincipal.headers(p)
        h[.contentType] = "application/x-www-form-urlencoded"
        return try await client.executeRequest(uri: uri, method: .post, headers: h, body: ByteBuffer(string: FormBody.encode(fields)))
    }

    static func file(_ client: any TestClientProtocol, _ uri: String, as p: Principal, _ fields: [(String, String)],
                     files: [(String, String, Data)]) async throws -> TestResponse {
        var h = TestPrincipal.headers(p)
        h[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.executeRequest(uri: uri, method: .post, headers: h, body: multipart(fields, files: files))
    }

    static func reportFields(_ r: ReportingFixture, submit: Bool) -> [(String, String)] {
        [("unitId", String(r.ledger.developmentBureau.id)), ("period", "2026-11"), ("status", "in_progress"), ("percent", "55"),
         ("narrative", "完成系统上线"), ("problems", ""), ("nextSteps", "推广"), ("requestedDeadline", ""), ("deadlineReason", ""),
         ("submit", submit ? "1" : "0")]
    }

    @Test func aLiaisonFilesAndTheOfficeAcceptsThroughThePages() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await ReportingFixture.make(services)
            // when: 交办 → 签收 → 指派 → file with a PDF and submit → approve → accept
            let assigned = try await Self.post(client, "/items/\(r.measure.id)/assignments", as: r.office, [("note", "请按期报送")])
            let a = try await ReportQueries.assignments(ofItem: r.measure.id, on: r.f.sql)[0]
            let signed = try await Self.post(client, "/assignments/\(a.id)/sign", as: r.liaison, [("version", String(a.version))])
            let handler = try await Self.post(client, "/assignments/\(a.id)/handler", as: r.liaison, [("version", String(a.version + 1)), ("handlerName", "李四")])
            let itemPage = try await client.get("/items/\(r.measure.id)", headers: TestPrincipal.headers(r.liaison))
            let filed = try await Self.file(client, "/items/\(r.measure.id)/reports", as: r.liaison, Self.reportFields(r, submit: true),
                                            files: [("evidence", "上线通知.pdf", EvidenceUploadTests.pdf)])
            let report = try await ReportQueries.reports(ofItem: r.measure.id, on: r.f.sql)[0]
            let headInbox = try await client.get("/inbox", headers: TestPrincipal.headers(r.head))
            let approved = try await Self.post(client, "/reports/\(report.id)/review", as: r.head, [("action", "approve"), ("version", String(report.version))])
            let officePage = try await client.get("/reports/\(report.id)?lang=en", headers: TestPrincipal.headers(r.office))
            let accepted = try await Self.post(client, "/reports/\(report.id)/review", as: r.office, [("action", "accept"), ("version", String(report.version + 1))])
            let evidence = try await ReportQueries.evidence(ofReport: report.id, on: r.f.sql)
            let download = try await client.get("/evidence/\(evidence[0].id)", headers: TestPrincipal.headers(r.office))
            // then
            #expect([assigned.status, signed.status, handler.status, filed.status, approved.status, accepted.status].allSatisfy { $0 == .seeOther })
            #expect(itemPage.text.contains("填报进展") && itemPage.text.contains("李四"))
            #expect(report.reportState == .submitted)
            #expect(headInbox.status == .ok && headInbox.text.contains("待审核 <span class=\"count\">1</span>"))
            #expect(officePage.text.contains("Accept") && officePage.text.contains("上线通知.pdf"))
            #expect(try await ReportQueries.report(report.id, on: r.f.sql).reportState == .accepted)
            #expect(try await r.f.reload(r.measure.id).ownPercent == 55)
            #expect(download.status == .ok && Data(buffer: download.body) == EvidenceUploadTests.pdf)
            #expect(download.headers[.contentType] == "application/pdf")
            #expect(download.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
        }
    }

    @Test func aBadFileLeavesNoReportAndNoFile() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            // when
            let response = try await Self.file(client, "/items/\(r.measure.id)/reports", as: r.liaison, Self.reportFields(r, submit: true),
                                               files: [("evidence", "通知.pdf", Data("MZ not a pdf".utf8))])
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("仅接受 PDF"))
            #expect(try await r.f.count("progress_reports") == 0)
            #expect(try await r.f.count("evidence_files") == 0)
            #expect((FileManager.default.enumerator(atPath: services.config.filesDirectory)?.allObjects ?? []).isEmpty)
        }
    }

    @Test func withoutASignedInUserActionsAreRefused() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await ReportingFixture.make(services)
            // when
            let response = try await client.postForm("/items/\(r.measure.id)/assignments", [("note", "")])
            let inbox = try await client.get("/inbox")
            // then
            #expect(response.status == .forbidden && inbox.status == .forbidden)
            #expect(try await r.f.count("assignments") == 0)
        }
    }

    @Test func aLiaisonCannotReviewTheirOwnReport() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            let draft = try await services.reports.save(reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(),
                                                        baseVersion: nil, by: r.liaison)
            let submitted = try await services.reports.act(draft.id, .submit, baseVersion: draft.version, by: r.liaison)
            // when
            let response = try await Self.post(client, "/reports/\(draft.id)/review", as: r.liaison, [("action", "approve"), ("version", String(submitted.version))])
            // then
            #expect(response.status == .forbidden)
            #expect(try await ReportQueries.report(draft.id, on: r.f.sql).reportState == .submitted)
        }
    }

    @Test func pagesRenderInBothLanguages() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            let report = try await services.reports.save(reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(),
                                                         baseVersion: nil, by: r.liaison)
            // when / then
            for lang in ["zh", "en"] {
                for uri in ["/reports/\(report.id)", "/inbox", "/digest?jurisdiction=\(r.ledger.district.id)", "/plans/\(r.ledger.plan.id)/reporting",
                            "/items/\(r.measure.id)", "/dashboard/\(r.ledger.district.id)", "/ledger?outdated=1"] {
                    let page = try await client.get(uri + (uri.contains("?") ? "&" : "?") + "lang=\(lang)", headers: TestPrincipal.headers(r.liaison))
                    #expect(page.status == .ok, "\(uri) \(lang)")
                    #expect(!page.text.contains("reporting_") && !page.text.contains("reportState."), "untranslated key on \(uri)")
                }
            }
        }
    }

    @Test func theOfficeSetsAQuarterlySchedule() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await ReportingFixture.make(services, schedule: nil)
            // when
            let bad = try await Self.post(client, "/plans/\(r.ledger.plan.id)/reporting", as: r.office,
                                          [("kind", "quarterly"), ("reportDates", "3-25,6-25"), ("signDays", "3"), ("version", "0")])
            let good = try await Self.post(client, "/plans/\(r.ledger.plan.id)/reporting", as: r.office,
                                           [("kind", "quarterly"), ("reportDates", "3-25,6-25,9-25,12-20"), ("signDays", "5"), ("version", "0")])
            let byLiaison = try await Self.post(client, "/plans/\(r.ledger.plan.id)/reporting", as: r.liaison,
                                                [("kind", "monthly"), ("reportDay", "25"), ("signDays", "5"), ("version", "1")])
            // then
            #expect(bad.status == .unprocessableContent && bad.text.contains("季度报送日期"))
            #expect(good.status == .seeOther)
            #expect(byLiaison.status == .forbidden)
            let settings = try await ReportQueries.planReporting(r.ledger.plan.id, on: r.f.sql)
            #expect(settings.reportingSchedule == .standardQuarterly && settings.signDays == 5)
        }
    }
}
