import Foundation
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// A large ledger view exported by the job worker: asked for from the page or the API, written in the background, kept
/// in the database and downloaded by whoever asked (and administrators) from any instance.
struct LedgerExportJobTests {
    @Test func thePageQueuesTheExportAndTheJobHandsOutTheFile() async throws {
        try await TestApp.run { services, client in
            // given a plan and an office user in its district
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            let office = try await client.session(as: .office, jurisdiction: ledger.district.id)
            // when the office asks for the plan's ledger as a background export
            let answered = try await office.postForm("/ledger/export-jobs", [("query", "plan=\(ledger.plan.id)"), ("format", "xlsx")])
            // then the answer is the job's page, and nothing is written until the worker runs
            let location = try #require(answered.headers[.location])
            #expect(answered.status == .seeOther && location.hasPrefix("/jobs/"))
            let jobId = try #require(Int(location.dropFirst("/jobs/".count)))
            #expect(try await office.get("/ledger/export-jobs/\(jobId)/file").status == .notFound)
            #expect(await TestJobs.drain(services) == 1)
            // and then the job links to its file, which holds the same rows as the direct download
            let page = try await office.get(location).text
            #expect(page.contains(#"href="/ledger/export-jobs/\#(jobId)/file""#))
            let file = try await office.get("/ledger/export-jobs/\(jobId)/file")
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(file.headers[.contentDisposition]?.contains("ledger-plan-\(ledger.plan.id)") == true)
            let direct = try await office.get("/ledger/export.xlsx?plan=\(ledger.plan.id)")
            #expect(try LedgerExportTests.rows(xlsx: Data(buffer: file.body)) == LedgerExportTests.rows(xlsx: Data(buffer: direct.body)))
            // and another user, even an office of the same district, does not see it
            let other = try await client.session(as: .office, jurisdiction: ledger.district.id)
            #expect(try await other.get("/ledger/export-jobs/\(jobId)/file").status == .notFound)
        }
    }

    @Test func theAPIAnswers202AndTheFileFollows() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            // when the API asks for a CSV of the plan in the background
            let answered = try await client.executeRequest(
                uri: "/api/v1/ledger/export-jobs?format=csv&plan=\(ledger.plan.id)&scope=all", method: .post, headers: [:], body: nil)
            // then it is a queued job
            #expect(answered.status == .accepted)
            let job = try answered.decode(JobSeen.self)
            #expect(answered.headers[.location] == "/api/v1/jobs/\(job.id)" && job.state == "queued")
            #expect(await TestJobs.drain(services) == 1)
            let done = try await client.executeRequest(uri: "/api/v1/jobs/\(job.id)", method: .get, headers: [:], body: nil).decode(JobSeen.self)
            #expect(done.state == "succeeded" && done.link == "/ledger/export-jobs/\(job.id)/file")
            // and the file is the CSV of every item of the plan (scope=all: 11 items and the header)
            let file = try await client.executeRequest(uri: "/api/v1/ledger/export-jobs/\(job.id)/file", method: .get, headers: [:], body: nil)
            #expect(file.status == .ok && file.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(String(decoding: Data(buffer: file.body), as: UTF8.self).hasPrefix("\u{FEFF}序号,"))
            #expect(try LedgerExportTests.rows(csv: Data(buffer: file.body)).count == 1 + 11)
        }
    }

    @Test func aViewOutsideTheReadersJurisdictionIsRefusedBeforeAJobExists() async throws {
        try await TestApp.run { services, client in
            // given a plan of another district than the office's
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            let elsewhere = try await Fixtures(services: services).jurisdiction("福田区", level: .district, code: "440304")
            let office = try await client.session(as: .office, jurisdiction: elsewhere.id)
            // when it asks for that plan's export
            let answered = try await office.postForm("/ledger/export-jobs", [("query", "plan=\(ledger.plan.id)"), ("format", "xlsx")])
            // then it is a 404, as the plan is on the ledger page, and no job was queued
            #expect(answered.status == .notFound)
            #expect(try await services.database.sql.raw("SELECT COUNT(*) AS n FROM jobs").first()?.decode(column: "n", as: Int.self) == 0)
        }
    }
}
