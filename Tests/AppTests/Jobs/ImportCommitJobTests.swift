import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// A large draft is committed by the job worker: the page answers with the job at once, the worker commits it.
struct ImportCommitJobTests {
    /// One field, 30 tasks and 70 measures under each: 2,131 items, more than `ImportCommitJob.itemThreshold`.
    static func largePlanText() -> String {
        var text = "龙华区2026年全面深化改革工作要点\n\n一、深化营商环境改革\n"
        var n = 0
        for task in 1...30 {
            text += "（\(ChineseNumeral.format(task))）推进第\(task)项重点任务。\n"
            for m in 1...70 {
                n += 1
                text += "\(m)．推进第\(n)项改革措施。年底前完成。\n"
            }
        }
        return text
    }

    @Test func theAPIAnswersALargeCommitWithItsJob() async throws {
        try await TestApp.run { services, client in
            // given a large draft
            let district = try await Fixtures(services: services).jurisdiction()
            let draft = try await services.imports.createDraft(
                .init(kind: .text, filename: "要点.txt", data: Data(Self.largePlanText().utf8)),
                target: ImportTarget(mode: .newPlan, jurisdictionId: district.id), actor: "测试"
            ).record
            #expect(draft.itemCount > ImportCommitJob.itemThreshold && draft.errorCount == 0)
            // when the API commits it
            let answered = try await client.executeRequest(uri: "/api/v1/imports/\(draft.id)/commit", method: .post, headers: [:], body: nil)
            // then it is a 202 with the queued job, and nothing is committed yet
            #expect(answered.status == .accepted)
            let location = try #require(answered.headers[.location])
            let queued = try answered.decode(JobSeen.self)
            #expect(location == "/api/v1/jobs/\(queued.id)" && queued.kind == ImportCommitJob.kind && queued.state == "queued")
            #expect(try await ImportQueries.require(draft.id, on: services.database.sql).status == "draft")
            // and when the worker has run, the job links to the committed import
            await TestJobs.drain(services)
            let done = try await client.executeRequest(uri: location, method: .get, headers: [:], body: nil).decode(JobSeen.self)
            #expect(done.state == "succeeded" && done.link == "/imports/\(draft.id)")
            #expect(try await ImportQueries.require(draft.id, on: services.database.sql).status == "committed")
        }
    }

    @Test func aLargeDraftIsCommittedAsAJobAndASmallOneInTheRequest() async throws {
        try await TestApp.run { services, client in
            // given: a plan text with one field, 30 tasks and 70 measures under each (numbered 1．… through the plan)
            let district = try await Fixtures(services: services).jurisdiction()
            let text = Self.largePlanText()
            let draft = try await services.imports.createDraft(
                .init(kind: .text, filename: "要点.txt", data: Data(text.utf8)), target: ImportTarget(mode: .newPlan, jurisdictionId: district.id),
                actor: "测试")
            let large = draft.record
            #expect(draft.problems.filter { $0.severity == .error }.isEmpty, "\(draft.problems.filter { $0.severity == .error })")
            let small = try await services.imports.createDraft(
                .init(kind: .text, filename: "小.txt", data: Data("龙华区营商环境改革试点方案\n\n一、深化改革\n（一）推进试点。年底前完成。".utf8)),
                target: ImportTarget(mode: .newPlan, jurisdictionId: district.id), actor: "测试"
            ).record
            #expect(
                large.itemCount > ImportCommitJob.itemThreshold && large.errorCount == 0,
                "items \(large.itemCount), errors \(large.errorCount), warnings \(large.warningCount)")
            let browser = try await client.session(as: .admin)
            // when
            let answered = try await browser.postForm("/imports/\(large.id)/commit", [])
            let smallAnswer = try await browser.postForm("/imports/\(small.id)/commit", [])
            // then: the large one is a queued job, the small one committed at once
            let location = try #require(answered.headers[.location])
            #expect(answered.status == .seeOther && location.hasPrefix("/jobs/"))
            #expect(smallAnswer.headers[.location] == "/imports/\(small.id)")
            #expect(try await ImportQueries.require(large.id, on: services.database.sql).status == "draft")
            let jobId = try #require(Int(location.dropFirst("/jobs/".count)))
            #expect(try await browser.get(location).text.contains("提交导入，写入台账"))

            // when: the worker runs
            let ran = await TestJobs.drain(services, concurrency: 2)
            // then
            #expect(ran == 1)
            #expect(try await ImportQueries.require(large.id, on: services.database.sql).status == "committed")
            let job = try #require(try await services.jobs.job(jobId))
            #expect(job.state == .succeeded)
            let page = try await browser.get(location).text
            #expect(page.contains("已完成") && page.contains(#"href="/imports/\#(large.id)""#))
        }
    }
}
