import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// The import's dry run, corrections, all-or-nothing commit and undo, on the 广州, 广东 and 龙华 fixtures.
struct ImportServiceTests {
    static let actor = "测试"

    private static func draftGuangzhou(_ services: AppServices, _ gz: GuangzhouUnits) async throws -> ImportService.Batch {
        try await services.imports.createDraft(
            try ImportFixtures.upload("guangzhou-2022-work-points.txt"),
            target: ImportTarget(mode: .newPlan, jurisdictionId: gz.city.id), actor: actor)
    }

    /// The 广州 draft with its two unknown units marked to be created.
    private static func readyGuangzhou(_ services: AppServices, _ gz: GuangzhouUnits) async throws -> ImportService.Batch {
        let draft = try await draftGuangzhou(services, gz)
        return try await services.imports.correct(
            draft.record.id, ImportCorrections(units: [.init(name: "人民银行广州分行营管部", create: true), .init(name: "市委督查室", create: true)]),
            baseVersion: draft.record.version, actor: actor)
    }

    @Test func aDryRunReadsTheWorkPointsAndReportsUnknownUnitsWithTheirLines() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let before = try await f.importCounts()
            // when
            let batch = try await Self.draftGuangzhou(services, gz)
            // then
            #expect(batch.payload.items.count == 19)
            #expect(batch.payload.planYear == 2022)
            #expect(
                batch.payload.detected
                    == ImportDetectedPlan(
                        title: "广州市2022年全面深化改革工作要点", docNumber: nil,
                        issuer: "中共广州市委全面深化改革委员会办公室", issueDate: "2022-03-10"))
            #expect(batch.payload.skipped.first == "各区人民政府，市政府各部门、各直属机构：")
            let unknown = batch.problems.filter { $0.code == "unknown_unit" }
            #expect(unknown.map(\.unitName) == ["人民银行广州分行营管部", "市委督查室"])
            #expect(unknown.map(\.line) == [25, 28])
            #expect(unknown.allSatisfy { $0.severity == .error && $0.field == "participants" })
            #expect(batch.errorCount == 2)
            #expect(batch.record.status == "draft")
            // short names and place-less names matched without asking
            #expect(batch.payload.unit(named: "市发展改革委")?.unitId == gz["广州市发展和改革委员会"].id)
            #expect(batch.payload.unit(named: "市工业和信息化局")?.unitId == gz["广州市工业和信息化局"].id)
            #expect(try await f.importCounts() == before)
        }
    }

    @Test func anUnknownUnitComesWithTheClosestKnownOnes() async throws {
        try await TestDatabase.withServices { services in
            // given
            let gz = try await GuangzhouUnits.make(Fixtures(services: services))
            let text = "一、深化财税体制改革\n（一）深化预算管理制度改革。年底前出台办法。（牵头单位：市财政厅；责任单位：市统计局）"
            // when
            let batch = try await services.imports.createDraft(
                .init(kind: .text, filename: "t.txt", data: Data(text.utf8)),
                target: ImportTarget(mode: .newPlan, jurisdictionId: gz.city.id), actor: Self.actor)
            // then
            let problem = try #require(batch.problems.first { $0.code == "unknown_unit" })
            #expect(problem.unitName == "市财政厅" && problem.field == "lead" && problem.line == 2)
            #expect(problem.suggestions?.first?.name == "广州市财政局")
            #expect(problem.messageZh == "未知单位“市财政厅”，最接近：广州市财政局")
            #expect(problem.messageEn.hasPrefix("Unknown unit “市财政厅”; closest: 广州市财政局"))
        }
    }

    @Test func aDryRunReadsDeadlinesWithTheirWords() async throws {
        try await TestDatabase.withServices { services in
            // given
            let gz = try await GuangzhouUnits.make(Fixtures(services: services))
            // when
            let items = try await Self.draftGuangzhou(services, gz).payload.items
            // then
            let measures = items.filter { $0.depth == 2 }
            #expect(measures.count == 9)
            #expect(measures.map(\.deadlineText) == ["年底前", "上半年", nil, "2022年第三季度", "年内", "2022年6月30日前", "长期坚持", "2022年4月底前", "2022年11月底前"])
            #expect(
                measures.map(\.deadline) == [
                    "2022-12-31", "2022-06-30", nil, "2022-09-30", "2022-12-31", "2022-06-30", nil, "2022-04-30", "2022-11-30"
                ])
            #expect(measures[0].lead == "市政务服务数据管理局")
            #expect(measures[0].participants == ["市市场监管局", "市税务局"])
            #expect(measures[0].collective == ["各区"])
            #expect(measures[5].collective == ["市各部门"])
        }
    }

    @Test func committingCreatesThePlanAndTheExactTree() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let ready = try await Self.readyGuangzhou(services, gz)
            #expect(ready.errorCount == 0)
            // when
            let batch = try await services.imports.commit(ready.record.id, actor: Self.actor)
            // then
            let planId = try #require(batch.record.planId)
            let plan = try await f.reloadPlan(planId)
            #expect(plan.title == "广州市2022年全面深化改革工作要点")
            #expect(plan.issuer == "中共广州市委全面深化改革委员会办公室")
            #expect(plan.issueDate == "2022-03-10")
            #expect(plan.jurisdictionId == gz.city.id)
            #expect(batch.record.status == "committed" && batch.record.createdPlan && batch.record.newUnitCount == 2)
            let tree = try await ItemQueries.tree(planId: planId, on: f.sql)
            #expect(
                tree.map(\.number) == [
                    "一、", "（一）", "1．", "2．", "（二）", "3．", "二、", "（三）", "4．", "5．", "三、", "（四）", "6．",
                    "（五）", "7．", "四、", "（六）", "8．", "9．"
                ])
            #expect(tree.map(\.depth) == [0, 1, 2, 2, 1, 2, 0, 1, 2, 2, 0, 1, 2, 1, 2, 0, 1, 2, 2])
            let (field, task, first) = (tree[0], tree[1], tree[2])
            #expect(first.title == "推行企业开办“一网通办”")
            #expect(first.path == "/\(field.id)/\(task.id)/\(first.id)/")
            #expect(first.fieldId == field.id && first.taskId == task.id && task.fieldId == field.id && task.taskId == task.id)
            #expect(first.sortKey == "00001.00001.00001" && tree[5].sortKey == "00001.00002.00001")
            #expect(first.leadUnitId == gz["广州市政务服务数据管理局"].id)
            #expect(
                try await ItemQueries.participants(of: [first.id], on: f.sql).map(\.unitId)
                    == [gz["广州市市场监督管理局"].id, gz["国家税务总局广州市税务局"].id])
            #expect(first.remarks == "另：各区")
            #expect(first.originalDeadline == "2022-12-31" && first.currentDeadline == "2022-12-31" && first.warnFrom == "2022-12-28")
            #expect(try await f.deadlineText(first.id) == "年底前")
            #expect(tree[14].currentDeadline == nil)
            #expect(try await f.deadlineText(tree[14].id) == "长期坚持")
            #expect(field.childCount == 2 && task.childCount == 2 && field.derivedPercent == 0)
            #expect(tree.allSatisfy { $0.version == 1 && $0.status == "not_started" })
            // the two units it created, marked with the import
            let created = try await f.sql.all(
                UnitRecord.self, "SELECT \(UnitQueries.columns) FROM units WHERE import_batch_id = \(bind: batch.record.id) ORDER BY id")
            // 市委督查室 is how 广州市's own plan writes its unit: created with the city's name, the written form kept as its short name
            #expect(created.map(\.name) == ["人民银行广州分行营管部", "广州市委督查室"])
            #expect(created.map(\.shortNames) == ["", "市委督查室"])
            #expect(created.allSatisfy { $0.jurisdictionId == gz.city.id })
            #expect(try await ItemQueries.participants(of: [tree[14].id], on: f.sql).map(\.unitId).contains(created[0].id))
            // each item's history starts with the import
            #expect(try await ItemQueries.history(entity: "item", id: first.id, on: f.sql).map(\.action) == ["import"])
            // the roll-up written with the items is the one the engine computes
            try await RollupEngine.recomputeAll(planId: planId, rule: plan.rule, on: f.sql)
            #expect(try await ItemQueries.tree(planId: planId, on: f.sql) == tree)
            #expect(try await f.reloadPlan(planId) == plan)
        }
    }

    @Test func aDraftWithErrorsCannotBeCommitted() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let draft = try await Self.draftGuangzhou(services, gz)
            let before = try await f.importCounts()
            // when
            await #expect(throws: ImportFailure.hasErrors(2)) { try await services.imports.commit(draft.record.id, actor: Self.actor) }
            // then
            #expect(try await f.importCounts() == before)
            #expect(try await ImportQueries.require(draft.record.id, on: f.sql).status == "draft")
        }
    }

    @Test func aCommitThatFailsMidwayLeavesTheDatabaseUnchanged() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let ready = try await Self.readyGuangzhou(services, gz)
            let before = try await f.counts()
            struct Injected: Error {}
            var failing = ImportService(database: services.database, clock: services.clock)
            failing.afterItemBatch = { _ in throw Injected() }
            // when: the items are inserted, then the commit fails
            await #expect(throws: Injected.self) { try await failing.commit(ready.record.id, actor: Self.actor) }
            // then: no plan, no units, no items, no audit entries; the draft is still a draft and commits later
            #expect(try await f.counts() == before)
            #expect(try await ImportQueries.require(ready.record.id, on: f.sql).status == "draft")
            let committed = try await services.imports.commit(ready.record.id, actor: Self.actor)
            #expect(committed.record.status == "committed")
        }
    }

    @Test func aTruncatedDocxIsRefusedAndNothingIsWritten() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let whole = try ImportFixtures.data("longhua-2020-work-points.docx")
            let before = try await f.counts()
            // when
            let upload = ImportService.Upload(kind: .docx, filename: "cut.docx", data: whole.prefix(whole.count * 2 / 3))
            // then
            await #expect(throws: ImportFailure.self) {
                _ = try await services.imports.createDraft(
                    upload, target: ImportTarget(mode: .newPlan, jurisdictionId: gz.city.id), actor: Self.actor)
            }
            #expect(try await f.counts() == before)
            #expect(try await f.count("import_batches") == 0)
        }
    }

    @Test func undoRemovesEverythingTheImportCreated() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let ready = try await Self.readyGuangzhou(services, gz)
            let before = try await f.importCounts()
            let committed = try await services.imports.commit(ready.record.id, actor: Self.actor)
            #expect(try await f.importCounts() != before)
            // when
            let (batch, result) = try await services.imports.undo(committed.record.id, confirmEdited: false, actor: Self.actor)
            // then
            #expect(try await f.importCounts() == before)
            #expect(result == ImportService.UndoResult(removedItems: 19, removedUnits: 2, keptUnits: 0))
            #expect(batch.record.status == "undone" && batch.record.undoneAt != nil)
            await #expect(throws: ImportFailure.notCommitted(status: "undone")) {
                _ = try await services.imports.undo(committed.record.id, confirmEdited: true, actor: Self.actor)
            }
        }
    }

    @Test func undoAsksFirstWhenItemsWereEditedSinceTheImport() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let before = try await f.importCounts()
            let committed = try await services.imports.commit(try await Self.readyGuangzhou(services, gz).record.id, actor: Self.actor)
            let tree = try await ItemQueries.tree(planId: committed.record.planId!, on: f.sql)
            try await f.update(tree[2].id) { $0.ownPercent = "50" }
            // when
            await #expect(throws: ImportFailure.editedSinceImport(1)) {
                _ = try await services.imports.undo(committed.record.id, confirmEdited: false, actor: Self.actor)
            }
            // then: refused, nothing removed; confirmed, everything removed
            #expect(try await f.count("plan_items") == 19)
            _ = try await services.imports.undo(committed.record.id, confirmEdited: true, actor: Self.actor)
            #expect(try await f.importCounts() == before)
        }
    }

    @Test func undoKeepsACreatedUnitThatIsUsedElsewhere() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let committed = try await services.imports.commit(try await Self.readyGuangzhou(services, gz).record.id, actor: Self.actor)
            let created = try #require(
                try await f.sql.scalar(
                    Int.self, column: "id",
                    "SELECT id FROM units WHERE name = '广州市委督查室' AND import_batch_id = \(bind: committed.record.id)"))
            let other = try await f.plan("另一方案", in: gz.city.id)
            _ = try await f.item("督查督办", plan: other.id, lead: created)
            // when
            let (_, result) = try await services.imports.undo(committed.record.id, confirmEdited: false, actor: Self.actor)
            // then
            #expect(result == ImportService.UndoResult(removedItems: 19, removedUnits: 1, keptUnits: 1))
            #expect(try await UnitQueries.find(created, on: f.sql) != nil)
        }
    }

    @Test func itemsAppendUnderAnExistingItemWithLeadersAndDivisionLines() async throws {
        try await TestDatabase.withServices { services in
            // given: a province with the departments the 广东 block names
            let f = Fixtures(services: services)
            let province = try await f.jurisdiction("广东省", level: .province, code: "440000")
            for name in [
                "广东省发展和改革委员会", "广东省政务服务数据管理局", "广东省市场监督管理局", "广东省司法厅", "广东省财政厅",
                "国家税务总局广东省税务局", "广东省农业农村厅", "广东省卫生健康委员会", "广东省医疗保障局"
            ] {
                _ = try await f.unit(
                    name, in: province.id,
                    shortNames: name.replacingOccurrences(of: "广东省", with: "省")
                        .replacingOccurrences(of: "国家税务总局", with: "").replacingOccurrences(of: "发展和改革委员会", with: "发展改革委")
                        .replacingOccurrences(of: "市场监督管理局", with: "市场监管局").replacingOccurrences(of: "卫生健康委员会", with: "卫生健康委")
                        .replacingOccurrences(of: "医疗保障局", with: "医保局"))
            }
            let office = try await f.unit("广东省委全面深化改革委员会办公室", in: province.id, shortNames: "省委改革办")
            let plan = try await f.plan("广东省2021年改革要点", in: province.id)
            let root = try await f.item("年度重点改革", plan: plan.id, lead: office.id)
            _ = try await f.item("已有条目", plan: plan.id, parent: root.id, lead: office.id)
            // when
            let draft = try await services.imports.createDraft(
                try ImportFixtures.upload("guangdong-2021-division.txt"),
                target: ImportTarget(mode: .existingPlan, planId: plan.id, parentItemId: root.id), actor: Self.actor)
            #expect(draft.errorCount == 0, "\(draft.problems.map(\.messageZh))")
            let batch = try await services.imports.commit(draft.record.id, actor: Self.actor)
            // then
            #expect(batch.record.planId == plan.id && !batch.record.createdPlan)
            let below = try await ItemQueries.children(of: root.id, on: f.sql)
            #expect(below.map(\.title) == ["已有条目", "深化经济体制改革", "深化社会体制改革"])
            #expect(below[1].position == 2 && below[1].depth == 1 && below[1].sortKey == root.sortKey + ".00002")
            let tasks = try await ItemQueries.children(of: below[1].id, on: f.sql)
            #expect(tasks.count == 4)
            #expect(tasks[0].responsibleLeader == "王伟中" && tasks[0].remarks == "另：各地、各部门")
            #expect(tasks[0].currentDeadline == "2021-12-31" && tasks[0].fieldId == root.id && tasks[0].taskId == below[1].id)
            #expect(tasks[3].currentDeadline == "2020-09-30")  // 三季度末前 in the plan's year (issued 2020)
            #expect(try await f.reload(root.id).childCount == 3)
            let tree = try await ItemQueries.tree(planId: plan.id, on: f.sql)
            try await RollupEngine.recomputeAll(planId: plan.id, rule: plan.rule, on: f.sql)
            #expect(try await ItemQueries.tree(planId: plan.id, on: f.sql) == tree)
        }
    }

    @Test func aDocxIsReadWithItsAutomaticNumberingReported() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction("龙华区", level: .district, code: "440309")
            // when
            let batch = try await services.imports.createDraft(
                try ImportFixtures.upload("longhua-2020-work-points.docx"),
                target: ImportTarget(mode: .newPlan, jurisdictionId: district.id), actor: Self.actor)
            // then
            #expect(batch.record.kind == "docx")
            #expect(batch.payload.detected.title == "龙华区2020年全面深化改革工作要点")
            #expect(batch.payload.detected.issueDate == "2020-05-08")
            #expect(batch.payload.items.map(\.number) == ["一、", "（一）", "（二）", "二、", "（一）", "三、", "（一）"])
            let numbered = try #require(batch.problems.first { $0.code == "auto_numbering" })
            #expect(numbered.severity == .warning && numbered.line == 13)
            // the soft line break inside （二） does not lose its assignment
            let second = batch.payload.items[2]
            #expect(second.lead == "区委改革办" && second.participants == ["区委组织部"] && second.deadline == "2020-06-30")
        }
    }

    @Test func aWordTableIsReadAsALedger() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction("龙华区", level: .district, code: "440309")
            // when
            let batch = try await services.imports.createDraft(
                try ImportFixtures.upload("longhua-2020-table.docx"),
                target: ImportTarget(mode: .newPlan, jurisdictionId: district.id), actor: Self.actor)
            // then
            let items = batch.payload.items
            #expect(items.filter { $0.depth == 0 }.map(\.title) == ["战役战略性改革", "经济领域", "生态领域"])
            let first = try #require(items.first { $0.title == "推动实施综合授权改革试点" })
            #expect(first.lead == "区发展和改革局" && first.participants == ["区委改革办", "区司法局"])
            #expect(first.deadline == "2020-12-31" && first.deadlineText == "2020年12月")
            #expect(items.first { $0.title == "创新流域统筹系统治水模式改革" }?.deadlineText == "长期坚持")
        }
    }

    @Test func correctionsEditItemsChooseUnitsAndRemoveItems() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let draft = try await Self.draftGuangzhou(services, gz)
            let office = gz["中共广州市委全面深化改革委员会办公室"]
            // when
            let corrected = try await services.imports.correct(
                draft.record.id,
                ImportCorrections(
                    items: [
                        .init(key: 2, title: "推行企业开办一网通办", deadline: "2022年9月底前"),
                        .init(key: 3, lead: "市发改委", participants: ["市财政局"]),
                        .init(key: 10, remove: true)
                    ],
                    units: [.init(name: "市委督查室", unitId: office.id)]), baseVersion: draft.record.version, actor: Self.actor)
            // then
            let items = corrected.payload.items
            #expect(items[2].title == "推行企业开办一网通办" && items[2].deadline == "2022-09-30" && items[2].deadlineText == "2022年9月底前")
            #expect(items[3].lead == "市发改委" && items[3].participants == ["市财政局"])
            #expect(corrected.payload.unit(named: "市财政局")?.unitId == gz["广州市财政局"].id)
            #expect(corrected.payload.unit(named: "市委督查室")?.resolution == .chosen)
            // 三、 with its two tasks and two measures is gone
            #expect(items.count == 14 && !items.contains { $0.title == "深化财税金融体制改革" })
            #expect(items.allSatisfy { item in item.parent.map { $0 < item.key } ?? true } && items.indices.allSatisfy { items[$0].key == $0 })
            #expect(corrected.errorCount == 0)
            #expect(corrected.record.version == draft.record.version + 1)
            await #expect(throws: AppError.self) {
                _ = try await services.imports.correct(draft.record.id, ImportCorrections(), baseVersion: draft.record.version, actor: Self.actor)
            }
        }
    }
}
