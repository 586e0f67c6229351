import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The pages as people use them: in Chinese and English, a finding recorded with evidence through the form, a
/// rectification walked through its forms, bad input answered on the page, and readers outside the record refused.
struct InspectionPageTests {
    static func file(_ client: SignedInClient, _ uri: String, _ fields: [(String, String)], files: [(String, String, Data)] = [])
        async throws -> TestResponse
    {
        try await ReportPageTests.file(client, uri, fields, files: files)
    }

    @Test(arguments: ["zh", "en"])
    func everyPageRendersInBothLanguages(_ lang: String) async throws {
        try await TestApp.run { services, base in
            // given
            let x = try await InspectionFixture.make(services)
            let office = try await x.client("office", from: base)
            let headers: HTTPFields = [.cookie: "lang=\(lang)"]
            let expected: [String: (zh: String, en: String)] = [
                "/inspections": ("督查", "Inspections"),
                "/inspections/new": ("安排督查", "New inspection"),
                "/inspections/\(x.inspection.id)": ("记录督查发现", "Record a finding"),
                "/findings/\(x.finding.id)": ("企业开办全程网办率未达目标", "Behind schedule"),
                "/rectifications": ("整改台账", "Rectification ledger"),
                "/rectifications?inspection=\(x.inspection.id)&print=1": ("营商环境专项督查", "autoprint.js"),
                "/rectifications/\(x.rectification.id)": ("待签收", "To sign for"),
                "/dashboard/\(x.ledger.district.id)": ("督查整改", "Inspection rectification")
            ]
            for (uri, words) in expected {
                // when
                let r = try await office.get(uri, headers: headers)
                // then
                #expect(r.status == .ok, "\(uri): \(r.status)")
                #expect(r.text.contains(lang == "zh" ? words.zh : words.en), "\(uri) in \(lang)")
            }
        }
    }

    @Test func aFindingIsRecordedWithEvidenceAndBadInputIsShownOnThePage() async throws {
        try await TestApp.run { services, base in
            // given
            let x = try await InspectionFixture.make(services)
            let inspector = try await x.client("inspector", from: base, session: true)
            let uri = "/inspections/\(x.inspection.id)/findings"
            // when: a problem without the description or the deadline
            let bad = try await Self.file(
                inspector, uri,
                [("nature", "problem"), ("unitId", String(x.ledger.developmentBureau.id)), ("category", "other"), ("severity", "minor")])
            // then: 422 on the inspection page, naming the fields in Chinese
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("发现情况") && bad.text.contains("整改时限"))
            // when: a good one with a file
            let good = try await Self.file(
                inspector, uri,
                [
                    ("nature", "problem"), ("unitId", String(x.ledger.developmentBureau.id)), ("category", "other"), ("severity", "minor"),
                    ("description", "窗口人员不熟悉新流程"), ("deadline", "2026-12-31"), ("evidenceRequired", "培训记录"), ("itemIds", String(x.ledger.task.id))
                ],
                files: [("evidence", "走访记录.pdf", InspectionFixture.pdf)])
            // then: the finding's page with its evidence, which downloads
            #expect(good.status == .seeOther)
            let location = try #require(good.headers[.location])
            let page = try await inspector.get(location)
            #expect(page.text.contains("走访记录.pdf") && page.text.contains("窗口人员不熟悉新流程"))
            let evidenceId = try #require(
                try await services.database.sql.scalar(Int.self, column: "id", "SELECT MAX(id) AS id FROM finding_evidence"))
            let download = try await inspector.get("/finding-evidence/\(evidenceId)")
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == InspectionFixture.pdf)
            // and a reader outside the finding's unit does not learn it exists
            let other = try await x.client("otherLiaison", from: base)
            #expect(try await other.get(location).status == .notFound)
            #expect(try await other.get("/finding-evidence/\(evidenceId)").status == .notFound)
        }
    }

    @Test func theUnitAndTheInspectorWalkARectificationThroughTheForms() async throws {
        try await TestApp.run { services, base in
            // given
            let x = try await InspectionFixture.make(services)
            let liaison = try await x.client("liaison", from: base, session: true)
            let inspector = try await x.client("inspector", from: base, session: true)
            let id = x.rectification.id
            func version() async throws -> String { String(try await InspectionQueries.rectification(id, on: services.database.sql).version) }
            // when: signed for; a final report without evidence; then with it
            #expect(
                try await liaison.postForm("/rectifications/\(id)/steps", [("action", "sign"), ("version", try await version())]).status == .seeOther)
            let noEvidence = try await Self.file(
                liaison, "/rectifications/\(id)/reports", [("narrative", "已完成"), ("final", "1"), ("version", try await version())])
            #expect(noEvidence.status == .unprocessableContent)
            #expect(noEvidence.text.contains("佐证材料"))
            let filed = try await Self.file(
                liaison, "/rectifications/\(id)/reports", [("narrative", "已完成"), ("final", "1"), ("version", try await version())],
                files: [("evidence", "统计表.pdf", InspectionFixture.pdf)])
            #expect(filed.status == .seeOther)
            // a stale form is a conflict page
            let stale = try await inspector.postForm("/rectifications/\(id)/steps", [("action", "close"), ("version", "1")])
            #expect(stale.status == .conflict)
            // the unit may not verify its own; the inspector closes it
            #expect(
                try await liaison.postForm("/rectifications/\(id)/steps", [("action", "close"), ("version", try await version())]).status
                    == .forbidden)
            #expect(
                try await inspector.postForm("/rectifications/\(id)/steps", [("action", "close"), ("version", try await version())]).status
                    == .seeOther)
            // then
            let page = try await inspector.get("/rectifications/\(id)")
            #expect(page.text.contains("已销号") && page.text.contains("统计表.pdf"))
            #expect(try await InspectionQueries.rectification(id, on: services.database.sql).rectificationState == .closed)
        }
    }

    @Test func readersOutsideTheRecordGet404AndOthersInView403() async throws {
        try await TestApp.run { services, base in
            // given
            let x = try await InspectionFixture.make(services)
            let far = try await x.client("farLiaison", from: base)
            let outsider = try await x.client("outsiderInspector", from: base, session: true)
            let other = try await x.client("otherLiaison", from: base)
            // then: 广州's liaison sees neither the inspection nor the rectification
            #expect(try await far.get("/inspections/\(x.inspection.id)").status == .notFound)
            #expect(try await far.get("/rectifications/\(x.rectification.id)").status == .notFound)
            #expect(try await far.get("/rectifications?jurisdiction=\(x.ledger.district.id)").status == .notFound)
            // another 龙华 unit's liaison reads the inspection but not 发改局's rectification
            #expect(try await other.get("/inspections/\(x.inspection.id)").status == .ok)
            #expect(try await other.get("/rectifications/\(x.rectification.id)").status == .notFound)
            // an inspector of 龙华 not on the team reads it but takes no step and records no finding
            #expect(try await outsider.get("/rectifications/\(x.rectification.id)").status == .ok)
            let step = try await outsider.postForm(
                "/rectifications/\(x.rectification.id)/steps", [("action", "sign"), ("version", String(x.rectification.version))])
            #expect(step.status == .forbidden)
            let finding = try await outsider.postForm("/inspections/\(x.inspection.id)/findings", [("nature", "problem")])
            #expect(finding.status == .forbidden)
        }
    }
}
