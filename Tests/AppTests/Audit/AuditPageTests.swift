import Foundation
import HummingbirdTesting
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// The audit search reads as plain words: labels and states in the reader's language, names instead of ids, times in
/// the server's time zone, newest first.
struct AuditPageTests {
    /// Assigned, signed, filed, approved by the unit, then sent back for evidence: the entries users saw as keys and ids.
    private func reportSentBackForEvidence(_ services: AppServices) async throws -> ReportingFixture {
        let r = try await ReportingFixture.make(services, withAccounts: true)
        _ = try await r.assignedAndSigned()
        var report = try await services.reports.save(
            reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(),
            baseVersion: nil, by: r.liaison)
        report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
        report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
        _ = try await services.reports.act(report.id, .requestEvidence, comment: "请补充上线通知", baseVersion: report.version, by: r.office)
        return r
    }

    @Test func theAuditPageSaysWhatHappenedInChineseWithNamesAndLocalTimes() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await reportSentBackForEvidence(services)
            let office = try await r.client("office", from: client, session: true)
            // when
            let page = try await office.get("/audit")
            // then
            #expect(page.status == .ok)
            let html = page.text
            for raw in [
                "history.action.", "field.", "reportState.", "unit_approved", "evidence_requested", "2026-11-20T",
                "交办单位</b>：<ins>\(r.ledger.developmentBureau.id)<"
            ] {
                #expect(!html.contains(raw), "the page shows \(raw)")
            }
            #expect(html.contains("要求补充材料"))
            #expect(html.contains("<b>审核状态</b>：<del>单位已审核</del> → <ins>待补充材料</ins>"))
            #expect(html.contains("<b>交办单位</b>：<ins>龙华区发展和改革局</ins>"))
            #expect(html.contains("<b>签收时间</b>：<ins>2026年11月20日 10:00</ins>"))
            #expect(html.contains(#"<td class="nowrap">2026年11月20日 10:00</td>"#))
        }
    }

    @Test func theAuditPageReadsInEnglishWhenAsked() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await reportSentBackForEvidence(services)
            let office = try await r.client("office", from: client, session: true)
            // when
            let page = try await office.get("/audit?lang=en")
            // then
            let html = page.text
            #expect(html.contains("Evidence requested"))
            #expect(html.contains("<b>Review state</b>：<del>Approved by unit</del> → <ins>Evidence requested</ins>"))
            #expect(html.contains("<b>Signed at</b>：<ins>2026-11-20 10:00</ins>"))
            #expect(!html.contains("history.action.") && !html.contains("unit_approved") && !html.contains("2026-11-20T"))
        }
    }

    @Test func theAuditPageIsNewestFirstByTimeAndItsDaysAreLocal() async throws {
        try await TestApp.run { services, client in
            // given: entries written out of time order, as the demo's back-dated reporting steps are
            let l = try await SmallLedger.make(Fixtures(services: services))
            let sql = services.database.sql
            func entry(_ text: String, at: String) async throws {
                try await Audit.record(
                    entity: "item", id: l.task.id, action: "update", actor: "测试", version: 9,
                    changes: [.init(field: "remarks", before: nil, after: text)], at: at, on: sql)
            }
            try await entry("十八日上午", at: "2026-11-18T02:00:00.000Z")
            try await entry("十七日上午", at: "2026-11-17T02:00:00.000Z")
            try await entry("十八日零点半", at: "2026-11-17T16:30:00.000Z")
            // when
            let all = try await client.get("/audit")
            let day = try await client.get("/audit?from=2026-11-18&to=2026-11-18")
            // then
            let html = all.text
            let positions = try ["十八日上午", "十八日零点半", "十七日上午"].map { try #require(html.range(of: $0)).lowerBound }
            #expect(positions == positions.sorted())
            #expect(try #require(html.range(of: "经济体制改革")).lowerBound < positions[0])
            #expect(html.contains("打造营商环境改革创新实验区</a>"))
            #expect(html.contains("2026年11月18日 00:30"))
            #expect(day.text.contains("十八日上午") && day.text.contains("十八日零点半"))
            #expect(!day.text.contains("十七日上午"))
        }
    }

    /// Every action and field the app records has words in both languages: those the demo's history holds, and every
    /// action and change the sources write by name.
    @Test func everyRecordedActionAndFieldHasWordsInBothLanguages() async throws {
        try await TestDatabase.withServices { services in
            // given
            try await TestDemo.load(services)
            let rows = try await services.database.sql.all(
                AuditRecord.self,
                "SELECT id, entity_type, entity_id, action, actor, at, version, changes FROM audit_log")
            var actions = Set(rows.map(\.action)).union(ReportAction.allCases.map(\.rawValue))
            var fields = Set(rows.flatMap { $0.changeMap.keys })
            let sources = FileManager.default.enumerator(atPath: StringTableTests.sources.path)?.allObjects.compactMap { $0 as? String } ?? []
            let actionPattern = try NSRegularExpression(pattern: #"Audit\.record\([^)]*?action: "([a-z_]+)""#)
            let fieldPattern = try NSRegularExpression(pattern: #"\.init\(field: "([A-Za-z]+)", before:"#)
            for file in sources where file.hasSuffix(".swift") {
                let text = try String(contentsOf: StringTableTests.sources.appendingPathComponent(file), encoding: .utf8)
                for (pattern, into) in [(actionPattern, 0), (fieldPattern, 1)] {
                    for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                        let name = String(text[Range(match.range(at: 1), in: text)!])
                        if into == 0 { actions.insert(name) } else { fields.insert(name) }
                    }
                }
            }
            #expect(actions.count > 25)
            #expect(fields.contains("state") && fields.contains("signedAt") && fields.contains("assignedUnitId"))
            // when
            let missing =
                actions.filter { L10n.strings["history.action." + $0] == nil }.map { "history.action." + $0 }
                + fields.filter { L10n.strings["field." + $0] == nil }.map { "field." + $0 }
            // then
            #expect(missing.sorted() == [])
        }
    }
}
