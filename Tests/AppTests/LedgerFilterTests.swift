import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// A ledger across three plans and three jurisdictions, with everything a filter can tell apart.
struct LedgerDataset {
    var ids: [String: Int] = [:]
    var units: [String: Int] = [:]
    var jurisdictions: [String: Int] = [:]
    var plans: [String: Int] = [:]
    let today = TestClock.today

    static func make(_ f: Fixtures) async throws -> LedgerDataset {
        var d = LedgerDataset()
        let province = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: province.id)
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: province.id)
        d.jurisdictions = ["广东": province.id, "深圳": shenzhen.id, "龙华": longhua.id, "广州": guangzhou.id]
        let dev = try await f.unit("龙华区发展和改革局", in: longhua.id).id
        let justice = try await f.unit("龙华区司法局", in: longhua.id).id
        let szDev = try await f.unit("深圳市发展和改革委员会", in: shenzhen.id).id
        let gzDev = try await f.unit("广州市发展和改革委员会", in: guangzhou.id).id
        d.units = ["发改局": dev, "司法局": justice, "深圳发改委": szDev, "广州发改委": gzDev]
        let t = d.today
        let p1 = try await f.plan("龙华区2020年改革工作要点", in: longhua.id).id
        let p2 = try await f.plan("深圳市综合改革试点实施方案", in: shenzhen.id).id
        let p3 = try await f.plan("广州市2022年改革工作要点", in: guangzhou.id).id
        d.plans = ["龙华": p1, "深圳": p2, "广州": p3]

        func add(
            _ key: String, _ title: String, plan: Int, parent: String? = nil, lead: Int, with participants: [Int] = [],
            due: LocalDate? = nil, status: LifecycleStatus = .inProgress, percent: Double = 0
        ) async throws {
            let item = try await f.item(
                title, plan: plan, parent: parent.flatMap { d.ids[$0] }, lead: lead, participants: participants,
                deadline: due, status: status, percent: percent)
            d.ids[key] = item.id
        }
        try await add("F1", "经济体制改革", plan: p1, lead: dev)
        try await add("T1", "打造营商环境改革创新实验区", plan: p1, parent: "F1", lead: dev, with: [justice], due: t.adding(days: 10), percent: 50)
        try await add("M1", "推行商事登记确认制", plan: p1, parent: "T1", lead: justice, with: [dev], due: t.adding(days: -5), status: .done)
        try await add("M2", "优化企业开办流程", plan: p1, parent: "T1", lead: dev, due: t.adding(days: 1), status: .notStarted)
        try await add("M3", "建设智慧法院诉讼服务", plan: p1, parent: "T1", lead: justice, due: t.adding(days: -3), status: .suspended, percent: 10)
        try await add("F2", "法治建设", plan: p1, lead: justice)
        try await add("T2", "推进公共法律服务体系建设", plan: p1, parent: "F2", lead: justice, due: t.adding(days: -2), status: .partlyDone, percent: 70)
        try await add("F3", "对外开放", plan: p2, lead: szDev)
        try await add("T3", "扩大金融业对外开放", plan: p2, parent: "F3", lead: szDev, with: [dev], due: t.adding(days: 40), percent: 20)
        try await add("F4", "营商环境", plan: p3, lead: gzDev)
        try await add("T4", "深化商事制度改革", plan: p3, parent: "F4", lead: gzDev, status: .notStarted)
        return d
    }

    func keys(of ids: [Int]) -> [String] {
        let byID = Dictionary(uniqueKeysWithValues: self.ids.map { ($0.value, $0.key) })
        return ids.map { byID[$0] ?? "?\($0)" }
    }

    /// Replaces {J:龙华}, {P:深圳}, {F:F1}, {U:发改局} and {today±n} in a query string.
    func expand(_ query: String) -> String {
        var out = query
        for (k, v) in jurisdictions { out = out.replacingOccurrences(of: "{J:\(k)}", with: String(v)) }
        for (k, v) in plans { out = out.replacingOccurrences(of: "{P:\(k)}", with: String(v)) }
        for (k, v) in ids { out = out.replacingOccurrences(of: "{F:\(k)}", with: String(v)) }
        for (k, v) in units { out = out.replacingOccurrences(of: "{U:\(k)}", with: String(v)) }
        for n in -60...60 { out = out.replacingOccurrences(of: "{today\(n >= 0 ? "+" : "")\(n)}", with: today.adding(days: n).iso) }
        return out
    }
}

