import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Issue 15 through the import: a PDF with a text layer, a scanned PDF, .doc/.wps without LibreOffice, a covering
/// notice alone, the report saying what was skipped and why, and `reform import`'s runner.
struct ImportRealDocumentTests {
    static let actor = "测试"

    /// The PDF fixture's city and the units it names, but for 市民政局.
    static func guangzhou(_ f: Fixtures) async throws -> JurisdictionRecord {
        let city = try await f.jurisdiction("广州市", level: .city, code: "440100")
        for (name, short) in [
            ("广州市住房和城乡建设局", "市住房城乡建设局"), ("广州市规划和自然资源局", ""), ("广州市发展和改革委员会", "市发展改革委"),
            ("广州市财政局", ""), ("广州市工业和信息化局", ""), ("广州市政务服务数据管理局", "")
        ] {
            _ = try await f.unit(name, in: city.id, shortNames: short)
        }
        return city
    }

    @Test(.enabled(if: ExternalTools.onPath.pdftotext != nil, "needs poppler-utils (pdftotext)"))
    func aPDFWithATextLayerIsReadLikeTheDocument() async throws {
        try await TestDatabase.withServices { services in
            // given
            let city = try await Self.guangzhou(Fixtures(services: services))
            // when
            let batch = try await services.imports.createDraft(
                try ImportFixtures.upload("plan-text-layer.pdf"), target: ImportTarget(mode: .newPlan, jurisdictionId: city.id), actor: Self.actor)
            // then
            #expect(batch.record.kind == "pdf")
            #expect(batch.payload.detected.title == "广州市2021年重点工作分工方案")
            #expect(batch.payload.detected.docNumber == "穗府办〔2021〕5号")
            #expect(batch.payload.detected.reporting?.contains("4月10日、7月10日、10月10日前报送") == true)
            let items = batch.payload.items
            #expect(items.map(\.number) == ["一、", "1", "2"])
            #expect(items[1].title == "推进基本公共服务均等化，2021年9月底前出台实施方案")
            #expect(items[1].leader == "王东" && items[1].lead == "市民政局" && items[1].collective == ["各区政府"])
            #expect(items[1].deadline == "2021-09-30")
            #expect(items[2].leader == "李明" && items[2].lead == "市住房城乡建设局" && items[2].participants == ["市规划和自然资源局"])
            let unknown = batch.problems.filter { $0.code == "unknown_unit" }
            #expect(unknown.map(\.unitName) == ["市民政局"])
            let skipped = batch.problems.filter { $0.code == "skipped" }
            #expect(skipped.first?.messageZh.contains("印发通知，不是方案正文") == true)
            #expect(skipped.contains { $0.messageEn.contains("the table's header row") })
            #expect(batch.problems.contains { $0.code == "reporting" && $0.severity == .warning })
        }
    }

    @Test(.enabled(if: ExternalTools.onPath.pdftotext != nil && ChineseScript.isAvailable, "needs poppler-utils (pdftotext) and OpenCC"))
    func aPDFInTraditionalCharactersReadsToTheSameUnitsAndLeaders() async throws {
        try await TestDatabase.withServices { services in
            // given: the same plan reprinted in traditional characters (make_pdf.py)
            let city = try await Self.guangzhou(Fixtures(services: services))
            // when
            let batch = try await services.imports.createDraft(
                try ImportFixtures.upload("plan-text-layer-traditional.pdf"), target: ImportTarget(mode: .newPlan, jurisdictionId: city.id),
                actor: Self.actor)
            // then: the rules read the text converted to simplified characters; what items show keeps it as written
            #expect(batch.record.kind == "pdf")
            #expect(batch.payload.detected.title == "廣州市2021年重點工作分工方案")
            #expect(batch.payload.detected.reporting?.contains("4月10日、7月10日、10月10日前") == true)
            let items = batch.payload.items
            #expect(items.map(\.number) == ["一、", "1", "2"])
            #expect(items[1].title == "推進基本公共服務均等化，2021年9月底前出臺實施方案")
            #expect(items[1].leader == "王东" && items[1].lead == "市民政局" && items[1].collective == ["各区政府"])
            #expect(items[1].deadline == "2021-09-30")
            #expect(items[2].leader == "李明" && items[2].lead == "市住房城乡建设局" && items[2].participants == ["市规划和自然资源局"])
            #expect(batch.problems.filter { $0.code == "unknown_unit" }.map(\.unitName) == ["市民政局"])
        }
    }

