import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import App

/// Issue 10: a viewer's write got 422 (its body was checked) before 403. Every write the permission matrix refuses is
/// refused the same way with a body that says nothing (an empty form, `{}`, no query string): who may act is decided
/// before what they sent is read.
struct PermissionBeforeValidationTests {
    typealias Who = PermissionWorld.Who

    /// Refusals that depend on what the body names, so an empty body is rightly a question of its own. An office of
    /// another city may create plans, units and imports, but not in 龙华区, which only the body says; 司法局's liaison may
    /// file for its own unit, which takes part in the item (an empty body files for it: 422, the task not yet assigned to
    /// it), but not for 发改局, which only the body says.
    static let decidedByTheBody: Set<String> = [
        "POST /plans as otherOffice", "POST /api/v1/plans as otherOffice", "POST /units as otherOffice",
        "POST /api/v1/units as otherOffice", "POST /imports as otherOffice", "POST /api/v1/imports as otherOffice",
        "POST /items/{id}/reports as participant", "POST /api/v1/items/{id}/reports as participant",
        // The office may take a matter's other steps (withdraw it); only the body says it asked for the lead unit's 签收.
        "POST /matters/{id}/steps as office", "POST /api/v1/matters/{id}/steps as office",
        // An office of another city may set up inspections, but not of 龙华区, which only the body says.
        "POST /inspections as otherOffice", "POST /api/v1/inspections as otherOffice",
        // The raising unit may accept an obstacle's answer, raise it again or withdraw it; only the body says it asked to decide.
        "POST /obstacles/{id}/steps as liaison", "POST /api/v1/obstacles/{id}/steps as liaison",
        "POST /obstacles/{id}/steps as unitHead", "POST /api/v1/obstacles/{id}/steps as unitHead",
        // Batch work: 司法局's liaison may sign for its own assignments and an office of another city may amend its own
        // items; which ones, only the body says.
        "POST /assignments/sign as participant", "POST /api/v1/assignments/sign as participant", "POST /api/v1/amendments as otherOffice",
        // An office of another city may record meetings and bodies of its own, not of 龙华区, which only the body says.
        "POST /meetings as otherOffice", "POST /api/v1/meetings as otherOffice", "POST /meetings/bodies as otherOffice",
        "POST /api/v1/meeting-bodies as otherOffice",
        // 司法局's liaison answers its own rows of a year-end check, not 发改局's; which rows, only the body says.
        "POST /yearend/{id}/answers as participant", "POST /api/v1/yearend/{id}/answers as participant",
        // An office of another city may keep authorization lists of its own and add items to them, not to 龙华区's, which
        // only the body says (the jurisdiction, the batch).
        "POST /authorizations/batches as otherOffice", "POST /api/v1/authorization-batches as otherOffice",
        "POST /authorizations/items as otherOffice", "POST /api/v1/authorizations as otherOffice",
        // An office of another city may run evaluation rounds and keep experiences of its own, not 龙华区's, which only the
        // body says.
        "POST /evaluations as otherOffice", "POST /api/v1/evaluation-rounds as otherOffice", "POST /replication as otherOffice",
        "POST /api/v1/experiences as otherOffice",
        // An office of another city may open golden-idea calls of its own, not in 龙华区, which only the body says.
        "POST /ideas/calls as otherOffice",
        // Likewise an office of another city may keep decisions moving powers of its own and add powers to them.
        "POST /powers/decisions as otherOffice", "POST /api/v1/power-decisions as otherOffice",
        "POST /powers/items as otherOffice", "POST /api/v1/powers as otherOffice",
        // And calls for grassroots projects of its own, and declarations to them.
        "POST /grassroots/calls as otherOffice", "POST /api/v1/grassroots-calls as otherOffice",
        "POST /grassroots/projects as otherOffice", "POST /api/v1/grassroots-projects as otherOffice",
        // Golden-idea calls through the API, as on the page.
        "POST /api/v1/idea-calls as otherOffice"
    ]

    @Test func aRefusedWriteIsRefusedWhateverItsBody() async throws {
        try await TestApp.run { services, client in
            // given
            let world = try await PermissionWorld.make(services, client)
            var failures: [String] = []
            var tried = 0
            for route in PermissionMatrixTests.entries.keys.sorted() {
                let entry = try #require(PermissionMatrixTests.entries[route])
                for who in Who.allCases where who != .anonymous {
                    let expected = entry.expected(who)
                    guard expected == .forbidden || expected == .notFound, !Self.decidedByTheBody.contains("\(route) as \(who)") else { continue }
                    let r = try await entry.request(world, who)
                    guard r.method != .get else { continue }
                    // when: the same address without its query string, with an empty body of the same kind
                    var headers = r.headers
                    headers[.contentType] = r.form != nil ? "application/x-www-form-urlencoded" : (headers[.contentType] ?? "application/json")
                    let multipart = headers[.contentType]?.hasPrefix("multipart/") == true
                    let body = ByteBuffer(string: r.form != nil || multipart ? "" : "{}")
                    let uri = String(r.uri.split(separator: "?", maxSplits: 1)[0])
                    let response = try await world.clients[who]!.executeRequest(uri: uri, method: r.method, headers: headers, body: body)
                    tried += 1
                    // then
                    let got = PermissionMatrixTests.Outcome.of(response)
                    if got != expected.description {
                        failures.append("\(route) as \(who): expected \(expected), got \(got) — \(response.text.prefix(160))")
                    }
                }
            }
            #expect(tried > 150)
            #expect(failures.isEmpty, "\(failures.count) refused writes read their body first:\n\(failures.joined(separator: "\n"))")
        }
    }
}