struct LedgerFilterCase: CustomTestStringConvertible, Sendable {
    var query: String
    var expected: Set<String>
    var testDescription: String { query }
}

struct LedgerFilterTests {
    static let cases: [LedgerFilterCase] = [
        .init(query: "", expected: ["T1", "M1", "M2", "M3", "T2", "T3", "T4"]),
        .init(query: "jurisdiction={J:龙华}", expected: ["T1", "M1", "M2", "M3", "T2"]),
        .init(query: "jurisdiction={J:深圳}", expected: ["T1", "M1", "M2", "M3", "T2", "T3"]),
        .init(query: "jurisdiction={J:广州}", expected: ["T4"]),
        .init(query: "jurisdiction={J:广东}", expected: ["T1", "M1", "M2", "M3", "T2", "T3", "T4"]),
        .init(query: "plan={P:深圳}", expected: ["T3"]),
        .init(query: "plan={P:龙华}&field={F:F1}", expected: ["T1", "M1", "M2", "M3"]),
        .init(query: "field={F:F2}", expected: ["T2"]),
        .init(query: "unit={U:发改局}&role=lead", expected: ["T1", "M2"]),
        .init(query: "unit={U:发改局}&role=participant", expected: ["M1", "T3"]),
        .init(query: "unit={U:发改局}&role=any", expected: ["T1", "M2", "M1", "T3"]),
        .init(query: "unit={U:发改局}", expected: ["T1", "M2", "M1", "T3"]),
        .init(query: "unit={U:司法局}&role=lead&jurisdiction={J:龙华}", expected: ["M1", "M3", "T2"]),
        .init(query: "status=done", expected: ["M1"]),
        .init(query: "status=in_progress,partly_done", expected: ["T1", "T2", "T3"]),
        .init(query: "status=not_started&status=suspended", expected: ["M2", "M3", "T4"]),
        .init(query: "status=\(q("已完成"))", expected: ["M1"]),
        .init(query: "light=red", expected: ["T2"]),
        .init(query: "light=yellow", expected: ["M2"]),
        .init(query: "light=green", expected: ["T1", "M1", "T3"]),
        .init(query: "light=none", expected: ["M3", "T4"]),
        .init(query: "light=red,yellow", expected: ["T2", "M2"]),
        .init(query: "due_from={today+0}", expected: ["T1", "M2", "T3"]),
        .init(query: "due_to={today+0}", expected: ["M1", "M3", "T2"]),
        .init(query: "due_from={today+0}&due_to={today+15}", expected: ["T1", "M2"]),
        .init(query: "due_from={today-5}&due_to={today-5}", expected: ["M1"]),
        .init(query: "q=\(q("商事登记"))", expected: ["M1"]),
        .init(query: "q=\(q("商事"))", expected: ["M1", "T4"]),
        .init(query: "q=\(q("对外开放"))", expected: ["T3"]),
        .init(query: "q=\(q("营商环境改革"))", expected: ["T1"]),
        .init(query: "q=\(q("不存在的内容"))", expected: []),
        .init(query: "scope=leaves", expected: ["M1", "M2", "M3", "T2", "T3", "T4"]),
        .init(query: "scope=all&plan={P:龙华}", expected: ["F1", "T1", "M1", "M2", "M3", "F2", "T2"]),
        .init(query: "scope=items&plan={P:广州}", expected: ["T4"]),
        .init(query: "jurisdiction={J:龙华}&status=in_progress,not_started&light=green,yellow", expected: ["T1", "M2"])
    ]

    @Test(arguments: cases)
    func theAPIFilters(_ c: LedgerFilterCase) async throws {
        try await TestApp.run { services, client in
            // given
            let d = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let response = try await client.get("/api/v1/ledger?per_page=500&" + d.expand(c.query))
            // then
            #expect(response.status == .ok, "\(response.text)")
            let ledger = try response.decode(APIModels.Ledger.self)
            #expect(Set(d.keys(of: ledger.items.map(\.id))) == c.expected)
            #expect(ledger.total == c.expected.count)
        }
    }

