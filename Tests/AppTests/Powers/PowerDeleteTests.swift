import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Deleting from the register of delegated powers: a decision only once it has no powers (409 naming why), a power with
/// its terms, evaluations, events and files, by its editors only, with the version read (409 when stale), audited.
struct PowerDeleteTests {
    static func delete(_ c: SignedInClient, _ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await c.executeRequest(uri: uri, method: .delete, headers: headers, body: nil)
    }

    @Test func aDecisionGoesOnlyWithoutPowersAndAPowerGoesWithItsHistory() async throws {
        try await TestApp.run { services, client in
            // given: the entrusted power handed over, evaluated and with an agreement
            let w = try await PowerFixture.make(services)
            let sql = services.database.sql
            let handed = try await services.powers.recordHandover(
                w.entrusted.id, handedOverOn: "2026-01-10", termStart: "", note: "", baseVersion: 1, by: w.office)
            _ = try await services.powers.recordEvaluation(
                w.entrusted.id, evaluatedOn: "2026-10-01", conclusion: "good", summary: "", by: w.office)
            let pdf = try services.evidence.check(filename: "委托协议.pdf", data: Data("%PDF-1.4 协议".utf8))
            try await services.powers.addAgreements(w.entrusted.id, files: [pdf], by: w.office)
            let province = try await client.as(.office, jurisdiction: w.guangdong.id)
            let shenzhen = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let guangzhou = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.shenzhen.id)
            let base = "/api/v1/powers/\(w.entrusted.id)"
            // when
            let decisionWithPowers = try await Self.delete(province, "/api/v1/power-decisions/\(w.decision.id)")
            let byViewer = try await Self.delete(viewer, base + "?version=\(handed.version)")
            let byOtherCity = try await Self.delete(guangzhou, base + "?version=\(handed.version)")
            let decisionByCity = try await Self.delete(shenzhen, "/api/v1/power-decisions/\(w.decision.id)")
            let withoutVersion = try await Self.delete(shenzhen, base)
            let stale = try await Self.delete(shenzhen, base + "?version=1")
            let deleted = try await Self.delete(shenzhen, base + "?version=\(handed.version)")
            let gone = try await shenzhen.get(base)
            let byIfMatch = try await Self.delete(guangzhou, "/api/v1/powers/\(w.devolved.id)", headers: [.ifMatch: "\"1\""])
            let decision = try await Self.delete(province, "/api/v1/power-decisions/\(w.decision.id)")
            let decisionAgain = try await Self.delete(province, "/api/v1/power-decisions/\(w.decision.id)")
            // then
            #expect(decisionWithPowers.status == .conflict && decisionWithPowers.apiError?.code == "power_decision_has_powers")
            #expect(decisionWithPowers.apiError?.message.contains("逐项删除") == true, "the reader's language: Chinese by default")
            #expect(byViewer.status == .forbidden && byOtherCity.status == .notFound && decisionByCity.status == .forbidden)
            #expect(withoutVersion.status == .badRequest && stale.status == .conflict && stale.apiError?.code == "conflict")
            #expect(deleted.status == .ok && gone.status == .notFound)
            #expect(byIfMatch.status == .ok && decision.status == .ok && decisionAgain.status == .notFound)
            for table in ["delegated_powers", "power_decisions", "power_terms", "power_evaluations", "power_events", "power_files"] {
                #expect(try await Fixtures(services: services).count(table) == 0, "\(table) is empty")
            }
            let audit = try await sql.all(
                AuditRow.self,
                "SELECT entity_type, entity_id, changes FROM audit_log WHERE action = 'delete' ORDER BY id")
            #expect(audit.map(\.entityType) == ["power", "power", "power_decision"])
            #expect(audit[0].entityId == w.entrusted.id && audit[0].changes.contains("职权事项1"))
            #expect(audit[2].changes.contains("粤府令第1号"))
        }
    }

    @Test func thePowerPageOffersItsEditorsADeleteWithAConfirmStep() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PowerFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let province = try await client.session(as: .office, jurisdiction: w.guangdong.id)
            let viewer = try await client.session(as: .viewer, jurisdiction: w.shenzhen.id)
            // when
            let page = try await office.get("/powers/items/\(w.entrusted.id)")
            let viewerPage = try await viewer.get("/powers/items/\(w.entrusted.id)")
            let register = try await province.get("/powers")
            let noToken = try await office.postForm("/powers/items/\(w.entrusted.id)/delete", [("version", "1")], csrf: false)
            let stale = try await office.postForm("/powers/items/\(w.entrusted.id)/delete", [("version", "7")])
            let deleted = try await office.postForm("/powers/items/\(w.entrusted.id)/delete", [("version", "1")])
            let decisionRefused = try await province.postForm("/powers/decisions/\(w.decision.id)/delete", [])
            _ = try await province.postForm("/powers/items/\(w.devolved.id)/delete", [("version", "1")])
            let decisionDeleted = try await province.postForm("/powers/decisions/\(w.decision.id)/delete", [])
            // then
            #expect(page.text.contains("action=\"/powers/items/\(w.entrusted.id)/delete\"") && page.text.contains("data-confirm=\"删除此职权事项"))
            #expect(!viewerPage.text.contains("/delete\""))
            #expect(register.text.contains("action=\"/powers/decisions/\(w.decision.id)/delete\""))
            #expect(noToken.status == .forbidden && stale.status == .conflict)
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/powers?decision=\(w.decision.id)")
            #expect(decisionRefused.status == .conflict && decisionRefused.text.contains("该决定下仍有职权事项"))
            #expect(decisionDeleted.status == .seeOther && decisionDeleted.headers[.location] == "/powers")
        }
    }

    struct AuditRow: Decodable {
        var entityType: String
        var entityId: Int
        var changes: String
    }
}
