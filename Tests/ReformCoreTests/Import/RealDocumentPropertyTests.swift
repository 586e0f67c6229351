import Foundation
import ReformCore
import Testing

/// Randomised documents made of the pieces real ones are made of (notices, header cells one per line, section rows,
/// leader lines, traditional characters, layout text): nothing crashes, what is reported lies in the text, and the
/// same plan reads the same in either script. Fixed seeds; no test reads the clock (the speed is measured by
/// `reform parse-bench`, BENCHMARKS.md).
struct RealDocumentPropertyTests {
    static let pieces = [
        "关于印发广州市2021年重点工作分工方案的通知", "穗府办〔2021〕5号", "各区人民政府，市政府各部门：", "现将《广州市2021年重点工作分工方案》印发给你们。",
        "现就有关事项通知如下：", "三、按时报送。请于4月10日、7月10日、10月10日前报送。", "广州市人民政府办公厅", "2021年3月5日",
        "广州市2021年重点工作分工方案", "序号", "重点工作", "市政府", "分管领导", "牵头单位", "配合单位", "备注", "完成", "时限", "1", "2", "３", "12.",
        "一、推动经济高质量发展", "（二）李明副市长牵头负责的工作", "王 东", "王　东", "市发展改革委", "黄埔区、南沙区政府", "市直有关部门、单位",
        "各区市政府、开发区管委", "市发展改革委、财政局", "长期坚持", "2021年9月底前", "分管市领导：张三", "1．推进改革。（牵头单位：市财政局）",
        "(牵头单位:市财政局;配合单位:市司法局)", "牽頭單位：市財政局；責任單位：各有關部門", "附件", "抄送：省政府办公厅。", "序号\t重点工作\t牵头单位\t分管领导",
        "1\t推进改革\t市财政局\t王东", "一、", "（）", "：", "\t", "每月25日前报送", "每季度最后一个月30日前报送"
    ]

