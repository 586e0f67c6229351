import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Spreadsheet ledgers (xlsx and csv) as offices keep them: header variants, merged cells carried down,
/// 序号 numbered 1 / 1.1 or 一、 / （一）, a parent column, several units in one cell, every deadline form.
struct ImportSheetTests {
    static let actor = "测试"

    /// 龙华区 with the units its ledgers name (full names; the ledgers write them the same way).
    private static func longhua(_ f: Fixtures) async throws -> JurisdictionRecord {
        let district = try await f.jurisdiction("龙华区", level: .district, code: "440309")
        for name in [
            "区发展和改革局", "区委改革办", "区司法局", "区委组织部", "区财政局", "区政务服务数据管理局", "区文化广电旅游体育局",
            "区商务局", "区城市管理和综合执法局", "区水务局", "区住房和建设局", "区委编办", "区统计局", "区民政局",
            "区市场监督管理局"
        ] {
            _ = try await f.unit("深圳市龙华" + name, in: district.id, shortNames: name)
        }
        return district
    }

    private static func draft(_ services: AppServices, _ file: String, _ target: ImportTarget) async throws -> ImportService.Batch {
        try await services.imports.createDraft(try ImportFixtures.upload(file), target: target, actor: actor)
    }

    @Test func aMultiLevelLedgerWithMergedCellsBecomesItsTree() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let district = try await Self.longhua(f)
            // when
            let batch = try await Self.draft(services, "longhua-2020-ledger.xlsx", ImportTarget(mode: .newPlan, jurisdictionId: district.id))
            // then
            let items = batch.payload.items
            #expect(batch.payload.detected.title == "龙华区2020年改革工作要点一览表")
            #expect(batch.payload.planYear == 2020)
            #expect(items.filter { $0.depth == 0 }.map(\.title) == ["战役战略性改革", "经济领域", "生态领域"])
            #expect(
                items.filter { $0.depth == 1 }.map(\.title) == [
                    "推动实施综合授权改革试点", "构建先行示范区改革推进机制", "深化政府采购制度改革",
                    "探索夜间经济发展模式", "创新流域统筹系统治水模式改革"
                ])
            let measures = items.filter { $0.depth == 2 }
            #expect(measures.count == 9)
            #expect(
                measures.map(\.deadline) == [
                    "2020-12-31", "2020-06-30", "2020-09-30", "2020-10-31", "2020-10-31", "2020-10-31", nil,
                    "2020-10-31", nil
                ])
            #expect(
                measures.map(\.deadlineText) == [
                    "年底前", "上半年", "第三季度", "2020年10月底前", "2020-10-31", "44135", "长期坚持",
                    "2020.10.31", "2020年13月"
                ])
            // the lead unit merged over two rows carries down
            #expect(measures[5].lead == "区文化广电旅游体育局" && measures[5].location.row == 8)
            #expect(measures[3].participants == ["区政务服务数据管理局"] && measures[3].collective == ["各街道"])
            // problems with sheet, row and column
            let bad = try #require(batch.problems.first { $0.code == "bad_deadline" })
            #expect(bad.sheet == "工作要点" && bad.row == 11 && bad.column == "H" && bad.severity == .error)
            let unknown = try #require(batch.problems.first { $0.code == "unknown_unit" })
            #expect(unknown.unitName == "区环境保护和水务局" && unknown.row == 11 && unknown.column == "E")
            #expect(unknown.suggestions?.contains { $0.name == "深圳市龙华区水务局" } == true)
            let noLead = try #require(batch.problems.first { $0.code == "no_lead" })
            #expect(noLead.row == 4 && noLead.column == "E" && noLead.severity == .warning)
        }
    }

    @Test func aCorrectedLedgerCommitsWithGroupsAndUnits() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let district = try await Self.longhua(f)
            let draft = try await Self.draft(services, "longhua-2020-ledger.xlsx", ImportTarget(mode: .newPlan, jurisdictionId: district.id))
            let last = try #require(draft.payload.items.last)
            let water = try #require(try await f.sql.scalar(Int.self, column: "id", "SELECT id FROM units WHERE name = '深圳市龙华区水务局'"))
            // when
            let ready = try await services.imports.correct(
                draft.record.id,
                ImportCorrections(
                    items: [.init(key: last.key, deadline: "2020年12月")], units: [.init(name: "区环境保护和水务局", unitId: water)]),
                baseVersion: draft.record.version, actor: Self.actor)
            let batch = try await services.imports.commit(ready.record.id, actor: Self.actor)
            // then
            let tree = try await ItemQueries.tree(planId: batch.record.planId!, on: f.sql)
            #expect(tree.count == 17)
            #expect(tree.map(\.number).prefix(5) == ["一、", "（一）", "1", "2", "（二）"])
            #expect(tree.last?.leadUnitId == water && tree.last?.currentDeadline == "2020-12-31")
            #expect(try await f.reloadPlan(batch.record.planId!).title == "龙华区2020年改革工作要点一览表")
        }
    }

    @Test func aFlatLedgerSplitsTheLeadCellAndTheParticipantCell() async throws {
        try await TestDatabase.withServices { services in
            // given
            let gz = try await GuangzhouUnits.make(Fixtures(services: services))
            // when
            let batch = try await Self.draft(services, "guangzhou-2021-key-work.xlsx", ImportTarget(mode: .newPlan, jurisdictionId: gz.city.id))
            // then
            let items = batch.payload.items
            #expect(items.map(\.title) == ["深化营商环境综合改革，推动营商环境5.0改革落地", "推进要素市场化配置综合改革", "深化国资国企改革"])
            #expect(items.allSatisfy { $0.depth == 0 })
            #expect(items[0].lead == "市发展改革委" && items[0].participants == ["市政务服务数据管理局", "市市场监管局", "市税务局"])
            #expect(items[0].collective == ["各区"] && items[0].leader == "张副市长")
            #expect(items[1].participants == ["市发展改革委", "市农业农村局"])
            #expect(items[2].remarks == "按季度报送进展")
            #expect(batch.problems.filter { $0.code == "unknown_unit" }.map(\.unitName) == ["市国资委"])
            #expect(batch.payload.sheets.first?.columns["leader"] == "C")
        }
    }

    @Test func aTwoRowHeaderAndDecimalNumbersNestTheRows() async throws {
        try await TestDatabase.withServices { services in
            // given
            let gz = try await GuangzhouUnits.make(Fixtures(services: services))
            // when
            let batch = try await Self.draft(
                services, "decimal-ledger.xlsx",
                ImportTarget(mode: .newPlan, jurisdictionId: gz.city.id, title: "任务分解", issueDate: "2022-01-10"))
            // then
            let items = batch.payload.items
            #expect(items.map(\.number) == ["1", "1.1", "1.1.1", "1.2", "2", "2.1"])
            #expect(items.map(\.depth) == [0, 1, 2, 1, 0, 1])
            #expect(items.map(\.parent) == [nil, 0, 1, 0, nil, 4])
            #expect(items[1].lead == "市政务服务数据管理局" && items[1].participants == ["市税务局", "市人力资源社会保障局"])
            #expect(items[1].leader == "张三" && items[1].deadline == "2022-10-31")
            #expect(items[3].deadline == "2022-12-31" && items[3].deadlineText == "第四季度")
            #expect(items[4].deadline == nil && items[4].deadlineText == "持续推进")
            #expect(
                batch.payload.sheets.first?.columns == ["number": "A", "title": "B", "lead": "C", "participants": "D", "leader": "E", "deadline": "F"]
            )
        }
    }

    @Test func aCSVWithOutlineNumbersAndHeaderVariants() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let district = try await Self.longhua(f)
            // when
            let batch = try await Self.draft(
                services, "outline-ledger.csv",
                ImportTarget(mode: .newPlan, jurisdictionId: district.id, title: "行政体制改革台账", issueDate: "2021-02-01"))
            // then
            let items = batch.payload.items
            #expect(items.map(\.number) == ["一、", "（一）", "1.", "2.", "二、", "（一）"])
            #expect(items.map(\.depth) == [0, 1, 2, 2, 0, 1])
            #expect(items[2].participants == ["区统计局", "区财政局"] && items[2].deadline == "2021-06-30")
            #expect(items[3].participants == ["区司法局"] && items[3].collective == ["各街道"] && items[3].deadline == "2021-09-30")
            #expect(items[1].leader == "王五")
            #expect(batch.errorCount == 0, "\(batch.problems.map(\.messageZh))")
            let committed = try await services.imports.commit(batch.record.id, actor: Self.actor)
            #expect(try await ItemQueries.tree(planId: committed.record.planId!, on: f.sql).count == 6)
        }
    }

    @Test func aGB18030CSVWithAParentColumn() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let district = try await Self.longhua(f)
            // when
            let batch = try await Self.draft(
                services, "parent-column-gb18030.csv",
                ImportTarget(mode: .newPlan, jurisdictionId: district.id, title: "营商环境", issueDate: "2021-01-05"))
            // then
            let items = batch.payload.items
            #expect(items.map(\.title) == ["优化营商环境", "推行一业一证改革", "推进信用监管", "开展改革评估"])
            #expect(items.map(\.parent) == [nil, 0, 0, nil])
            #expect(items[1].deadline == "2021-06-30" && items[2].deadline == "2021-09-30")
            let missing = try #require(batch.problems.first { $0.code == "parent" })
            #expect(missing.row == 5 && missing.column == "B" && missing.severity == .warning)
        }
    }

    @Test func aTruncatedWorkbookIsRefusedAndNothingIsWritten() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let district = try await Self.longhua(f)
            let whole = try ImportFixtures.data("longhua-2020-ledger.xlsx")
            let before = try await f.counts()
            // when / then
            for cut in [whole.count / 3, whole.count - 200, 30] {
                await #expect(throws: ImportFailure.self) {
                    _ = try await services.imports.createDraft(
                        .init(kind: .xlsx, filename: "cut.xlsx", data: whole.prefix(cut)),
                        target: ImportTarget(mode: .newPlan, jurisdictionId: district.id), actor: Self.actor)
                }
            }
            #expect(try await f.counts() == before)
            #expect(try await f.count("import_batches") == 0)
        }
    }
}
