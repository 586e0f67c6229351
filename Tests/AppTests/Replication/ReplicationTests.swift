import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The replication library end to end: adoptions and the map of the jurisdiction tree, filters (a bad one is a 400 naming
/// it), paging, the import's dry run and commit, access (the origin's office edits; any office records its own adoption),
/// and 409 on a stale edit.
struct ReplicationTests {
    struct Page: Decodable {
        struct Item: Decodable {
            var id: Int
            var number: Int
            var adoptionCount: Int
        }
        var items: [Item]
        var total: Int
        var hasNext: Bool
    }

    struct World {
        let shenzhen: JurisdictionRecord, longhua: JurisdictionRecord, guangzhou: JurisdictionRecord, tianhe: JurisdictionRecord
        let admin: Principal

        static func make(_ services: AppServices) async throws -> World {
            let f = Fixtures(services: services)
            let guangdong = try await f.jurisdiction("广东省", level: .province, code: "440000")
            let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: guangdong.id)
            let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
            let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: guangdong.id)
            let tianhe = try await f.jurisdiction("天河区", level: .district, code: "440106", parent: guangzhou.id)
            _ = try await f.jurisdiction("越秀区", level: .district, code: "440104", parent: guangzhou.id)
            let admin = Principal(userId: 0, username: "admin", displayName: "管理员", role: .admin, jurisdictionId: guangdong.id, jurisdictionPath: "/")
            return World(shenzhen: shenzhen, longhua: longhua, guangzhou: guangzhou, tianhe: tianhe, admin: admin)
        }

        func input(_ batch: Int, _ number: Int, origin: Int? = nil) -> ReplicationService.ExperienceInput {
            .init(
                batch: String(batch), number: String(number), title: "经验\(batch)-\(number)", summary: "做法", jurisdictionId: origin ?? shenzhen.id,
                publisher: "国家发展改革委", publishedOn: "2022-01-26")
        }
    }

    @Test func theMapMarksTheOriginAndTheAdoptersOnTheJurisdictionTree() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await World.make(services)
            let e = try await services.replication.createExperience(w.input(1, 1), by: w.admin)
            _ = try await services.replication.recordAdoption(
                e.id, .init(jurisdictionId: w.tianhe.id, adoptedOn: "2022-05-10", method: "印发方案", result: "已实施"), by: w.admin)
            _ = try await services.replication.recordAdoption(
                e.id, .init(jurisdictionId: w.longhua.id, adoptedOn: "2022-03-01", method: "试点", result: ""), by: w.admin)
            let viewer = try await client.as(.viewer, jurisdiction: w.guangzhou.id)
            // when
            let page = try await viewer.get("/replication/\(e.id)")
            let english = try await viewer.get("/replication/\(e.id)?lang=en")
            let text = page.text
            // then: an accessible SVG of the tree with the origin (diamond) and the adopters (circles), a list beside it
            #expect(page.status == .ok)
            #expect(text.contains("<svg") && text.contains("role=\"img\"") && text.contains("<desc"))
            #expect(text.components(separatedBy: "rc-spread-origin").count - 1 == 1)
            #expect(text.components(separatedBy: "rc-spread-adopter").count - 1 == 2)
            #expect(text.contains("天河区（2022年5月10日复制）") && text.contains("深圳市（首创）"))
            #expect(text.contains("越秀区") && text.contains("广东省"))
            #expect(english.text.contains("Where it has spread") && english.text.contains("adopted 2022-05-10"))
        }
    }

    @Test func anAdoptionIsRecordedOnceByTheAdoptersOfficeNotAtTheOriginNorBeforePublication() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await World.make(services)
            let e = try await services.replication.createExperience(w.input(1, 1), by: w.admin)
            let gzOffice = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let szOffice = try await client.as(.office, jurisdiction: w.shenzhen.id)
            func adopt(_ c: SignedInClient, _ j: Int, _ day: String = "2022-06-01") async throws -> TestResponse {
                try await c.sendJSON(
                    "/api/v1/experiences/\(e.id)/adoptions", method: .post, #"{"jurisdictionId": \#(j), "adoptedOn": "\#(day)", "method": "印发方案"}"#)
            }
            // when
            let own = try await adopt(gzOffice, w.tianhe.id)
            let twice = try await adopt(gzOffice, w.tianhe.id)
            let notMine = try await adopt(gzOffice, w.longhua.id)
            let origin = try await adopt(szOffice, w.shenzhen.id)
            let early = try await adopt(szOffice, w.longhua.id, "2021-12-31")
            let editByOther = try await gzOffice.sendJSON(
                "/api/v1/experiences/\(e.id)", method: .put,
                #"{"version": 1, "batch": 1, "number": 1, "title": "改", "jurisdictionId": \#(w.shenzhen.id), "publishedOn": "2022-01-26"}"#)
            let edit = try await szOffice.sendJSON(
                "/api/v1/experiences/\(e.id)", method: .put,
                #"{"version": 1, "batch": 1, "number": 1, "title": "改", "jurisdictionId": \#(w.shenzhen.id), "publishedOn": "2022-01-26"}"#)
            let stale = try await szOffice.sendJSON(
                "/api/v1/experiences/\(e.id)", method: .put,
                #"{"version": 1, "batch": 1, "number": 1, "title": "再改", "jurisdictionId": \#(w.shenzhen.id), "publishedOn": "2022-01-26"}"#)
            // then
            #expect(own.status == .created)
            #expect(twice.status == .unprocessableContent && twice.apiError?.fields?.first?.code == "duplicate")
            #expect(notMine.status == .unprocessableContent && notMine.apiError?.fields?.first?.field == "jurisdictionId")
            #expect(origin.status == .unprocessableContent && origin.apiError?.fields?.first?.code == "invalidChoice")
            #expect(early.status == .unprocessableContent && early.apiError?.fields?.first?.code == "dateOrder")
            #expect(editByOther.status == .forbidden && edit.status == .ok && stale.status == .conflict)
        }
    }

    @Test func filtersPagesAndABadParameterIsA400NamingIt() async throws {
        try await TestApp.run { services, client in
            // given: 60 in batch 1 (Shenzhen), 5 in batch 2 (Longhua); batch 2's first adopted in 天河区
            let w = try await World.make(services)
            for n in 1...60 { _ = try await services.replication.createExperience(w.input(1, n), by: w.admin) }
            var firstOfTwo = 0
            for n in 1...5 {
                let e = try await services.replication.createExperience(w.input(2, n, origin: w.longhua.id), by: w.admin)
                if n == 1 { firstOfTwo = e.id }
            }
            _ = try await services.replication.recordAdoption(
                firstOfTwo, .init(jurisdictionId: w.tianhe.id, adoptedOn: "2022-06-01", method: "方案", result: ""), by: w.admin)
            let viewer = try await client.as(.viewer, jurisdiction: w.guangzhou.id)
            // when
            let first = try await viewer.get("/api/v1/experiences").decode(Page.self)
            let second = try await viewer.get("/api/v1/experiences?page=2").decode(Page.self)
            let two = try await viewer.get("/api/v1/experiences?batch=2").decode(Page.self)
            let longhua = try await viewer.get("/api/v1/experiences?origin=\(w.longhua.id)").decode(Page.self)
            let adopted = try await viewer.get("/api/v1/experiences?adopted_in=\(w.guangzhou.id)").decode(Page.self)
            let words = try await viewer.get("/api/v1/experiences?q=\(q("经验2-3"))").decode(Page.self)
            let bad = try await viewer.get("/api/v1/experiences?batch=first")
            let badYear = try await viewer.get("/replication?year=20x")
            let page = try await viewer.get("/replication?batch=2")
            let csv = try await viewer.get("/replication/export.csv?batch=2").text
            // then
            #expect(first.total == 65 && first.items.count == 50 && first.hasNext && second.items.count == 15 && !second.hasNext)
            #expect(two.total == 5 && longhua.total == 5 && words.total == 1)
            #expect(adopted.total == 1 && adopted.items[0].id == firstOfTwo && adopted.items[0].adoptionCount == 1)
            #expect(bad.status == .badRequest && bad.apiError?.parameter == "batch")
            #expect(badYear.status == .badRequest)
            #expect(page.status == .ok && page.text.contains("共 5 条"))
            #expect(csv.contains("经验名称") && csv.contains("经验2-5") && !csv.contains("经验1-1,"))
        }
    }

    @Test func anImportDryRunNamesRowAndColumnAndACommitWritesEveryRowOrNone() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await World.make(services)
            _ = try await services.replication.createExperience(w.input(1, 1), by: w.admin)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let bad = "批次,序号,经验名称,首创地区,发布日期\n1,1,重复,深圳市,2022-01-26\n1,2,别处的,广州市,2022-01-26\n1,3,,龙华区,2022-13-01\n"
            let good = "批次,序号,经验名称,首创地区,发布日期,主要内容\n3,1,新经验,龙华区,2023-06-20,做法\n3,2,另一条,深圳市,2023-06-20,\n"
            func body(_ text: String, dryRun: Bool) -> String {
                #"{"filename":"e.csv","dryRun":\#(dryRun),"content":"\#(Data(text.utf8).base64EncodedString())"}"#
            }
            // when
            let dry = try await office.sendJSON("/api/v1/experience-import", method: .post, body(bad, dryRun: true))
            let refused = try await office.sendJSON("/api/v1/experience-import", method: .post, body(bad, dryRun: false))
            let countAfterRefusal = try await Fixtures(services: services).count("experiences")
            let committed = try await office.sendJSON("/api/v1/experience-import", method: .post, body(good, dryRun: false))
            // then
            let report = try dry.decode(EvaluationTests.Report.self)
            #expect(dry.status == .unprocessableContent)
            #expect(
                Set(report.problems.map { "\($0.row)\($0.column):\($0.field)" }) == ["2B:number", "3D:jurisdictionId", "4C:title", "4E:publishedOn"])
            #expect(refused.status == .unprocessableContent && countAfterRefusal == 1)
            let countAfterCommit = try await Fixtures(services: services).count("experiences")
            #expect(committed.status == .created && countAfterCommit == 3)
        }
    }
}