    @Test(.enabled(if: ExternalTools.onPath.pdftotext != nil, "needs poppler-utils (pdftotext)"))
    func aScannedPDFSaysItHasNoText() async throws {
        try await TestDatabase.withServices { services in
            // given
            let city = try await Self.guangzhou(Fixtures(services: services))
            // when / then
            await #expect(throws: DocumentConverter.noTextLayer) {
                _ = try await services.imports.createDraft(
                    try ImportFixtures.upload("scanned-no-text.pdf"), target: ImportTarget(mode: .newPlan, jurisdictionId: city.id),
                    actor: Self.actor)
            }
            #expect(DocumentConverter.noTextLayer.message(.zh).contains("没有文字层"))
            #expect(DocumentConverter.noTextLayer.message(.en).contains("no text layer"))
        }
    }

    /// An old Word file goes through LibreOffice (when installed) to the same report as the .docx it was saved from
    /// (`make_docx.py`'s document saved as Word 97 by LibreOffice), and so does a .wps of the same bytes (WPS writes
    /// Word's binary format).
    @Test(.enabled(if: ExternalTools.onPath.soffice != nil, "needs LibreOffice (libreoffice-writer-nogui)"))
    func aDocAndAWpsReadLikeTheDocxTheyWereSavedFrom() async throws {
        try await TestDatabase.withServices { services in
            // given
            let f = Fixtures(services: services)
            let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309")
            let target = ImportTarget(mode: .newPlan, jurisdictionId: longhua.id)
            let doc = try ImportFixtures.upload("longhua-2020-work-points.doc")
            let bytes = try ImportFixtures.data("longhua-2020-work-points.doc")
            // when
            let fromDocx = try await services.imports.createDraft(
                try ImportFixtures.upload("longhua-2020-work-points.docx"), target: target, actor: Self.actor)
            let fromDoc = try await services.imports.createDraft(doc, target: target, actor: Self.actor)
            let fromWps = try await services.imports.createDraft(
                ImportService.Upload(kind: .wps, filename: "龙华区2020年工作要点.wps", data: bytes), target: target, actor: Self.actor)
            // then
            #expect(fromDoc.record.kind == "doc" && fromWps.record.kind == "wps")
            #expect(fromDocx.payload.items.count == 7)
            for converted in [fromDoc, fromWps] {
                #expect(converted.payload.items.map(\.number) == fromDocx.payload.items.map(\.number))
                #expect(converted.payload.items.map(\.title) == fromDocx.payload.items.map(\.title))
                #expect(converted.payload.items.map(\.lead) == fromDocx.payload.items.map(\.lead))
                #expect(converted.payload.detected == fromDocx.payload.detected)
                #expect(converted.problems.map(\.code) == fromDocx.problems.map(\.code))
            }
        }
    }

    @Test func missingConvertersAreNamedWithWhatToInstall() throws {
        // given
        let converter = DocumentConverter(tools: ExternalTools(pdftotext: nil, soffice: nil))
        let doc = ImportService.Upload(kind: .doc, filename: "方案.doc", data: Data("not really".utf8))
        let pdf = ImportService.Upload(kind: .pdf, filename: "方案.pdf", data: Data("%PDF-1.4".utf8))
        // then
        #expect(throws: DocumentConverter.officeMissing) { _ = try converter.docx(from: doc) }
        #expect(throws: DocumentConverter.pdfToolMissing) { _ = try converter.pdfText(pdf) }
        #expect(DocumentConverter.officeMissing.message(.zh).contains("apt-get install libreoffice-writer-nogui"))
        #expect(DocumentConverter.pdfToolMissing.message(.en).contains("poppler-utils"))
        #expect(ImportService.kind(forFilename: "旧方案.WPS") == .wps)
        #expect(ImportService.kind(forFilename: "方案.pdf") == .pdf)
    }

    @Test func aNoticeAloneIsAnErrorThatSaysSo() async throws {
        try await TestDatabase.withServices { services in
            // given
            let city = try await Self.guangzhou(Fixtures(services: services))
            let text = """
                关于做好2022年全面深化改革工作的通知
                各区委改革办，市直各单位：
                为抓好改革任务落实，现就有关事项通知如下：
                一、提高认识。各单位要切实增强抓改革落实的责任感。
                二、按时报送。请于每月25日前报送改革进展情况。
                中共广州市委全面深化改革委员会办公室
                2022年2月20日
                """
            // when
            let batch = try await services.imports.createDraft(
                ImportService.Upload(kind: .text, filename: "通知.txt", data: Data(text.utf8)),
                target: ImportTarget(mode: .newPlan, jurisdictionId: city.id), actor: Self.actor)
            // then
            #expect(batch.payload.items.isEmpty)
            let notice = try #require(batch.problems.first { $0.code == "notice_only" })
            #expect(notice.severity == .error && notice.line == 1)
            #expect(notice.messageZh.hasPrefix("这是一份通知，未找到方案正文"))
            #expect(notice.messageEn.contains("this is a notice"))
            #expect(!batch.problems.contains { $0.code == "no_items" })
            #expect(batch.payload.detected.reportingSchedule == "monthly:25")
            #expect(batch.problems.contains { $0.code == "reporting" && $0.messageZh.contains("每月25日前") })
        }
    }

    @Test func theReportSaysWhatWasSkippedAndWhy() async throws {
        try await TestDatabase.withServices { services in
            // given
            let city = try await Self.guangzhou(Fixtures(services: services))
            let text = """
                各区人民政府，市政府各部门：
                现将《广州市2021年改革要点》印发给你们，请认真贯彻执行。
                广州市人民政府办公厅
                2021年3月5日
                广州市2021年改革要点
                一、深化改革
                1．推进改革。（牵头单位：市财政局）
                广州市人民政府办公厅
                2021年3月5日
                抄送：省政府办公厅。
                """
            // when
            let batch = try await services.imports.createDraft(
                ImportService.Upload(kind: .text, filename: "要点.txt", data: Data(text.utf8)),
                target: ImportTarget(mode: .newPlan, jurisdictionId: city.id), actor: Self.actor)
            // then
            let skipped = batch.problems.filter { $0.code == "skipped" }
            #expect(skipped.map(\.line) == [1, 5, 8, 10])
            #expect(
                skipped.map(\.messageZh) == [
                    "第1–4行未作为事项导入：印发通知，不是方案正文（“各区人民政府，市政府各部门：”）",
                    "第5行未作为事项导入：方案标题（“广州市2021年改革要点”）",
                    "第8–9行未作为事项导入：落款（发文机关和日期）（“广州市人民政府办公厅”）",
                    "第10行未作为事项导入：抄送、公开方式等版记（“抄送：省政府办公厅。”）"
                ])
            #expect(skipped.allSatisfy { $0.severity == .warning && $0.messageEn.contains("not imported as items") })
            #expect(batch.errorCount == 0)
        }
    }

    @Test func theCommandLineRunnerPrintsTheReportAndCommitsOnlyWithoutErrors() async throws {
        try await TestDatabase.withServices { services in
            // given
            let city = try await Self.guangzhou(Fixtures(services: services))
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reform-import-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let good = folder.appendingPathComponent("good.txt"), bad = folder.appendingPathComponent("bad.txt")
            try Data("广州市2021年改革要点\n一、深化改革\n1．推进改革。（牵头单位：市财政局）".utf8).write(to: good)
            try Data("广州市2021年改革要点\n一、深化改革\n1．推进改革。（牵头单位：市民政局）".utf8).write(to: bad)
            // when
            let refused = try await ImportFromFile.run(
                file: bad, jurisdiction: "440100", title: nil, commit: true, actor: Self.actor, language: .zh, services: services)
            let committed = try await ImportFromFile.run(
                file: good, jurisdiction: "广州市", title: nil, commit: true, actor: Self.actor, language: .en, services: services)
            // then
            #expect(refused.errorCount == 1 && refused.committedPlanId == nil)
            #expect(refused.lines.contains { $0.hasPrefix("错误 · 第3行 · 未知单位“市民政局”") })
            #expect(committed.errorCount == 0 && committed.committedPlanId != nil)
            #expect(committed.lines.contains { $0.hasPrefix("Warning · line 1 · Line 1 not imported as items: the plan's title") })
            await #expect(throws: ImportFromFileError.self) {
                _ = try await ImportFromFile.run(
                    file: good, jurisdiction: "不存在区", title: nil, commit: false, actor: Self.actor, language: .zh, services: services)
            }
        }
    }
}
