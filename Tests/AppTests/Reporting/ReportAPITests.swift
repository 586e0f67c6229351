import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// /api/v1 for the reporting loop: the chain as JSON, evidence upload limits, 403 without a user, 409 on a stale version.
struct ReportAPITests {
    static func json(_ client: SignedInClient, _ uri: String, method: HTTPRequest.Method = .post, _ body: String) async throws -> TestResponse {
        try await client.executeRequest(uri: uri, method: method, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
    }

    /// The fixture with users, and an API-token client for each role in the chain.
    static func clients(_ services: AppServices, _ client: SignedInClient) async throws
        -> (ReportingFixture, office: SignedInClient, liaison: SignedInClient, head: SignedInClient)
    {
        let r = try await ReportingFixture.make(services, withAccounts: true)
        return (
            r, try await r.client("office", from: client, session: false), try await r.client("liaison", from: client, session: false),
            try await r.client("head", from: client, session: false)
        )
    }

    struct IDVersion: Decodable {
        var id: Int
        var version: Int
    }
    struct IDOnly: Decodable {
        var id: Int
        var sha256: String
    }
    struct Detail: Decodable {
        var report: IDVersion
        var actions: [String]
    }
    struct Page<T: Decodable>: Decodable { var items: [T] }

    @Test func theChainThroughTheAPI() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, office, liaison, head) = try await Self.clients(services, client)
            let base = "/api/v1"
            // when
            let assigned = try await Self.json(office, "\(base)/items/\(r.measure.id)/assignments", #"{"note":"请按期报送"}"#)
            let a = try assigned.decode(Page<IDVersion>.self).items[0]
            let signed = try await Self.json(liaison, "\(base)/assignments/\(a.id)/sign", #"{"version":\#(a.version)}"#)
            let created = try await Self.json(
                liaison, "\(base)/items/\(r.measure.id)/reports",
                #"{"period":"2026-11","status":"in_progress","percent":80,"narrative":"已上线试运行","requestedDeadline":"2027-02-28","deadlineReason":"系统改造"}"#
            )
            var d = try created.decode(Detail.self)
            for (who, action) in [(liaison, "submit"), (head, "approve")] {
                let step = try await Self.json(
                    who, "\(base)/reports/\(d.report.id)/review", #"{"action":"\#(action)","version":\#(d.report.version)}"#)
                #expect(step.status == .ok, "\(action): \(step.text)")
                d = try step.decode(Detail.self)
            }
            let headsView = d.actions
            let officesView = try await office.get("\(base)/reports/\(d.report.id)").decode(Detail.self).actions
            let liaisonsView = try await liaison.get("\(base)/reports/\(d.report.id)").decode(Detail.self).actions
            let stale = try await Self.json(office, "\(base)/reports/\(d.report.id)/review", #"{"action":"accept","version":1}"#)
            let accepted = try await Self.json(
                office, "\(base)/reports/\(d.report.id)/review",
                #"{"action":"accept","version":\#(d.report.version)}"#)
            let inbox = try await office.get("\(base)/inbox")
            let ranking = try await office.get("\(base)/jurisdictions/\(r.ledger.district.id)/ranking")
            let ledger = try await office.get("\(base)/ledger?outdated=true&scope=leaves")
            // then
            #expect(assigned.status == .created && signed.status == .ok && created.status == .created)
            #expect(stale.status == .conflict)
            #expect(accepted.status == .ok)
            // each reader is offered only the steps they may take (the page's buttons and the API agree)
            #expect(officesView == ["accept", "return", "request_evidence"])
            #expect(headsView.isEmpty && liaisonsView.isEmpty)
            let item = try await r.f.reload(r.measure.id)
            #expect(item.ownPercent == 80 && item.currentDeadline == "2027-02-28" && item.delayCount == 1)
            #expect(inbox.status == .ok && inbox.text.contains("\"total\":0"))
            #expect(ranking.status == .ok && ranking.text.contains(r.ledger.developmentBureau.name))
            #expect(ledger.status == .ok)
        }
    }

    @Test func wrongRolesAndNobodyAreRefusedAndNothingChanges() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, _, liaison, head) = try await Self.clients(services, client)
            // when
            let assign = try await Self.json(liaison, "/api/v1/items/\(r.measure.id)/assignments", "{}")
            let schedule = try await Self.json(head, "/api/v1/plans/\(r.ledger.plan.id)/reporting", method: .put, #"{"kind":"none","version":1}"#)
            let inbox = try await client.anonymous.get("/api/v1/inbox")
            // then
            #expect(assign.status == .forbidden && assign.apiError?.code == "forbidden")
            #expect(schedule.status == .forbidden && inbox.status == .unauthorized)
            #expect(try await r.f.count("assignments") == 0)
            #expect(try await ReportQueries.planReporting(r.ledger.plan.id, on: r.f.sql).schedule == "monthly:25")
        }
    }

    @Test func evidenceUploadRefusesBadFilesAndStoresGoodOnes() async throws {
        try await TestApp.run { services, client in
            // given
            let (r, _, liaison, _) = try await Self.clients(services, client)
            _ = try await r.assignedAndSigned()
            let report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(),
                baseVersion: nil, by: r.liaison)
            func upload(_ name: String, _ data: Data) async throws -> TestResponse {
                try await liaison.executeRequest(
                    uri: "/api/v1/reports/\(report.id)/evidence", method: .post,
                    headers: [.contentType: "multipart/form-data; boundary=\(ReportPageTests.boundary)"],
                    body: ReportPageTests.multipart([], files: [("evidence", name, data)]))
            }
            // when
            let empty = try await upload("a.pdf", Data())
            let wrong = try await upload("a.pdf", Data("<html>".utf8))
            let good = try await upload("纪要.pdf", EvidenceUploadTests.pdf)
            let list = try await liaison.get("/api/v1/reports/\(report.id)/evidence")
            // then
            #expect(empty.status == .unprocessableContent && empty.apiError?.fields?.first?.code == "fileEmpty")
            #expect(wrong.status == .unprocessableContent && wrong.apiError?.fields?.first?.code == "fileType")
            #expect(good.status == .created)
            #expect(try list.decode(Page<IDOnly>.self).items.map(\.sha256.count) == [64])
            #expect(try await r.f.count("evidence_files") == 1)
        }
    }
}
