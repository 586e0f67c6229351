import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Every form re-renders with 422, the error beside each bad field, and writes nothing.
struct FormValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// The form's path, with {J} {J2} {U} {P} {I} for the small ledger's ids.
        var path: String
        var fields: [(String, String)]
        var badFields: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        .init(
            name: "new jurisdiction, empty", path: "/jurisdictions", fields: [("name", ""), ("level", ""), ("divisionCode", "")],
            badFields: ["name", "level", "divisionCode"]),
        .init(
            name: "new jurisdiction, bad code and level", path: "/jurisdictions",
            fields: [("name", "观湖街道"), ("level", "town"), ("divisionCode", "44030A")], badFields: ["level", "divisionCode"]),
        .init(
            name: "new jurisdiction, duplicate code", path: "/jurisdictions",
            fields: [("name", "另一个龙华区"), ("level", "district"), ("divisionCode", "440309"), ("parentId", "{J}")],
            badFields: ["divisionCode"]),
        .init(
            name: "new jurisdiction, unknown parent", path: "/jurisdictions",
            fields: [("name", "观湖街道"), ("level", "street"), ("divisionCode", "440398"), ("parentId", "999999")],
            badFields: ["parentId"]),
        .init(
            name: "new jurisdiction, level above its parent", path: "/jurisdictions",
            fields: [("name", "广东省"), ("level", "province"), ("divisionCode", "440000"), ("parentId", "{J2}")],
            badFields: ["level"]),
        .init(
            name: "edit jurisdiction, parent is itself", path: "/jurisdictions/{J}",
            fields: [("version", "1"), ("name", "深圳市"), ("level", "city"), ("divisionCode", "440300"), ("parentId", "{J2}")],
            badFields: ["parentId"]),
        .init(
            name: "edit jurisdiction, name too long", path: "/jurisdictions/{J2}",
            fields: [
                ("version", "1"), ("name", String(repeating: "龙", count: 101)), ("level", "district"), ("divisionCode", "440309"),
                ("parentId", "{J}")
            ],
            badFields: ["name"]),
        .init(
            name: "new unit, empty", path: "/units", fields: [("jurisdictionId", ""), ("name", "  ")],
            badFields: ["jurisdictionId", "name"]),
        .init(
            name: "new unit, duplicate name", path: "/units", fields: [("jurisdictionId", "{J2}"), ("name", "龙华区发展和改革局")],
            badFields: ["name"]),
        .init(
            name: "new unit, unknown jurisdiction", path: "/units", fields: [("jurisdictionId", "999999"), ("name", "某局")],
            badFields: ["jurisdictionId"]),
        .init(
            name: "new unit, short name too long", path: "/units",
            fields: [("jurisdictionId", "{J2}"), ("name", "某局"), ("shortNames", String(repeating: "局", count: 51))],
            badFields: ["shortNames"]),
        .init(
            name: "edit unit, empty name", path: "/units/{U}", fields: [("version", "1"), ("jurisdictionId", "{J2}"), ("name", "")],
            badFields: ["name"]),
        .init(
            name: "new plan, empty", path: "/plans", fields: [("title", ""), ("jurisdictionId", ""), ("rollupRule", "")],
            badFields: ["title", "jurisdictionId", "rollupRule"]),
        .init(
            name: "new plan, bad dates and numbers", path: "/plans",
            fields: [
                ("title", "工作要点"), ("jurisdictionId", "{J2}"), ("rollupRule", "median"), ("issueDate", "2020/05/08"),
                ("periodStart", "2020-12-31"), ("periodEnd", "2020-01-01"), ("warnDays", "61"), ("levelNames", "领域/领域")
            ],
            badFields: ["rollupRule", "issueDate", "periodEnd", "warnDays", "levelNames"]),
        .init(
            name: "new plan, unknown jurisdiction", path: "/plans",
            fields: [("title", "工作要点"), ("jurisdictionId", "999999"), ("rollupRule", "mean")], badFields: ["jurisdictionId"]),
        .init(
            name: "edit plan, warn days not a number", path: "/plans/{P}",
            fields: [("version", "1"), ("title", "工作要点"), ("jurisdictionId", "{J2}"), ("rollupRule", "mean"), ("warnDays", "三")],
            badFields: ["warnDays"]),
        .init(
            name: "new item, empty", path: "/plans/{P}/items", fields: [("title", ""), ("leadUnitId", ""), ("status", "not_started")],
            badFields: ["title", "leadUnitId"]),
        .init(
            name: "new item, bad values", path: "/plans/{P}/items",
            fields: [
                ("title", "举措"), ("leadUnitId", "{U}"), ("status", "finished"), ("ownPercent", "150"), ("weight", "abc"),
                ("startDate", "2024-06-30"), ("deadline", "2024-06-01")
            ],
            badFields: ["status", "ownPercent", "weight", "deadline"]),
        .init(
            name: "new item, unknown units", path: "/plans/{P}/items",
            fields: [("title", "举措"), ("leadUnitId", "999999"), ("participantUnitIds", "999998"), ("status", "not_started")],
            badFields: ["leadUnitId", "participantUnitIds"]),
        .init(
            name: "new item, lead also participating", path: "/plans/{P}/items",
            fields: [("title", "举措"), ("leadUnitId", "{U}"), ("participantUnitIds", "{U}"), ("status", "not_started")],
            badFields: ["participantUnitIds"]),
        .init(
            name: "new item, unknown parent", path: "/plans/{P}/items",
            fields: [("title", "举措"), ("leadUnitId", "{U}"), ("parentId", "999999"), ("status", "not_started")],
            badFields: ["parentId"]),
        .init(
            name: "edit item, bad values", path: "/items/{I}",
            fields: [
                ("version", "1"), ("title", String(repeating: "改", count: 501)), ("leadUnitId", "{U}"), ("status", "in_progress"),
                ("ownPercent", "-1"), ("deadline", "明年")
            ],
            badFields: ["title", "ownPercent", "deadline"])
    ]

    @Test(arguments: cases)
    func aBadFormIsShownAgainWithTheErrorsBesideTheFields(_ c: Case) async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let ids = ["{J2}": l.district.id, "{J}": l.city.id, "{U}": l.developmentBureau.id, "{P}": l.plan.id, "{I}": l.task.id]
            func fill(_ s: String) -> String { ids.reduce(s) { $0.replacingOccurrences(of: $1.key, with: String($1.value)) } }
            let before = try await f.counts()
            // when
            let response = try await client.postForm(fill(c.path), c.fields.map { ($0.0, fill($0.1)) })
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let shown = try Self.fieldNames(response.text)
            let alerts = FormPage.alerts(response.text)
            for field in c.badFields {
                let label = L10n.field(field, .zh) + "："
                #expect(alerts.contains { $0.hasPrefix(label) }, "\(field) missing from \(alerts)")
                // A hidden input (the item form's parent) has no place beside it: the list above the form names it.
                if shown.contains(field) {
                    let error = try FormPage.error(for: field, in: response.text)
                    #expect(error?.hasPrefix(label) == true, "\(field): \(String(describing: error))")
                }
            }
            let flagged = Set(try shown.filter { try FormPage.error(for: $0, in: response.text) != nil })
            #expect(flagged == Set(c.badFields).intersection(shown))
            #expect(alerts.count == c.badFields.count)
            #expect(try await f.counts() == before)
        }
    }

    @Test func aRefusedFormKeepsWhatWasTyped() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            // when
            let response = try await client.postForm(
                "/plans/\(l.plan.id)/items",
                [
                    ("title", "推行商事登记确认制"), ("leadUnitId", ""), ("content", "压缩企业开办时间至1个工作日"), ("status", "in_progress")
                ])
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(#"value="推行商事登记确认制""#))
            #expect(response.text.contains("压缩企业开办时间至1个工作日"))
        }
    }

    @Test func aGoodFormSavesAndRedirects() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let before = try await f.count("plan_items")
            // when
            let response = try await client.postForm(
                "/plans/\(l.plan.id)/items",
                [
                    ("parentId", String(l.task.id)), ("title", "推行商事登记确认制"), ("leadUnitId", String(l.developmentBureau.id)),
                    ("participantUnitIds", String(l.reformOffice.id)), ("status", "in_progress"), ("ownPercent", "40"),
                    ("deadline", "2024-10-31")
                ])
            // then
            #expect(response.status == .seeOther)
            #expect(try await f.count("plan_items") == before + 1)
            let location = try #require(response.headers[.location])
            let id = try #require(Int(location.dropFirst("/items/".count)))
            let saved = try await f.reload(id)
            #expect(saved.parentId == l.task.id)
            #expect(saved.ownPercent == 40)
            #expect(try await ItemQueries.participants(of: [id], on: f.sql).map(\.unitId) == [l.reformOffice.id])
        }
    }

    @Test func formValuesAreStoredAsTheyWereValidated() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            // when: a percent with its sign, a Chinese status name, full-width digits
            let response = try await client.postForm(
                "/plans/\(l.plan.id)/items",
                [
                    ("title", "推行商事登记确认制"), ("leadUnitId", String(l.developmentBureau.id)), ("status", "推进中"),
                    ("ownPercent", "40%"), ("weight", "２"), ("deadline", "２０２４-１０-３１")
                ])
            // then
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            let saved = try await f.reload(try #require(Int(location.dropFirst("/items/".count))))
            #expect(saved.status == LifecycleStatus.inProgress.rawValue)
            #expect(saved.ownPercent == 40)
            #expect(saved.weight == 2)
            #expect(saved.currentDeadline == "2024-10-31")
        }
    }

    @Test func planDatesTypedInFullWidthAreStoredAsDates() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            // when
            let response = try await client.postForm(
                "/plans",
                [
                    ("title", "龙华区2021年改革工作要点"), ("jurisdictionId", String(l.district.id)), ("rollupRule", "mean"),
                    ("issueDate", "２０２１-０３-０１"), ("periodStart", "２０２１-０１-０１"), ("periodEnd", "2021-12-31"), ("warnDays", "５")
                ])
            // then
            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            let saved = try await f.reloadPlan(try #require(Int(location.dropFirst("/plans/".count))))
            #expect(saved.issueDate == "2021-03-01")
            #expect(saved.periodStart == "2021-01-01")
            #expect(saved.periodEnd == "2021-12-31")
            #expect(saved.warnDays == 5)
        }
    }

    @Test(arguments: ["/jurisdictions", "/units", "/plans", "/plans/{P}/items", "/items/{I}", "/items/{I}/amend"])
    func aNULCharacterInAFormIsRefused(_ path: String) async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let url = path.replacingOccurrences(of: "{P}", with: String(l.plan.id)).replacingOccurrences(of: "{I}", with: String(l.task.id))
            let before = try await f.counts()
            // when
            let response = try await client.postForm(
                url,
                [
                    ("version", "1"), ("name", "龙华\u{0}区"), ("title", "龙华\u{0}区"), ("reason", "延\u{0}期"), ("level", "street"),
                    ("divisionCode", "440399"), ("jurisdictionId", String(l.district.id)), ("rollupRule", "mean"),
                    ("leadUnitId", String(l.developmentBureau.id)), ("status", "in_progress"), ("newDeadline", "2030-01-01")
                ])
            // then
            #expect(response.status == .badRequest)
            #expect(response.text.contains("参数“") && response.text.contains("的值无效"))
            #expect(try await f.counts() == before)
        }
    }

    @Test func aNULCharacterInTheLedgerSearchIsRefused() async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await SmallLedger.make(Fixtures(services: services))
            // when
            let page = try await client.get("/ledger?q=%E5%95%86%00%E4%BA%8B%E7%99%BB")
            let api = try await client.get("/api/v1/ledger?q=%E5%95%86%00%E4%BA%8B%E7%99%BB")
            // then
            #expect(page.status == .badRequest)
            #expect(page.text.contains("参数“q”的值无效"))
            #expect(api.status == .badRequest)
            #expect(api.apiError?.parameter == "q")
        }
    }

    @Test(arguments: [
        "/items/999999", "/items/999999/edit", "/plans/999999", "/plans/999999/edit", "/plans/999999/wallchart",
        "/plans/999999/items/new", "/dashboard/999999", "/jurisdictions/999999/edit", "/units/999999/edit"
    ])
    func anUnknownIdIsNotFound(_ path: String) async throws {
        try await TestApp.run { _, client in
            // when
            let response = try await client.get(path)
            // then
            #expect(response.status == .notFound)
            #expect(response.text.contains("未找到"))
        }
    }

    @Test(arguments: [
        "/items/999999", "/items/999999/amend", "/items/999999/delete", "/plans/999999/items", "/plans/999999",
        "/units/999999", "/jurisdictions/999999"
    ])
    func aFormPostedToAnUnknownIdIsNotFoundAndWritesNothing(_ path: String) async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let before = try await f.counts()
            // when
            let response = try await client.postForm(
                path,
                [
                    ("version", "1"), ("title", "举措"), ("name", "某局"), ("level", "street"), ("divisionCode", "440399"),
                    ("jurisdictionId", String(l.district.id)), ("rollupRule", "mean"), ("leadUnitId", String(l.developmentBureau.id)),
                    ("status", "in_progress"), ("newDeadline", "2030-01-01"), ("reason", "延期")
                ])
            // then
            #expect(response.status == .notFound)
            #expect(try await f.counts() == before)
        }
    }

    /// The names of the inputs a rendered form shows (`id="f-NAME"`).
    static func fieldNames(_ html: String) throws -> [String] {
        var names: [String] = []
        var rest = html[...]
        while let r = rest.range(of: #"id="f-"#) {
            let name = rest[r.upperBound...].prefix { $0 != "\"" }
            names.append(String(name))
            rest = rest[r.upperBound...]
        }
        return names
    }

    @Test func anImpossibleDateIsNamedAndKeptInTheBox() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let before = try await f.counts()
            // when
            let zh = try await client.postForm(
                "/plans/\(l.plan.id)/items",
                [
                    ("title", "优化企业开办流程"), ("leadUnitId", String(l.developmentBureau.id)), ("status", "in_progress"),
                    ("deadline", "2023-02-30"), ("startDate", "2023/1/5")
                ])
            let en = try await client.postForm(
                "/plans/\(l.plan.id)/items?lang=en",
                [
                    ("title", "优化企业开办流程"), ("leadUnitId", String(l.developmentBureau.id)), ("status", "in_progress"), ("deadline", "2023-02-30")
                ])
            // then
            #expect(zh.status == .unprocessableContent)
            #expect(zh.text.contains("完成时限：2023年2月没有30日"))
            #expect(!zh.text.contains("完成时限：日期格式应为"))
            #expect(zh.text.contains("开始日期：日期格式应为 YYYY-MM-DD"))
            #expect(zh.text.contains(#"<input type="text" id="f-deadline" name="deadline" value="2023-02-30" aria-invalid="true">"#))
            #expect(zh.text.contains(#"<input type="text" id="f-startDate" name="startDate" value="2023/1/5" aria-invalid="true">"#))
            #expect(en.text.contains("Deadline: February 2023 has no day 30"))
            #expect(try await f.counts() == before)
        }
    }
}
