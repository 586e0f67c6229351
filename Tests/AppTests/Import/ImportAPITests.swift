import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// /api/v1/imports: the same dry run, corrections, commit and undo as the pages.
struct ImportAPITests {
    struct Detail: Decodable {
        struct Problem: Decodable {
            var severity: String
            var code: String
            var line: Int?
            var unitName: String?
            var message: String
        }
        struct Unit: Decodable {
            var name: String
            var resolution: String
            var unitId: Int?
        }
        struct Item: Decodable {
            var key: Int
            var number: String
            var title: String
            var deadline: String?
            var deadlineText: String?
        }
        struct Plan: Decodable { var id: Int }
        var id: Int
        var status: String
        var version: Int
        var canCommit: Bool
        var plan: Plan?
        var errorCount: Int
        var problems: [Problem]
        var units: [Unit]
        var items: [Item]
    }

    struct UndoResult: Decodable {
        var removedItems: Int
        var removedUnits: Int
    }

    @Test func aPlanIsImportedCorrectedCommittedAndUndoneThroughTheAPI() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let text = String(decoding: try ImportFixtures.data("guangzhou-2022-work-points.txt"), as: UTF8.self)
            struct Body: Encodable {
                var text: String
                var filename: String
                var target: [String: Int]
            }
            // when
            let created = try await client.sendJSON(
                "/api/v1/imports", method: .post,
                value: Body(text: text, filename: "gz.txt", target: ["jurisdictionId": gz.city.id]))
            // then
            #expect(created.status == .created)
            let draft = try created.decode(Detail.self)
            #expect(created.headers[.location] == "/api/v1/imports/\(draft.id)")
            #expect(draft.status == "draft" && !draft.canCommit && draft.errorCount == 2 && draft.items.count == 19)
            #expect(draft.problems.first { $0.code == "unknown_unit" }?.line == 25)

            // when: unknown units created
            let patched = try await client.sendJSON(
                "/api/v1/imports/\(draft.id)", method: .patch,
                """
                {"version": \(draft.version), "units": [{"name": "人民银行广州分行营管部", "create": true}, {"name": "市委督查室", "create": true}],
                 "items": [{"key": 4, "deadline": "2022年9月底前"}]}
                """)
            #expect(patched.status == .ok)
            let ready = try patched.decode(Detail.self)
            #expect(ready.canCommit && ready.items[4].deadline == "2022-09-30")
            let committed = try await client.executeRequest(uri: "/api/v1/imports/\(draft.id)/commit", method: .post, headers: [:], body: nil)
            #expect(committed.status == .ok)
            let done = try committed.decode(Detail.self)
            #expect(done.status == "committed")
            let items = try await client.get("/api/v1/plans/\(done.plan!.id)/items")
            #expect(items.status == .ok && items.text.contains("推行企业开办“一网通办”"))

