import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Every POST/PATCH endpoint of /api/v1: bad fields → 422 naming them, unreadable bodies → 400, unknown ids → 404,
/// and in each case nothing written.
struct APIValidationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var method: String
        /// With {J} {J2} {U} {P} {I} for the small ledger's ids.
        var path: String
        var body: String
        var badFields: [String]
        var testDescription: String { "\(method) \(path) \(body)" }
    }

    static let cases: [Case] = [
        .init(method: "POST", path: "/api/v1/jurisdictions", body: "{}", badFields: ["name", "level", "divisionCode"]),
        .init(
            method: "POST", path: "/api/v1/jurisdictions", body: #"{"name":"观湖街道","level":"street","divisionCode":"4403","parentId":{J2}}"#,
            badFields: ["divisionCode"]),
        .init(
            method: "POST", path: "/api/v1/jurisdictions", body: #"{"name":"观湖街道","level":"street","divisionCode":"440398","parentId":999999}"#,
            badFields: ["parentId"]),
        .init(
            method: "POST", path: "/api/v1/jurisdictions", body: #"{"name":"重复","level":"district","divisionCode":"440309"}"#,
            badFields: ["divisionCode"]),
        .init(method: "PATCH", path: "/api/v1/jurisdictions/{J}", body: #"{"parentId":{J2},"version":1}"#, badFields: ["parentId"]),
        .init(
            method: "PATCH", path: "/api/v1/jurisdictions/{J2}", body: #"{"name":"","level":"village","version":1}"#,
            badFields: ["name", "level"]),
        .init(method: "POST", path: "/api/v1/units", body: #"{"name":""}"#, badFields: ["jurisdictionId", "name"]),
        .init(method: "POST", path: "/api/v1/units", body: #"{"jurisdictionId":{J2},"name":"龙华区发展和改革局"}"#, badFields: ["name"]),
        .init(method: "POST", path: "/api/v1/units", body: #"{"jurisdictionId":999999,"name":"某局"}"#, badFields: ["jurisdictionId"]),
        .init(method: "PATCH", path: "/api/v1/units/{U}", body: #"{"name":"  ","version":1}"#, badFields: ["name"]),
        .init(method: "POST", path: "/api/v1/plans", body: #"{"title":""}"#, badFields: ["title", "jurisdictionId"]),
        .init(
            method: "POST", path: "/api/v1/plans",
            body: #"{"title":"要点","jurisdictionId":{J2},"rollupRule":"median","warnDays":90,"periodStart":"2020-12-31","periodEnd":"2020-01-01"}"#,
            badFields: ["rollupRule", "warnDays", "periodEnd"]),
        .init(
            method: "PATCH", path: "/api/v1/plans/{P}", body: #"{"issueDate":"2020-02-30","levelNames":["领域","领域"],"version":1}"#,
            badFields: ["issueDate", "levelNames"]),
        .init(method: "POST", path: "/api/v1/plans/{P}/items", body: #"{"title":"举措"}"#, badFields: ["leadUnitId"]),
        .init(
            method: "POST", path: "/api/v1/plans/{P}/items", body: #"{"title":"","leadUnitId":999999,"participantUnitIds":[999998]}"#,
            badFields: ["title", "leadUnitId", "participantUnitIds"]),
        .init(
            method: "POST", path: "/api/v1/plans/{P}/items",
            body: #"{"title":"举措","leadUnitId":{U},"parentId":999999,"ownPercent":101,"weight":1001,"status":"finished","deadline":"2024-6-1"}"#,
            badFields: ["parentId", "ownPercent", "weight", "status", "deadline"]),
        .init(
            method: "PATCH", path: "/api/v1/items/{I}", body: #"{"ownPercent":-1,"status":"bogus","version":1}"#,
            badFields: ["ownPercent", "status"]),
        .init(
            method: "PATCH", path: "/api/v1/items/{I}", body: #"{"leadUnitId":999999,"participantUnitIds":[{U},{U}],"version":1}"#,
            badFields: ["leadUnitId", "participantUnitIds"]),
        .init(
            method: "POST", path: "/api/v1/items/{I}/amendments", body: #"{"newDeadline":"","reason":""}"#,
            badFields: ["newDeadline", "reason"])
    ]

    private static func fill(_ s: String, _ l: SmallLedger) -> String {
        ["{J2}": l.district.id, "{J}": l.city.id, "{U}": l.developmentBureau.id, "{P}": l.plan.id, "{I}": l.task.id]
            .reduce(s) { $0.replacingOccurrences(of: $1.key, with: String($1.value)) }
    }

    @Test(arguments: cases)
    func badFieldsAreNamedAndNothingIsWritten(_ c: Case) async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let before = try await f.counts()
            // when
            let response = try await client.sendJSON(Self.fill(c.path, l), method: .init(c.method)!, Self.fill(c.body, l))
            // then
            #expect(response.status == .unprocessableContent, "\(response.text)")
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let error = try #require(response.apiError)
            #expect(error.code == "validation_failed")
            #expect(Set(error.fields?.map(\.field) ?? []) == Set(c.badFields))
            for field in error.fields ?? [] {
                #expect(field.message.hasPrefix(L10n.field(field.field, .zh) + "："), "\(field.field): \(field.message)")
            }
            #expect(try await f.counts() == before)
        }
    }

    @Test func englishMessagesWhenAsked() async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await SmallLedger.make(Fixtures(services: services))
            // when
            let response = try await client.sendJSON("/api/v1/units?lang=en", method: .post, #"{"name":""}"#)
            // then
            #expect(response.apiError?.fields?.first { $0.field == "name" }?.message == "Name: required")
        }
    }

    static let writeEndpoints: [(String, String)] = [
        ("POST", "/api/v1/jurisdictions"), ("PATCH", "/api/v1/jurisdictions/{J}"), ("POST", "/api/v1/units"),
        ("PATCH", "/api/v1/units/{U}"), ("POST", "/api/v1/plans"), ("PATCH", "/api/v1/plans/{P}"),
        ("POST", "/api/v1/plans/{P}/items"), ("PATCH", "/api/v1/items/{I}"), ("POST", "/api/v1/items/{I}/amendments")
    ]

    @Test(arguments: writeEndpoints)
    func malformedJSONIsABadRequest(_ method: String, _ path: String) async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let before = try await f.counts()
            // when
            let truncated = try await client.sendJSON(Self.fill(path, l), method: .init(method)!, #"{"name": "龙华"#)
            let notAnObject = try await client.sendJSON(Self.fill(path, l), method: .init(method)!, #"["name"]"#)
            let wrongType = try await client.sendJSON(Self.fill(path, l), method: .init(method)!, #"{"version": "one"}"#)
            // then
            for response in [truncated, notAnObject, wrongType] {
                #expect(response.status == .badRequest, "\(response.text)")
                #expect(response.apiError != nil)
            }
            #expect(try await f.counts() == before)
        }
    }

    @Test(arguments: writeEndpoints)
    func aNULCharacterIsABadRequestNamingTheField(_ method: String, _ path: String) async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let before = try await f.counts()
            let body =
                #"{"name":"龙华\u0000区","title":"龙华\u0000区","reason":"延\u0000期","level":"street","divisionCode":"440398","jurisdictionId":{J2},"leadUnitId":{U},"newDeadline":"2030-01-01","version":1}"#
            // when
            let response = try await client.sendJSON(Self.fill(path, l), method: .init(method)!, Self.fill(body, l))
            // then
            #expect(response.status == .badRequest, "\(response.text)")
            #expect(["name", "title", "reason"].contains(response.apiError?.parameter ?? ""))
            #expect(response.apiError?.message.contains("NUL") == true)
            #expect(try await f.counts() == before)
        }
    }

    @Test func aNULCharacterInAShortNameListIsRefused() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let before = try await f.counts()
            // when
            let response = try await client.sendJSON(
                "/api/v1/units", method: .post,
                #"{"jurisdictionId":\#(l.district.id),"name":"某局","shortNames":["某\u0000局"]}"#)
            // then
            #expect(response.status == .badRequest)
            #expect(response.apiError?.parameter == "shortNames")
            #expect(try await f.counts() == before)
        }
    }

    static let unknownIDs: [(String, String)] = [
        ("GET", "/api/v1/jurisdictions/999999"), ("PATCH", "/api/v1/jurisdictions/999999"), ("GET", "/api/v1/jurisdictions/999999/dashboard"),
        ("GET", "/api/v1/units/999999"), ("PATCH", "/api/v1/units/999999"), ("GET", "/api/v1/plans/999999"),
        ("PATCH", "/api/v1/plans/999999"), ("GET", "/api/v1/plans/999999/items"), ("POST", "/api/v1/plans/999999/items"),
        ("GET", "/api/v1/items/999999"), ("PATCH", "/api/v1/items/999999"), ("DELETE", "/api/v1/items/999999?version=1"),
        ("GET", "/api/v1/items/999999/amendments"), ("POST", "/api/v1/items/999999/amendments"), ("GET", "/api/v1/items/999999/history"),
        ("GET", "/api/v1/plans?jurisdiction=999999")
    ]

    @Test(arguments: unknownIDs)
    func anUnknownIdIsNotFound(_ method: String, _ path: String) async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            let before = try await f.counts()
            let body = #"{"title":"举措","name":"某局","leadUnitId":\#(l.developmentBureau.id),"newDeadline":"2030-01-01","reason":"延期","version":1}"#
            // when
            let response = try await client.sendJSON(path, method: .init(method)!, body)
            // then
            #expect(response.status == .notFound, "\(response.text)")
            #expect(response.apiError?.code == "not_found")
            #expect(try await f.counts() == before)
        }
    }

    @Test(arguments: [
        "/api/v1/items/abc", "/api/v1/items/0", "/api/v1/plans/-3", "/api/v1/units?limit=5000", "/api/v1/units?offset=-1",
        "/api/v1/plans?jurisdiction=x"
    ])
    func anUnreadableIdOrParameterIsABadRequest(_ path: String) async throws {
        try await TestApp.run { _, client in
            // when
            let response = try await client.get(path)
            // then
            #expect(response.status == .badRequest)
            #expect(response.apiError?.code == "bad_request")
        }
    }

    @Test func aDeleteWithoutAVersionIsABadRequest() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            // when
            let response = try await client.executeRequest(uri: "/api/v1/items/\(l.task.id)", method: .delete, headers: [:], body: nil)
            // then
            #expect(response.status == .badRequest)
            #expect(response.apiError?.parameter == "version")
            #expect(try await ItemQueries.find(l.task.id, on: f.sql) != nil)
        }
    }

    @Test func goodRequestsCreateUpdateAndDelete() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            // when
            let created = try await client.sendJSON(
                "/api/v1/plans/\(l.plan.id)/items", method: .post,
                #"{"parentId":\#(l.task.id),"title":"推行商事登记确认制","leadUnitId":\#(l.developmentBureau.id),"participantUnitIds":[\#(l.reformOffice.id)],"deadline":"2024-10-31","ownPercent":25,"status":"in_progress"}"#
            )
            let item = try created.decode(APIModels.Item.self)
            let patched = try await client.sendJSON("/api/v1/items/\(item.id)", method: .patch, #"{"ownPercent":75,"version":1}"#)
            let deleted = try await client.executeRequest(uri: "/api/v1/items/\(item.id)?version=2", method: .delete, headers: [:], body: nil)
            // then
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/api/v1/items/\(item.id)")
            #expect(item.participantUnitIds == [l.reformOffice.id])
            #expect(item.depth == 2)
            #expect(patched.status == .ok)
            #expect(try patched.decode(APIModels.Item.self).percent == 75)
            #expect(deleted.status == .ok)
            #expect(try await ItemQueries.find(item.id, on: f.sql) == nil)
            #expect(try await f.reload(l.task.id).childCount == 0)
        }
    }

    @Test func aChineseStatusNameIsStoredAsTheStatus() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let l = try await SmallLedger.make(f)
            // when
            let created = try await client.sendJSON(
                "/api/v1/plans/\(l.plan.id)/items", method: .post,
                #"{"title":"推行商事登记确认制","leadUnitId":\#(l.developmentBureau.id),"status":"已完成"}"#)
            // then
            #expect(created.status == .created)
            let item = try created.decode(APIModels.Item.self)
            #expect(item.status == "done")
            #expect(item.percent == 100)
        }
    }
}