    @Test(arguments: cases)
    func theLedgerPageFilters(_ c: LedgerFilterCase) async throws {
        try await TestApp.run { services, client in
            // given
            let d = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let response = try await client.get("/ledger?per_page=500&" + d.expand(c.query))
            // then
            #expect(response.status == .ok)
            #expect(Set(d.keys(of: LedgerPage.rowIDs(response.text))) == c.expected)
            #expect(response.text.contains(String(format: L10n.t("ledger.total", .zh), c.expected.count)))
        }
    }

    @Test func fieldsOfOtherPlansAreLeftOutOfAFieldFilter() async throws {
        try await TestApp.run { services, client in
            // given
            let d = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let response = try await client.get(d.expand("/api/v1/ledger?field={F:F3}&scope=all"))
            // then
            #expect(Set(d.keys(of: try response.decode(APIModels.Ledger.self).items.map(\.id))) == ["F3", "T3"])
        }
    }

    // MARK: Sorting and paging

    private func ledger(_ client: any TestClientProtocol, _ query: String) async throws -> APIModels.Ledger {
        let response = try await client.get("/api/v1/ledger?" + query)
        #expect(response.status == .ok, "\(response.text)")
        return try response.decode(APIModels.Ledger.self)
    }

    @Test func outlineOrderFollowsEachPlansTree() async throws {
        try await TestApp.run { services, client in
            // given
            let d = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let rows = try await ledger(client, "scope=all")
            // then
            #expect(d.keys(of: rows.items.map(\.id)) == ["F1", "T1", "M1", "M2", "M3", "F2", "T2", "F3", "T3", "F4", "T4"])
        }
    }

    @Test func deadlineSortsPutItemsWithoutADeadlineLast() async throws {
        try await TestApp.run { services, client in
            // given
            let d = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let ascending = try await ledger(client, "sort=deadline")
            let descending = try await ledger(client, "sort=-deadline")
            // then
            #expect(d.keys(of: ascending.items.map(\.id)) == ["M1", "M3", "T2", "M2", "T1", "T3", "T4"])
            #expect(d.keys(of: descending.items.map(\.id)) == ["T3", "T1", "M2", "T2", "M3", "M1", "T4"])
        }
    }

