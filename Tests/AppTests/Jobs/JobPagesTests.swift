import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// A job's page and API: progress as the worker last reported it, and cancelling.
struct JobPagesTests {
    struct Empty: Codable {}

    @Test func thePageAndTheAPIShowProgressAndACancelStopsTheJob() async throws {
        try await TestApp.run { services, client in
            // given: a running job at 40 %
            let id = try await services.jobs.enqueue(kind: "unknown.kind", payload: Empty(), createdBy: nil)
            _ = try #require(try await services.jobs.claim(worker: "w"))
            _ = try await services.jobs.heartbeat(id, worker: "w", done: 4, total: 10, note: "第 4 / 10 行")
            // when
            let page = try await client.get("/jobs/\(id)")
            let api = try await client.get("/api/v1/jobs/\(id)")
            // then
            #expect(page.status == .ok)
            #expect(page.text.contains("进行中") && page.text.contains(#"value="40""#) && page.text.contains("第 4 / 10 行"))
            #expect(page.text.contains(#"action="/jobs/\#(id)/cancel""#))
            let body = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [String: Any])
            #expect(body["state"] as? String == "running")
            #expect((body["progress"] as? [String: Any])?["percent"] as? Int == 40)

            // when: cancelled through the API
            let cancel = try await client.sendJSON("/api/v1/jobs/\(id)/cancel", method: .post, "{}")
            // then: the running job is asked to stop; the page says so and offers no second cancel
            #expect(cancel.status == .accepted)
            #expect(cancel.text.contains(#""cancelRequested":true"#))
            let asked = try await client.get("/jobs/\(id)")
            #expect(asked.text.contains("已请求取消") && !asked.text.contains(#"action="/jobs/\#(id)/cancel""#))

            // when: the worker stops it, and someone cancels again
            try await services.jobs.markCancelled(id, worker: "w")
            let again = try await client.sendJSON("/api/v1/jobs/\(id)/cancel", method: .post, "{}")
            // then
            #expect(again.status == .unprocessableContent && again.apiError?.code == "job_finished")
            #expect(try await client.get("/jobs/\(id)").text.contains("已取消"))
            #expect(try await client.get("/api/v1/jobs/\(id + 1000)").status == .notFound)
        }
    }
}