            // when: committing again, then undoing
            let again = try await client.executeRequest(uri: "/api/v1/imports/\(draft.id)/commit", method: .post, headers: [:], body: nil)
            #expect(again.status == .unprocessableContent && again.apiError?.code == "import_not_draft")
            let undone = try await client.sendJSON("/api/v1/imports/\(draft.id)/undo", method: .post, "{}")
            #expect(undone.status == .ok)
            let result = try undone.decode(UndoResult.self)
            #expect(result.removedItems == 19 && result.removedUnits == 2)
            #expect(try await f.count("plan_items") == 0)
        }
    }

    @Test func aDocxIsSentAsBase64() async throws {
        try await TestApp.run { services, client in
            // given
            let district = try await Fixtures(services: services).jurisdiction()
            let content = try ImportFixtures.data("longhua-2020-work-points.docx").base64EncodedString()
            // when
            let response = try await client.sendJSON(
                "/api/v1/imports", method: .post,
                """
                {"content": "\(content)", "filename": "longhua.docx", "target": {"mode": "newPlan", "jurisdictionId": \(district.id)}}
                """)
            // then
            #expect(response.status == .created)
            let detail = try response.decode(Detail.self)
            #expect(detail.items.count == 7)
            #expect(detail.problems.contains { $0.code == "auto_numbering" && $0.line == 13 })
        }
    }

    @Test(arguments: [
        (#"{"target": {"jurisdictionId": 1}}"#, 422, "validation_failed"),
        (#"{"text": "一、改革", "content": "AAAA", "target": {"jurisdictionId": 1}}"#, 422, "text_and_content"),
        (#"{"content": "!!!", "kind": "docx", "target": {"jurisdictionId": 1}}"#, 422, "invalid_base64"),
        (#"{"content": "AAAA", "kind": "docx", "target": {"jurisdictionId": 1}}"#, 422, "unreadable_file"),
        (#"{"content": "AAAA", "target": {"jurisdictionId": 1}}"#, 422, "validation_failed"),
        (#"{"text": "一、改革", "target": {"jurisdictionId": 999}}"#, 422, "validation_failed"),
        (#"{"text": "一、改革", "target": {"mode": "sideways", "jurisdictionId": 1}}"#, 422, "validation_failed"),
        (#"{"text": "一、改革", "target": {"mode": "existingPlan"}}"#, 422, "validation_failed"),
        (#"{"text": 5}"#, 400, "bad_request"),
        (
            "{\"text\": \"一、改革\", \"filename\": \"\(String(repeating: "长", count: 201))\", \"target\": {\"jurisdictionId\": 1}}", 422,
            "validation_failed"
        ),
        (#"{"text": "a\u0000b", "target": {"jurisdictionId": 1}}"#, 400, "bad_request")
    ])
    func badImportRequestsAreRefusedAndWriteNothing(_ body: String, _ status: Int, _ code: String) async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            _ = try await f.jurisdiction()
            // when
            let response = try await client.sendJSON("/api/v1/imports", method: .post, body)
            // then
            #expect(Int(response.status.code) == status)
            #expect(response.apiError?.code == code)
            #expect(try await f.count("import_batches") == 0)
        }
    }

    @Test func unknownImportsAreNotFoundAndBadIdsAreBadRequests() async throws {
        try await TestApp.run { _, client in
            // when
            let unknown = try await client.get("/api/v1/imports/99")
            let badId = try await client.get("/api/v1/imports/x")
            let commit = try await client.executeRequest(uri: "/api/v1/imports/99/commit", method: .post, headers: [:], body: nil)
            let badLimit = try await client.get("/api/v1/imports/1?limit=0")
            // then
            #expect(unknown.status == .notFound && badId.status == .badRequest)
            #expect(commit.status == .notFound && badLimit.status == .badRequest)
        }
    }

    @Test func aStalePatchIsAConflictAndADraftCanBeDiscarded() async throws {
        try await TestApp.run { services, client in
            // given
            let district = try await Fixtures(services: services).jurisdiction()
            let created = try await client.sendJSON(
                "/api/v1/imports", method: .post,
                #"{"text": "一、深化改革\n（一）推进试点。年底前完成。", "target": {"jurisdictionId": \#(district.id)}}"#)
            let draft = try created.decode(Detail.self)
            // when
            let stale = try await client.sendJSON("/api/v1/imports/\(draft.id)", method: .patch, #"{"version": 99}"#)
            let missing = try await client.sendJSON("/api/v1/imports/\(draft.id)", method: .patch, #"{}"#)
            let discarded = try await client.executeRequest(uri: "/api/v1/imports/\(draft.id)", method: .delete, headers: [:], body: nil)
            // then
            #expect(stale.status == .conflict)
            #expect(missing.status == .badRequest)
            #expect(discarded.status == .ok)
            #expect(try await client.get("/api/v1/imports/\(draft.id)").status == .notFound)
        }
    }
}