    @Test func percentSortsFollowTheRolledUpPercent() async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let ascending = try await ledger(client, "sort=percent").items.map(\.percent)
            let descending = try await ledger(client, "sort=-percent").items.map(\.percent)
            // then
            #expect(ascending == ascending.sorted())
            #expect(descending == ascending.sorted().reversed())
            #expect(ascending.first != ascending.last)
        }
    }

    @Test func statusSortGroupsByStatus() async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let statuses = try await ledger(client, "sort=status").items.map(\.status)
            // then
            #expect(statuses == statuses.sorted())
            #expect(Set(statuses).count == 5)
        }
    }

    @Test func unitSortGroupsByLeadUnit() async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let leads = try await ledger(client, "sort=unit").items.compactMap(\.leadUnitId)
            // then
            #expect(leads.count == 7)
            #expect(leads == leads.sorted())
        }
    }

    @Test func updatedSortPutsTheLatestChangeFirst() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let d = try await LedgerDataset.make(f)
            try await f.update(d.ids["T2"]!) { $0.remarks = "最新修改" }
            // when
            let rows = try await ledger(client, "sort=-updated")
            // then
            #expect(d.keys(of: rows.items.prefix(1).map(\.id)) == ["T2"])
        }
    }

    @Test(arguments: LedgerFilter.Sort.allCases)
    func theLedgerPageSortsAsTheAPIDoes(_ sort: LedgerFilter.Sort) async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let api = try await ledger(client, "scope=all&sort=\(sort.rawValue)")
            let page = try await client.get("/ledger?scope=all&sort=\(sort.rawValue)")
            // then
            #expect(page.status == .ok)
            #expect(LedgerPage.rowIDs(page.text) == api.items.map(\.id))
            #expect(api.items.count == 11)
            #expect(page.text.contains(#"<option value="\#(sort.rawValue)" selected>"#))
        }
    }

    @Test func pagesSplitTheRowsWithoutOverlap() async throws {
        try await TestApp.run { services, client in
            // given
            let d = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let pages = [
                try await ledger(client, "per_page=3&page=1"), try await ledger(client, "per_page=3&page=2"),
                try await ledger(client, "per_page=3&page=3"), try await ledger(client, "per_page=3&page=4")
            ]
            // then
            #expect(pages.map(\.items.count) == [3, 3, 1, 0])
            #expect(pages.allSatisfy { $0.total == 7 && $0.perPage == 3 })
            #expect(pages.map(\.page) == [1, 2, 3, 4])
            #expect(d.keys(of: pages.flatMap { $0.items.map(\.id) }) == ["T1", "M1", "M2", "M3", "T2", "T3", "T4"])
        }
    }

    @Test func theLedgerPageLinksToTheNextAndPreviousPage() async throws {
        try await TestApp.run { services, client in
            // given
            let d = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let first = try await client.get("/ledger?per_page=20&scope=all")
            let second = try await client.get(d.expand("/ledger?per_page=2&page=2&plan={P:龙华}"))
            // then
            #expect(LedgerPage.rowIDs(first.text).count == 11)
            #expect(!first.text.contains(#"rel="next""#))
            #expect(d.keys(of: LedgerPage.rowIDs(second.text)) == ["M2", "M3"])
            #expect(second.text.contains(#"rel="next""#))
            #expect(second.text.contains(#"rel="prev""#))
            #expect(second.text.contains("page=3"))
        }
    }

    @Test func theLedgerPageLinksEachRowUnderItsOwnColumn() async throws {
        try await TestApp.run { services, client in
            // given
            let d = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let page = try await client.get(d.expand("/ledger?plan={P:龙华}&field={F:F1}"))
            // then: a task is linked in the task column, a measure in the measure column, no empty links
            #expect(page.text.contains(#"<td class="col-task" data-label="改革任务"><a href="/items/\#(d.ids["T1"]!)">打造营商环境改革创新实验区</a></td>"#))
            #expect(page.text.contains(#"<td class="col-measure" data-label="具体举措"><a href="/items/\#(d.ids["M1"]!)">推行商事登记确认制</a></td>"#))
            #expect(!page.text.contains("\"></a>"))
        }
    }

    // MARK: Bad parameters

    static let badParameters: [(String, String)] = [
        ("jurisdiction=abc", "jurisdiction"), ("jurisdiction=0", "jurisdiction"), ("plan=-1", "plan"), ("field=1.5", "field"),
        ("unit=x", "unit"), ("role=boss", "role"), ("status=finished", "status"), ("status=done,bogus", "status"),
        ("light=blue", "light"), ("due_from=2024-02-30", "due_from"), ("due_to=20240101", "due_to"),
        ("due_from=2024-06-01&due_to=2024-05-01", "due_to"), ("scope=some", "scope"), ("sort=title", "sort"),
        ("page=0", "page"), ("page=x", "page"), ("per_page=0", "per_page"), ("per_page=501", "per_page")
    ]

    @Test(arguments: badParameters)
    func aBadParameterIsRefusedByName(_ query: String, _ parameter: String) async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let api = try await client.get("/api/v1/ledger?" + query)
            let page = try await client.get("/ledger?" + query)
            // then
            #expect(api.status == .badRequest)
            #expect(api.apiError?.parameter == parameter)
            #expect(api.apiError?.message.hasPrefix(parameter + ":") == true)
            #expect(page.status == .badRequest)
            #expect(page.text.contains("参数“\(parameter)”的值无效"))
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
        }
    }

    @Test func anUnknownJurisdictionIsNotFound() async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await LedgerDataset.make(Fixtures(services: services))
            // when
            let api = try await client.get("/api/v1/ledger?jurisdiction=999999")
            let page = try await client.get("/ledger?jurisdiction=999999")
            // then
            #expect(api.status == .notFound)
            #expect(api.apiError?.code == "not_found")
            #expect(page.status == .notFound)
        }
    }
}

/// Reads the ledger page's rows back: the id in each row's first link.
enum LedgerPage {
    static func rowIDs(_ html: String) -> [Int] {
        var ids: [Int] = []
        var rest = html[...]
        while let row = rest.range(of: #"<tr class="light-"#) {
            rest = rest[row.upperBound...]
            guard let link = rest.range(of: #"<a href="/items/"#) else { break }
            let digits = rest[link.upperBound...].prefix { $0.isNumber }
            if let id = Int(digits) { ids.append(id) }
            rest = rest[link.upperBound...]
        }
        return ids
    }
}
