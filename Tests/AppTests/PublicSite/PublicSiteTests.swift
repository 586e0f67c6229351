import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The public side: nothing internal leaks (a crawl of every page and link from the public home), pages validate with
/// ETag and Last-Modified and answer 304, render the same with or without a session, and offer their lists as open data.
@Suite struct PublicSiteTests {
    /// The local links of a page (href and src), without fragments.
    static func links(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]+)""#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { m in
            let raw = String(html[Range(m.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
            guard raw.hasPrefix("/") else { return nil }
            return raw.split(separator: "#", maxSplits: 1).first.map(String.init)
        }
    }

    @Test func aCrawlOfThePublicSiteFindsNothingUnpublished() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await PublicSiteFixture.make(services)
            let anonymous = client.anonymous
            // when
            var queue = ["/public", "/public?lang=en"]
            var seen = Set(queue)
            var bodies: [String: String] = [:]
            while let uri = queue.first {
                queue.removeFirst()
                let r = try await anonymous.get(uri)
                #expect(r.status == .ok, "\(uri): \(r.status)")
                // An .xlsx holds the same rows as the .csv and .json the crawl reads.
                let text = uri.hasSuffix(".xlsx") ? "" : r.text
                bodies[uri] = text
                guard r.headers[.contentType]?.hasPrefix("text/html") == true else { continue }
                for link in Self.links(text) where !seen.contains(link) {
                    if link.hasPrefix("/static/") { continue }
                    let path = String(link.split(separator: "?", maxSplits: 1).first ?? "")
                    #expect(PublicSite.isPublicPath(path), "\(uri) links outside the public side: \(link)")
                    guard PublicSite.isPublicPath(path) else { continue }
                    seen.insert(link)
                    queue.append(link)
                }
            }
            // then: every kind of page was reached, and what is published shows
            let all = bodies.values.joined(separator: "\n")
            for expected in [
                "/public/plans/\(fx.plan.id)", "/public/items/\(fx.task.id)", "/public/authorizations", "/public/data", "/public/updates.atom",
                "/public/plans/\(fx.plan.id)/items.csv", "/public/plans/\(fx.plan.id)/items.json", "/public/plans/\(fx.plan.id)/items.xlsx",
                "/api/public/openapi.json"
            ] {
                #expect(seen.contains(expected), "the crawl never reached \(expected)")
            }
            #expect(all.contains("推进商事登记确认制") && all.contains("王副区长") && all.contains("已完成系统改造"))
            #expect(all.contains("授权事项1"))
            // and nothing that is not
            for (uri, body) in bodies {
                for secret in PublicSiteFixture.secrets { #expect(!body.contains(secret), "\(uri) shows \(secret)") }
                #expect(!body.contains("/public/items/\(fx.heldTask.id)\"") && !body.contains("/public/plans/\(fx.hiddenPlan.id)\""), "\(uri)")
                for word in ["remarks", "evidence", "created_by", "createdBy", "heldBy", "held_by"] {
                    #expect(!body.contains(word), "\(uri) names \(word)")
                }
                #expect(!body.contains("href=\"/plans/") && !body.contains("href=\"/items/"), "\(uri) links to the office's pages")
            }
            // the held-back item and the unpublished plan are 404, in pages and API alike
            for uri in [
                "/public/items/\(fx.heldTask.id)", "/public/items/\(fx.heldChild.id)", "/public/plans/\(fx.hiddenPlan.id)",
                "/api/public/v1/items/\(fx.heldChild.id)", "/api/public/v1/plans/\(fx.hiddenPlan.id)", "/public/plans/\(fx.hiddenPlan.id)/items.csv"
            ] {
                #expect(try await anonymous.get(uri).status == .notFound, "\(uri)")
            }
        }
    }

    @Test func pagesValidateAndAnswer304() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await PublicSiteFixture.make(services)
            let anonymous = client.anonymous
            let uri = "/public/plans/\(fx.plan.id)"
            // when
            let first = try await anonymous.get(uri)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            // then
            #expect(first.status == .ok)
            #expect(first.headers[.cacheControl] == PublicCache.cacheControl)
            #expect(try await anonymous.get(uri, headers: [.ifNoneMatch: etag]).status == .notModified)
            #expect(try await anonymous.get(uri, headers: [.ifModifiedSince: modified]).status == .notModified)
            #expect(try await anonymous.get(uri, headers: [.ifNoneMatch: "W/\"other\""]).status == .ok)
            #expect(try await anonymous.get(uri, headers: [.ifModifiedSince: "Thu, 01 Jan 1970 00:00:00 GMT"]).status == .ok)
            #expect(try await anonymous.get(uri + "?lang=en", headers: [.ifNoneMatch: etag]).status == .ok, "another language, another tag")
            // when the office writes an update, the old copy is stale
            _ = try await services.publication.addUpdate(itemId: fx.task.id, writtenOn: "", body: "新的进展", by: fx.office)
            let after = try await anonymous.get(uri, headers: [.ifNoneMatch: etag])
            #expect(after.status == .ok)
            #expect(after.headers[.eTag] != etag)
            // and an item's edit does too
            let etag2 = try #require(after.headers[.eTag])
            _ = try await Fixtures(services: services).update(fx.doneTask.id) { $0.title = "推行证照分离改革" }
            #expect(try await anonymous.get(uri, headers: [.ifNoneMatch: etag2]).status == .ok)
        }
    }

    /// A public page reads the date (an item overdue, a call open or closed), so a copy validated yesterday is not today.
    @Test func aCopyFromYesterdayIsNotValidatedToday() async throws {
        try await TestApp.run { services, client in
            // given: the same database read by an instance whose clock is a day later
            let fx = try await PublicSiteFixture.make(services)
            let uri = "/public/plans/\(fx.plan.id)"
            let first = try await client.anonymous.get(uri)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            let tomorrow = AppServices(
                database: services.database, renderer: services.renderer, metrics: services.metrics, config: services.config,
                clock: .fixed(services.clock.now.addingTimeInterval(86_400)), dummyPasswordHash: services.dummyPasswordHash)
            let app = Application(
                router: buildRouter(tomorrow, features: AppFeatures.all), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                logger: TestDatabase.logger)
            // when
            try await app.test(.router) { next in
                let byTag = try await next.get(uri, headers: [.ifNoneMatch: etag])
                let byDate = try await next.get(uri, headers: [.ifModifiedSince: modified])
                let again = try await next.get(uri, headers: [.ifNoneMatch: try #require(byTag.headers[.eTag])])
                // then
                #expect(byTag.status == .ok && byTag.headers[.eTag] != etag)
                #expect(byDate.status == .ok, "modified at the day's start at the latest")
                #expect(again.status == .notModified)
            }
        }
    }

    @Test func aSessionChangesNothingOnThePublicSide() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await PublicSiteFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: fx.shenzhenId, username: "public-office-user")
            // when
            let signedIn = try await office.get("/public/plans/\(fx.plan.id)")
            let anonymous = try await client.anonymous.get("/public/plans/\(fx.plan.id)")
            // then
            #expect(signedIn.status == .ok)
            #expect(signedIn.text == anonymous.text)
            #expect(!signedIn.text.contains("public-office-user") && !signedIn.text.contains("/logout"))
            #expect(signedIn.headers[.setCookie] == nil)
        }
    }

    @Test func openDataCarriesThePublishedRows() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await PublicSiteFixture.make(services)
            let anonymous = client.anonymous
            // when
            let json = try await anonymous.get("/public/plans/\(fx.plan.id)/items.json")
            let csv = try await anonymous.get("/public/plans/\(fx.plan.id)/items.csv")
            let xlsx = try await anonymous.get("/public/authorizations.xlsx")
            let feed = try await anonymous.get("/public/updates.atom")
            // then
            let object = try #require(try JSONSerialization.jsonObject(with: Data(buffer: json.body)) as? [String: Any])
            let rows = try #require(object["rows"] as? [[String: Any]])
            #expect(rows.map { $0["title"] as? String } == ["营商环境", "推进商事登记确认制", "推行证照分离"])
            #expect(rows[1]["responsibleLeader"] as? String == "王副区长" && rows[1]["responsiblePerson"] == nil)
            #expect(object["license"] as? String == PublicSite.licenseName)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true && csv.text.contains("推行证照分离"))
            #expect(xlsx.status == .ok && Data(buffer: xlsx.body).starts(with: [0x50, 0x4B]))
            #expect(feed.headers[.contentType]?.hasPrefix("application/atom+xml") == true)
            #expect(feed.text.contains("已完成系统改造") && !feed.text.contains("暂不公开任务的下级的动态"))
        }
    }

    @Test func thePublicPlanCountsLikeTheSeeds() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await PublicSiteFixture.make(services)
            // when
            let page = try await client.anonymous.get("/public/plans/\(fx.plan.id)")
            let en = try await client.anonymous.get("/public/plans/\(fx.plan.id)?lang=en")
            // then: two public leaves, one landed (the held task and its child are not counted)
            #expect(page.text.contains("共2项，正式落地1项"))
            #expect(en.text.contains("1 of 2: Landed"))
            #expect(page.text.contains("<svg"))
        }
    }

    @Test func thePublicAPIDocumentDescribesExactlyThePublicRoutes() async throws {
        try await TestApp.run { services, client in
            // given
            let routes = Set(
                buildRouter(services).routes.filter { $0.path.description.hasPrefix("/api/public/v1/") }
                    .map { "\($0.method.rawValue) \($0.path.description)" })
            // when
            let r = try await client.anonymous.get("/api/public/openapi.json")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: Any])
            let documented = Set(
                paths.flatMap { path, item in
                    ((item as? [String: Any]) ?? [:]).keys.filter { $0 != "parameters" }.map { "\($0.uppercased()) \(path)" }
                })
            // then
            #expect(routes.count >= 5)
            #expect(routes == documented)
            #expect(document["openapi"] as? String == "3.1.0")
            // and the office document does not list them
            let office = try await client.get("/api/openapi.json")
            #expect(!office.text.contains("/api/public/v1"))
        }
    }
}
