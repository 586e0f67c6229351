import Foundation
import HummingbirdTesting
import ReformCore
import ReformSpreadsheet
import SQLKit
import Testing

@testable import App

/// Ledger export: the page's filters, every row, XLSX and CSV as Excel and WPS read them, file names, errors.
struct LedgerExportTests {
    static let chineseHeader = [
        "序号", "领域", "改革任务", "具体举措", "牵头单位", "参与单位", "责任领导", "责任人", "经办人", "完成时限",
        "预期成效", "拟出台政策文件", "进展", "状态", "备注"
    ]

    static func rows(xlsx data: Data, sheet: String? = nil) throws -> [[String]] {
        let reader = try XLSXReader(data: data)
        let table = try sheet.map { try reader.table(named: $0) } ?? reader.table(for: reader.sheets[0])
        return table.rows.map(\.cells)
    }

    static func rows(csv data: Data) throws -> [[String]] {
        try CSVReader(data: data).table(name: "csv").rows.map(\.cells)
    }

    @Test func xlsxHasTheLedgerColumnsAndEveryRowOfTheView() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            // when
            let response = try await client.get("/ledger/export.xlsx?plan=\(ledger.plan.id)")
            // then
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let rows = try Self.rows(xlsx: Data(buffer: response.body))
            #expect(rows[0] == Self.chineseHeader)
            // the default scope: tasks and below (9 of the 11 items), in outline order
            #expect(rows.count == 1 + 9)
            #expect(
                rows[1] == [
                    "（一）", "经济体制改革", "打造营商环境改革创新实验区", "", "深圳市龙华区发展和改革局",
                    "深圳市龙华区司法局、深圳市龙华区政务服务数据管理局", "王副区长", "李科长", "张三", "2020-12-31",
                    "营商环境评价进入全市前列", "《龙华区优化营商环境实施方案》", "0%（汇总 37.5%）", "推进中", "含逗号, 引号\"和\n换行的备注"
                ])
            // (a reader leaves out the empty cells at the end of a row)
            #expect(
                rows[3] == [
                    "（1）", "经济体制改革", "打造营商环境改革创新实验区", "上线企业开办一站式平台", "深圳市龙华区政务服务数据管理局", "",
                    "王副区长", "李科长", "张三", "2020-06-30", "", "", "100%", "已完成"
                ])
            #expect(rows.map { $0[3] }.contains("深化商事登记确认制改革"))
        }
    }

    @Test func theFileNameIsChineseWithAnASCIIFallback() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services), planTitle: "龙华区2020年工作要点/一览表")
            let today = TestClock.today.iso
            // when
            let xlsx = try await client.get("/ledger/export.xlsx?plan=\(ledger.plan.id)&per_field=1")
            let csv = try await client.get("/ledger/export.csv?jurisdiction=\(ledger.district.id)&lang=en")
            // then
            let disposition = try #require(xlsx.headers[.contentDisposition])
            let name = "龙华区2020年工作要点_一览表_台账_按领域_\(today).xlsx"
            #expect(
                disposition == "attachment; filename=\"ledger-plan-\(ledger.plan.id)-by-field-\(today).xlsx\"; filename*=UTF-8''"
                    + name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._")))!)
            #expect(
                csv.headers[.contentDisposition]?.hasPrefix(
                    "attachment; filename=\"ledger-jurisdiction-\(ledger.district.id)-\(today).csv\"; filename*=UTF-8''%E9%BE%99%E5%8D%8E%E5%8C%BA_Ledger_"
                ) == true)
        }
    }

    @Test func csvIsUTF8WithAByteOrderMarkAndCRLF() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            // when
            let response = try await client.get("/ledger/export.csv?plan=\(ledger.plan.id)&scope=all")
            // then
            #expect(response.status == .ok && response.headers[.contentType] == "text/csv; charset=utf-8")
            let bytes = [UInt8](Data(buffer: response.body))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(text.hasPrefix(Self.chineseHeader.joined(separator: ",") + "\r\n"))
            #expect(text.hasSuffix("因机构调整暂缓\r\n"))
            // a line break inside a quoted field stays a bare LF; every row ends with CRLF
            #expect(text.contains("\"含逗号, 引号\"\"和\n换行的备注\"\r\n"))
            let rows = try Self.rows(csv: Data(bytes))
            #expect(rows.count == 1 + 11 && rows.allSatisfy { $0.count == 15 })
            #expect(rows[1][0...2] == ["一、", "经济体制改革", ""])
        }
    }

    @Test func csvNeutralisesFormulas() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            let f = Fixtures(services: services)
            let task = try #require(try await ItemQueries.tree(planId: ledger.plan.id, on: f.sql).first { $0.depth == 1 })
            _ = try await f.item("=HYPERLINK(\"http://example.com\")", plan: ledger.plan.id, parent: task.id, lead: ledger.office.id)
            // when
            let csv = try await client.get("/ledger/export.csv?plan=\(ledger.plan.id)&q=HYPERLINK")
            let xlsx = try await client.get("/ledger/export.xlsx?plan=\(ledger.plan.id)&q=HYPERLINK")
            // then: CSV cannot mark a cell as text, so the apostrophe; XLSX cells are typed text already
            #expect(try Self.rows(csv: Data(buffer: csv.body))[1][3] == "'=HYPERLINK(\"http://example.com\")")
            #expect(try Self.rows(xlsx: Data(buffer: xlsx.body))[1][3] == "=HYPERLINK(\"http://example.com\")")
        }
    }

    @Test func theHeaderAndWordsFollowTheLanguage() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            // when
            let response = try await client.get("/ledger/export.xlsx?plan=\(ledger.plan.id)&lang=en")
            // then
            let reader = try XLSXReader(data: Data(buffer: response.body))
            #expect(reader.sheets.map(\.name) == ["Ledger"])
            let rows = try Self.rows(xlsx: Data(buffer: response.body))
            #expect(
                rows[0] == [
                    "No.", "Field", "Reform task", "Measure", "Lead unit", "Participating units", "Responsible leader",
                    "Responsible person", "Handler", "Deadline", "Expected results", "Policy documents to issue", "Progress",
                    "Status", "Remarks"
                ])
            #expect(rows[1][12] == "0% (rolled up 37.5%)" && rows[1][13] == "In progress")
        }
    }

    @Test func oneSheetPerField() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            // when
            let response = try await client.get("/ledger/export.xlsx?plan=\(ledger.plan.id)&per_field=true&status=in_progress,suspended")
            // then
            let data = Data(buffer: response.body)
            #expect(try XLSXReader(data: data).sheets.map(\.name) == ["经济体制改革", "民主法制领域改革"])
            let economy = try Self.rows(xlsx: data, sheet: "经济体制改革")
            let law = try Self.rows(xlsx: data, sheet: "民主法制领域改革")
            #expect(economy[0] == Self.chineseHeader && law[0] == Self.chineseHeader)
            #expect(economy.dropFirst().map { $0[0] } == ["（一）", "1.", "（2）", "（二）"])
            #expect(law.dropFirst().map { $0[0] + $0[3] } == ["（一）", "1.推行行政执法公示制度"])
        }
    }

    /// The export's own percent formatting shows what the pages show, for every percent the roll-up stores.
    @Test func percentsReadAsOnThePages() {
        for tenths in 0...1000 {
            let p = Double(tenths) / 10
            #expect(LedgerExportColumns.percent(p) == L10n.percent(p), "\(p)")
        }
        #expect(LedgerExportColumns.isoDate("2020-10-31") == SpreadsheetDate(year: 2020, month: 10, day: 31))
        #expect(LedgerExportColumns.isoDate("2020-1-31") == nil && LedgerExportColumns.isoDate("2020-13-01") == nil)
    }

    /// The export reads the page's filters through the same parser and conditions: for each view, its rows are
    /// the rows the ledger API lists, in the same order.
    @Test(arguments: [
        "", "scope=all", "scope=leaves", "status=in_progress", "status=done,suspended", "light=none", "q=%E4%BC%81%E4%B8%9A",
        "q=%E9%87%87%E8%B4%AD%E6%84%8F%E5%90%91", "due_from=2020-09-01&due_to=2020-11-30", "role=lead&unit=UNIT", "role=participant&unit=UNIT",
        "unit=UNIT", "sort=deadline", "sort=-deadline", "sort=percent&scope=all", "sort=-percent", "sort=status", "sort=unit", "sort=-updated",
        "jurisdiction=JUR&sort=-deadline&scope=leaves"
    ])
    func exportRowsAreTheLedgerViewsRows(query: String) async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            let q =
                "plan=\(ledger.plan.id)&"
                + query.replacingOccurrences(of: "UNIT", with: String(ledger.justice.id))
                .replacingOccurrences(of: "JUR", with: String(ledger.district.id))
            struct Page: Decodable {
                struct Row: Decodable {
                    var number: String
                    var title: String
                }
                var items: [Row]
            }
            // when
            let page = try await client.get("/api/v1/ledger?per_page=500&" + q).decode(Page.self)
            let csv = try Self.rows(csv: Data(buffer: try await client.get("/ledger/export.csv?" + q).body))
            let api = try Self.rows(xlsx: Data(buffer: try await client.get("/api/v1/ledger/export?format=xlsx&" + q).body))
            // then
            let expected = page.items.map { $0.number + "|" + $0.title }
            func keys(_ rows: [[String]]) -> [String] {
                rows.dropFirst().map { r in r[0] + "|" + [r[3], r[2], r[1]].first { !$0.isEmpty }! }
            }
            #expect(!expected.isEmpty || query.hasPrefix("light"))
            #expect(keys(csv) == expected)
            #expect(keys(api) == expected)
        }
    }

    /// Batches join exactly: any batch size gives the same rows in the same order, for every sort.
    @Test(arguments: LedgerFilter.Sort.allCases)
    func keysetBatchesJoinWithoutGapsOrRepeats(sort: LedgerFilter.Sort) async throws {
        try await TestDatabase.withServices { services in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            var filter = LedgerFilter()
            filter.planId = ledger.plan.id
            filter.scope = .all
            filter.sort = sort
            let sql = services.database.sql
            // when
            var whole: [Int] = []
            try await LedgerExportQuery(filter: filter, today: TestClock.today, batchSize: 1000).forEachBatch(on: sql) { rows, _ in
                whole += rows.map(\.id)
            }
            var batched: [Int] = []
            var batches = 0
            try await LedgerExportQuery(filter: filter, today: TestClock.today, batchSize: 2).forEachBatch(on: sql) { rows, _ in
                batched += rows.map(\.id)
                batches += 1
            }
            // then
            #expect(whole.count == 11 && Set(whole).count == 11)
            #expect(batched == whole)
            #expect(batches == 6)
        }
    }

    /// Past the ledger page's count cap of 10,000, every row is exported.
    @Test func thereIsNoRowCap() async throws {
        try await TestApp.run { services, client in
            // given: 10,050 measures under one task, written in bulk
            let f = Fixtures(services: services)
            let ledger = try await ExportLedger.make(f)
            let task = try #require(try await ItemQueries.tree(planId: ledger.plan.id, on: f.sql).first { $0.title == "深化政府采购制度改革" })
            try await Self.insertMeasures(10_050, under: task, lead: ledger.justice.id, on: f.sql)
            // when
            let response = try await client.get("/ledger/export.csv?plan=\(ledger.plan.id)&field=\(task.fieldId!)&scope=leaves")
            // then
            let rows = try Self.rows(csv: Data(buffer: response.body))
            #expect(rows.count == 1 + 10_050 + 4)
            #expect(rows.last?[3] == "批量举措10050")
            #expect(Set(rows.dropFirst().map { $0[3] }).count == 10_054)
        }
    }

    static func insertMeasures(_ count: Int, under task: ItemRecord, lead: Int, on sql: any SQLDatabase) async throws {
        let now = Timestamp.of(TestClock.start)
        for start in stride(from: 1, through: count, by: 500) {
            let values: [SQLQueryString] = (start...min(count, start + 499)).map { n in
                """
                (\(bind: task.planId), \(bind: task.id), \(bind: task.jurisdictionId), \(bind: task.jurisdictionPath), \(bind: task.fieldId),
                 \(bind: task.id), \(bind: task.path + "b\(n)/"), 2, \(bind: 100 + n), \(bind: task.sortKey + "." + String(format: "%05d", 100 + n)),
                 \(bind: "\(n)."), \(bind: "批量举措\(n)"), '', \(bind: lead), '', '', '', '', '', '', '', 1, 'in_progress', 0, 0, 0, 0,
                 \(bind: "批量举措\(n)"), false, 1, \(bind: now), \(bind: now))
                """
            }
            try await sql.raw(
                """
                INSERT INTO plan_items (plan_id, parent_id, jurisdiction_id, jurisdiction_path, field_id, task_id, path, depth, position,
                  sort_key, number, title, content, lead_unit_id, responsible_leader, responsible_person, handler,
                  expected_results, result_form, policy_documents, remarks, weight, status, own_percent, rollup_percent, delay_count,
                  child_count, search_text, is_demo, version, created_at, updated_at)
                VALUES
                """ + values.joined(separator: ", ")
            ).run()
        }
    }

    @Test(arguments: [
        ("/api/v1/ledger/export?format=pdf", "format", "expected xlsx or csv, got pdf"),
        ("/api/v1/ledger/export", "format", "missing; expected xlsx or csv"),
        ("/api/v1/ledger/export?format=xlsx&per_field=maybe", "per_field", "expected true or false, got maybe"),
        ("/api/v1/ledger/export?format=csv&per_field=1", "per_field", "one sheet per field needs format=xlsx; a CSV file has one table"),
        ("/api/v1/ledger/export?format=csv&plan=", "plan", "empty value; leave the parameter out instead"),
        (
            "/api/v1/ledger/export?format=csv&status=bogus", "status",
            "unknown status bogus; expected one of not_started, in_progress, partly_done, done, suspended"
        )
    ])
    func badParametersAreRefusedByName(uri: String, parameter: String, message: String) async throws {
        try await TestApp.run { _, client in
            // when
            let response = try await client.get(uri)
            // then
            #expect(response.status == .badRequest)
            let error = try #require(response.apiError)
            #expect(error.parameter == parameter)
            #expect(error.message.contains(message))
        }
    }

    @Test func anUnknownJurisdictionIsA404AndABadPageParameterA400Page() async throws {
        try await TestApp.run { _, client in
            // when
            let api = try await client.get("/api/v1/ledger/export?format=xlsx&jurisdiction=999")
            let page = try await client.get("/ledger/export.xlsx?due_from=2020-13-01")
            // then
            #expect(api.status == .notFound)
            #expect(page.status == .badRequest && page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("due_from"))
        }
    }

    /// The export is scoped like the ledger page: another jurisdiction's plan is not found, and a view without a
    /// jurisdiction holds only the user's own subtree.
    @Test func theExportShowsOnlyWhatTheUserSees() async throws {
        try await TestApp.run { services, client in
            // given: 龙华区's plan, and an office user of another district with a plan of its own
            let f = Fixtures(services: services)
            let ledger = try await ExportLedger.make(f)
            let other = try await f.jurisdiction("福田区", level: .district, code: "440304")
            let otherUnit = try await f.unit("深圳市福田区发展和改革局", in: other.id)
            let otherPlan = try await f.plan("福田区2020年工作要点", in: other.id)
            _ = try await f.item("福田区的改革任务", plan: otherPlan.id, lead: otherUnit.id)
            let office = try await client.as(.office, jurisdiction: other.id)
            // when
            let foreign = try await office.get("/api/v1/ledger/export?format=csv&plan=\(ledger.plan.id)")
            let page = try await office.get("/ledger/export.csv?plan=\(ledger.plan.id)")
            let own = try await office.get("/ledger/export.csv?scope=all")
            let print = try await office.get("/plans/\(ledger.plan.id)/wallchart/print")
            // then
            #expect(foreign.status == .notFound && page.status == .notFound && print.status == .notFound)
            #expect(try Self.rows(csv: Data(buffer: own.body)).dropFirst().map { $0[1] + $0[2] } == ["福田区的改革任务"])
        }
    }

    @Test func theLedgerPageLinksToTheExportsWithItsFilters() async throws {
        try await TestApp.run { services, client in
            // given
            let ledger = try await ExportLedger.make(Fixtures(services: services))
            // when
            let page = try await client.get("/ledger?plan=\(ledger.plan.id)&status=in_progress&per_page=20&page=2")
            let english = try await client.get("/ledger?lang=en")
            // then
            let filters = "plan=\(ledger.plan.id)&amp;status=in_progress"
            #expect(page.text.contains("href=\"/ledger/export.xlsx?\(filters)\" download>导出 Excel</a>"))
            #expect(page.text.contains("href=\"/ledger/export.csv?\(filters)\" download>导出 CSV</a>"))
            #expect(page.text.contains("href=\"/ledger/export.xlsx?\(filters)&amp;per_field=1\" download>按领域分表</a>"))
            #expect(english.text.contains("href=\"/ledger/export.xlsx\" download>Export Excel</a>"))
            #expect(english.text.contains("href=\"/ledger/export.xlsx?per_field=1\" download>One sheet per field</a>"))
        }
    }
}