    @Test func randomDocumentsOfRealPiecesParseConsistently() {
        // given
        var random = SeededGenerator(seed: 15)
        for _ in 0..<400 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                lines.append(
                    Bool.random(using: &random)
                        ? Self.pieces.randomElement(using: &random)!
                        : random.messyText(length: Int.random(in: 0...20, using: &random)))
            }
            let text = lines.joined(separator: "\n")
            let lineCount = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            // when
            let document = PlanDocumentParser.parse(text, planYear: 2021)
            // then
            Self.expectNested(document.items, parentDepth: -1, lineCount: lineCount)
            #expect(document.warnings.allSatisfy { (1...max(1, lineCount)).contains($0.line) && !$0.message.isEmpty }, "\(text.debugDescription)")
            var previous = 0
            for part in document.skippedParts {
                #expect(part.lines.lowerBound > previous && part.lines.upperBound <= max(1, lineCount), "\(text.debugDescription)")
                previous = part.lines.upperBound
            }
            #expect(!document.isNoticeOnly || document.items.isEmpty)
            if let reporting = document.reporting { #expect((1...max(1, lineCount)).contains(reporting.line)) }
            #expect(document.allItems.allSatisfy { ($0.leader ?? "x").isEmpty == false })
        }
    }

    @Test func aPlanReadsTheSameInTraditionalCharacters() {
        // given
        let plans = [
            RealDocumentFixtures.cellPerLine, RealDocumentFixtures.wordTable, RealDocumentFixtures.noticeThenPlan,
            RealDocumentFixtures.headingLeaders, GuangzhouWorkPointsFixture.text, GuangdongBlockFixture.text
        ]
        for plan in plans {
            // when
            let simplified = PlanDocumentParser.parse(plan, planYear: 2021).allItems
            let traditional = PlanDocumentParser.parse(ChineseScript.traditional(plan), planYear: 2021).allItems
            // then
            #expect(ChineseScript.traditional(plan) != plan)
            #expect(traditional.map(\.number) == simplified.map(\.number), "\(plan.prefix(20))")
            #expect(traditional.map(\.lead) == simplified.map(\.lead), "\(plan.prefix(20))")
            #expect(traditional.map(\.participants) == simplified.map(\.participants), "\(plan.prefix(20))")
            #expect(traditional.map(\.deadline) == simplified.map(\.deadline), "\(plan.prefix(20))")
            #expect(traditional.map(\.title) == simplified.map { ChineseScript.traditional($0.title) }, "\(plan.prefix(20))")
        }
    }

    @Test func halfAndFullWidthPunctuationReadAlike() {
        // given
        let full = RealDocumentFixtures.noticeThenPlan
        let half = String(
            full.map { c -> Character in
                switch c {
                case "（": "("
                case "）": ")"
                case "：": ":"
                case "；": ";"
                case "，": ","
                default: c
                }
            })
        // when
        let a = PlanDocumentParser.parse(full, planYear: 2021).allItems
        let b = PlanDocumentParser.parse(half, planYear: 2021).allItems
        // then
        #expect(a.map(\.lead) == b.map(\.lead))
        #expect(a.map(\.participants) == b.map(\.participants))
        #expect(a.map(\.leader) == b.map(\.leader))
        #expect(a.map(\.deadline) == b.map(\.deadline))
    }

    @Test func thousandsOfHeaderCellsAndNumbersAreReadWithoutBlowingUp() {
        // given: a table one cell per line whose rows never end, and one long row after another.
        var lines = ["序号", "重点工作", "分管领导", "牵头单位", "配合单位", "备注", "1"]
        for n in 0..<20_000 { lines.append(n % 7 == 0 ? "王 东" : "市第\(n)局") }
        for n in 2..<2_000 { lines += ["\(n)", "推进第\(n)项改革", "市财政局"] }
        let text = lines.joined(separator: "\n")
        // when
        let document = PlanDocumentParser.parse(text, planYear: 2021)
        // then
        #expect(document.allItems.count >= 1)
        #expect(document.allItems.allSatisfy { $0.title.count < 2_000 })
    }

    @Test func randomLayoutTextNeverBreaksTheRebuild() {
        // given
        var random = SeededGenerator(seed: 16)
        for _ in 0..<300 {
            var layout = ""
            for _ in 0..<Int.random(in: 0...30, using: &random) {
                let indent = String(repeating: " ", count: Int.random(in: 0...12, using: &random))
                let cells = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                    Bool.random(using: &random)
                        ? Self.pieces.randomElement(using: &random)! : random.messyText(length: Int.random(in: 0...10, using: &random))
                }
                layout += indent + cells.joined(separator: String(repeating: " ", count: Int.random(in: 1...6, using: &random)))
                layout += Int.random(in: 0..<8, using: &random) == 0 ? "\u{0C}" : "\n"
            }
            // when
            let lines = LayoutText.lines(of: layout)
            let document = PlanDocumentParser.parse(lines, planYear: 2021)
            // then
            #expect(!lines.contains("\u{0C}"))
            #expect(lines.split(separator: "\n").count <= layout.split(whereSeparator: { $0 == "\n" || $0 == "\u{0C}" }).count)
            Self.expectNested(
                document.items, parentDepth: -1, lineCount: lines.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count)
        }
    }

    @Test func aLayoutTableIsRebuiltIntoRows() throws {
        // given: what pdftotext -layout gives for a table: columns apart by spaces, a cell going on below.
        let layout = """
                         广州市2021年重点工作分工方案
            序号   重点工作               分管领导    牵头单位       配合单位
            一、保障和改善民生
            1   推进基本公共服务均等化，        王 东     市民政局       各区政府
                 2021年9月底前出台实施方案
            2    实施城市更新行动           李 明     市住房城乡建设局   市规划和自然资源局

                                   — 2 —
            """
        // when
        let lines = LayoutText.lines(of: layout).split(separator: "\n").map(String.init)
        // then
        #expect(
            lines == [
                "广州市2021年重点工作分工方案", "序号\t重点工作\t分管领导\t牵头单位\t配合单位", "一、保障和改善民生",
                "1\t推进基本公共服务均等化，2021年9月底前出台实施方案\t王 东\t市民政局\t各区政府", "2\t实施城市更新行动\t李 明\t市住房城乡建设局\t市规划和自然资源局"
            ])
    }

    @Test func layoutProseWrappedOverLinesIsOneParagraphAgain() {
        // given
        let layout = """
            各区人民政府，市政府各部门：
              经市人民政府同意，现将《广州市2021年重点工作分工方案》印发给你们，请认真组织
            实施。请各牵头单位于4月10日前报送工作进展情况。
            一、推动经济高质量发展
            """
        // when
        let lines = LayoutText.lines(of: layout).split(separator: "\n").map(String.init)
        // then
        #expect(
            lines == [
                "各区人民政府，市政府各部门：", "经市人民政府同意，现将《广州市2021年重点工作分工方案》印发给你们，请认真组织实施。请各牵头单位于4月10日前报送工作进展情况。",
                "一、推动经济高质量发展"
            ])
    }

    /// Children one level deeper than their parent, lines within the text (a table's 领域 and 任务 rows have no number,
    /// so numbers are not asked for).
    static func expectNested(_ items: [ParsedItem], parentDepth: Int, lineCount: Int) {
        for item in items {
            #expect(item.depth == parentDepth + 1)
            #expect(item.lines.lowerBound >= 1 && item.lines.upperBound <= max(1, lineCount))
            expectNested(item.children, parentDepth: item.depth, lineCount: lineCount)
        }
    }
}
