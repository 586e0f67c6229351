import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Every page declares UTF-8, speaks Chinese unless asked otherwise, and the operations endpoints answer.
struct PageTests {
    static let pages = [
        "/dashboard/{J}", "/ledger", "/jurisdictions", "/jurisdictions/new", "/jurisdictions/{J}/edit", "/units", "/units/new",
        "/units/{U}/edit", "/plans", "/plans/new", "/plans/{P}", "/plans/{P}/edit", "/plans/{P}/wallchart", "/plans/{P}/items/new",
        "/plans/{P}/items/new?parent={I}", "/items/{I}", "/items/{I}/edit", "/account/two-factor",
        "/matters", "/matters/new?item={I}"
    ]

    static func fill(_ s: String, _ l: SmallLedger) -> String {
        ["{J}": l.district.id, "{U}": l.developmentBureau.id, "{P}": l.plan.id, "{I}": l.task.id]
            .reduce(s) { $0.replacingOccurrences(of: $1.key, with: String($1.value)) }
    }

    @Test(arguments: pages)
    func aPageIsUTF8AndChineseByDefault(_ path: String) async throws {
        try await TestApp.run { services, client in
            // given
            let l = try await SmallLedger.make(Fixtures(services: services))
            // when: a browser that prefers English
            let response = try await client.get(Self.fill(path, l), headers: [.acceptLanguage: "en-US,en;q=0.9"])
            // then
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.text.contains(#"<meta charset="utf-8">"#))
            #expect(response.text.contains(#"<html lang="zh-CN">"#))
            #expect(response.text.contains("改革台账"))
            #expect(response.text.contains(">English</a>"))
        }
    }

    @Test(arguments: pages)
    func aPageIsEnglishWhenAsked(_ path: String) async throws {
        try await TestApp.run { services, client in
            // given
            let l = try await SmallLedger.make(Fixtures(services: services))
            let url = Self.fill(path, l)
            // when
            let response = try await client.get(url + (url.contains("?") ? "&" : "?") + "lang=en")
            // then
            #expect(response.status == .ok)
            #expect(response.text.contains(#"<meta charset="utf-8">"#))
            #expect(response.text.contains(#"<html lang="en">"#))
            #expect(response.text.contains(">Ledger</a>"))
            #expect(response.headers[.setCookie]?.hasPrefix("lang=en") == true)
        }
    }

    @Test func theLanguageCookieIsRemembered() async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await SmallLedger.make(Fixtures(services: services))
            // when
            let english = try await client.get("/plans", headers: [.cookie: "lang=en"])
            let chinese = try await client.get("/plans?lang=zh", headers: [.cookie: "lang=en"])
            // then
            #expect(english.text.contains(#"<html lang="en">"#))
            #expect(chinese.text.contains(#"<html lang="zh-CN">"#))
        }
    }

    @Test func errorPagesAreUTF8AndLocalised() async throws {
        try await TestApp.run { _, client in
            // when
            let chinese = try await client.get("/items/999999")
            let english = try await client.get("/items/999999?lang=en")
            // then
            #expect(chinese.status == .notFound)
            #expect(chinese.text.contains(#"<meta charset="utf-8">"#))
            #expect(chinese.text.contains("未找到"))
            #expect(english.text.contains("Not found"))
        }
    }

    @Test func theHomePageSendsAnEmptyInstallToCreateAJurisdiction() async throws {
        try await TestApp.run { _, client in
            // when
            let response = try await client.get("/")
            // then
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/jurisdictions/new")
        }
    }

    @Test func theWallChartIsAnSVGDocument() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            _ = try await f.item(
                "推行商事登记确认制", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
                deadline: .iso("2020-10-31"), start: .iso("2020-06-01"))
            // when
            let svg = try await client.get("/plans/\(l.plan.id)/wallchart.svg?group=unit&zoom=month")
            let bad = try await client.get("/plans/\(l.plan.id)/wallchart?group=colour")
            // then
            #expect(svg.status == .ok)
            #expect(svg.headers[.contentType] == "image/svg+xml; charset=utf-8")
            #expect(svg.text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
            #expect(svg.text.contains("推行商事登记确认制"))
            #expect(bad.status == .badRequest)
        }
    }

    @Test func healthReportsTheDatabase() async throws {
        try await TestApp.run { _, client in
            // when
            let response = try await client.get("/health")
            // then
            #expect(response.status == .ok)
            let body = try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
            #expect(body["status"] == "ok")
            #expect(body["database"] == (TestDatabase.isPostgres ? "postgresql" : "sqlite"))
        }
    }

    @Test func metricsAreInThePrometheusFormat() async throws {
        try await TestApp.run { _, client in
            // given
            _ = try await client.get("/health")
            // when
            let response = try await client.get("/metrics")
            // then
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            #expect(response.text.contains("# TYPE"))
        }
    }

    @Test func staticFilesAndTheAPIDocumentAreServed() async throws {
        try await TestApp.run { _, client in
            // when
            let css = try await client.get("/static/app.css")
            let js = try await client.get("/static/app.js")
            let hidden = try await client.get("/static/.hidden")
            let missing = try await client.get("/static/nothing.css")
            let openAPI = try await client.get("/api/openapi.json")
            // then
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(js.status == .ok)
            #expect(hidden.status == .notFound)
            #expect(missing.status == .notFound)
            #expect(openAPI.status == .ok)
            #expect(openAPI.headers[.contentType] == "application/json; charset=utf-8")
            #expect(try JSONSerialization.jsonObject(with: Data(buffer: openAPI.body)) is [String: Any])
        }
    }

    @Test func theDashboardAPICountsLeaves() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            _ = try await f.item(
                "推行商事登记确认制", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id,
                deadline: TestClock.today.adding(days: -1))
            _ = try await f.item("优化企业开办流程", plan: l.plan.id, parent: l.task.id, lead: l.developmentBureau.id, status: .done)
            // when
            let response = try await client.get("/api/v1/jurisdictions/\(l.city.id)/dashboard")
            // then
            #expect(response.status == .ok)
            let dashboard = try response.decode(APIModels.DashboardDTO.self)
            #expect(dashboard.total == 2)
            #expect(dashboard.byLight.first { $0.key == "red" }?.count == 1)
            #expect(dashboard.byStatus.first { $0.key == "done" }?.count == 1)
            // the dashboard names a unit as tables do: by its first short name
            #expect(dashboard.overdueByUnit.first?.unitName == "区发改局")
            #expect(dashboard.plans.map(\.id) == [l.plan.id])
        }
    }
}
