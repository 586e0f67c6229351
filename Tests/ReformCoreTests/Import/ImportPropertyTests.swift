import Foundation
import ReformCore
import Testing

/// Randomised and malformed input, from a fixed seed: nothing may crash, every range must lie in
/// the text it came from, and what is reported must make sense. Each test stays under a second.
struct ImportPropertyTests {
    @Test func deadlinesOfRandomTextAreDatesOngoingOrReasons() {
        // given
        var random = SeededGenerator(seed: 1)
        for _ in 0..<1_500 {
            let text = random.messyText(length: Int.random(in: 0...40, using: &random))
            let planYear: Int? = Bool.random(using: &random) ? 2022 : nil
            // when
            let result = DeadlinePhrase.parse(text, planYear: planYear)
            // then
            switch result {
            case .date(_, let original), .ongoing(let original):
                #expect(original == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
                #expect(!original.isEmpty)
            case .invalid(let reason):
                #expect(!reason.isEmpty, "\(text.debugDescription)")
            }
        }
    }

    @Test func foundDeadlinesAreOrderedRangesOfTheSentence() {
        // given
        var random = SeededGenerator(seed: 2)
        for _ in 0..<1_500 {
            let sentence = random.messyText(length: Int.random(in: 0...60, using: &random))
            // when
            let found = DeadlinePhrase.findAll(in: sentence, planYear: 2022)
            // then
            var previousEnd = sentence.startIndex
            for (range, result) in found {
                #expect(range.lowerBound >= previousEnd && range.upperBound <= sentence.endIndex, "\(sentence.debugDescription)")
                #expect(!range.isEmpty)
                if let original = result.original {
                    #expect(original == String(sentence[range]), "\(sentence.debugDescription)")
                }
                previousEnd = range.upperBound
            }
        }
    }

    @Test func everyExcelSerialInRangeIsADayAfterThePrevious() throws {
        // given
        var random = SeededGenerator(seed: 3)
        for _ in 0..<2_000 {
            let serial = Int.random(in: 62...2_958_465, using: &random)
            // when
            let today = try #require(DeadlinePhrase.parse(String(serial), planYear: nil).date, "\(serial)")
            let yesterday = try #require(DeadlinePhrase.parse(String(serial - 1), planYear: nil).date, "\(serial - 1)")
            // then
            guard !(1900...2100).contains(serial) && !(1900...2100).contains(serial - 1) else { continue }
            #expect(yesterday.days(until: today) == 1, "\(serial)")
        }
    }

    @Test func unitListsWithRandomSeparatorsSplitBackIntoTheirNames() {
        // given
        var random = SeededGenerator(seed: 4)
        let pool = [
            "市发展和改革委员会", "市人力资源和社会保障局", "市委宣传部（市新闻出版局、市版权局）", "市财政局", "区委改革办",
            "各区", "市工业和信息化局", "深圳市规划和自然资源局", "龙华区发展和改革局", "市港务局及口岸办"
        ]
        let separators = ["、", ",", "，", ";", "；", "/", "\n", "\r\n", " 、 ", "、\n"]
        let endings = ["", "等", "等单位", "按职责分工负责", "（排第一位的为牵头单位）", "。"]
        for _ in 0..<500 {
            let names = Array(pool.shuffled(using: &random).prefix(Int.random(in: 1...6, using: &random)))
            var text = names[0]
            for name in names.dropFirst() { text += separators.randomElement(using: &random)! + name }
            text += endings.randomElement(using: &random)!
            // when
            let result = UnitCell.split(text)
            // then
            #expect(result.lead == names[0], "\(text.debugDescription)")
            #expect(result.participants == Array(names.dropFirst()), "\(text.debugDescription)")
        }
    }

    @Test func assignmentsWithRandomPunctuationAreRead() {
        // given
        var random = SeededGenerator(seed: 5)
        for _ in 0..<300 {
            let open = ["（", "("].randomElement(using: &random)!, close = ["）", ")"].randomElement(using: &random)!
            let colon = ["：", ":", " ： "].randomElement(using: &random)!
            let semicolon = ["；", ";", "，"].randomElement(using: &random)!
            let list = ["、", "，", ","].randomElement(using: &random)!
            let paragraph = "推进改革，2022年底前完成。\(open)牵头单位\(colon)市财政局\(semicolon)责任单位\(colon)市司法局\(list)各区\(close)"
            // when
            let assignment = UnitCell.extractAssignment(from: paragraph)
            // then
            #expect(assignment?.lead?.name == "市财政局", "\(paragraph)")
            #expect(assignment?.participantNames == ["市司法局", "各区"], "\(paragraph)")
            #expect(assignment?.removing(from: paragraph) == "推进改革，2022年底前完成。", "\(paragraph)")
        }
    }

    @Test func randomParagraphsNeverBreakAssignmentsOrHeaders() {
        // given
        var random = SeededGenerator(seed: 6)
        for _ in 0..<800 {
            let paragraph = random.messyText(length: Int.random(in: 0...80, using: &random))
            let headers = (0..<Int.random(in: 0...12, using: &random)).map { _ in random.messyText(length: Int.random(in: 0...8, using: &random)) }
            // when
            let assignment = UnitCell.extractAssignment(from: paragraph)
            let split = UnitCell.split(paragraph)
            let map = HeaderMap.map(headers: headers)
            // then
            if let assignment {
                #expect(assignment.ranges.allSatisfy { $0.upperBound <= paragraph.endIndex && !$0.isEmpty })
                _ = assignment.removing(from: paragraph)
            }
            #expect(([split.lead].compactMap { $0 } + split.participants).allSatisfy { !$0.isEmpty })
            #expect(Set(map.columns.keys).isDisjoint(with: map.unknown))
            #expect(map.columns.keys.allSatisfy { headers.indices.contains($0) })
            #expect(Set(map.columns.values).count == map.columns.count)
        }
    }

    @Test func randomNamesGetRankedSuggestions() {
        // given
        var random = SeededGenerator(seed: 7)
        let matcher = UnitMatcher(units: UnitMatcherTests.shenzhen)
        for _ in 0..<1_000 {
            let written = random.messyText(length: Int.random(in: 0...15, using: &random))
            // when
            let result = matcher.match(written)
            // then
            if case .unknown(let suggestions) = result {
                #expect(suggestions.count <= UnitMatcher.suggestionLimit)
                #expect(suggestions.allSatisfy { (UnitMatcher.suggestionThreshold...1).contains($0.score) })
                #expect(suggestions.map(\.score) == suggestions.map(\.score).sorted(by: >))
            }
        }
    }

    @Test func randomDocumentsGiveConsistentTrees() {
        // given
        var random = SeededGenerator(seed: 8)
        for _ in 0..<150 {
            let lines = (0..<Int.random(in: 0...30, using: &random)).map { _ in random.messyText(length: Int.random(in: 0...30, using: &random)) }
            let text = lines.joined(separator: "\n")
            let lineCount = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            // when
            let document = PlanDocumentParser.parse(text, planYear: 2022)
            // then
            Self.expectConsistent(document.items, parentDepth: -1, lineCount: lineCount, text: text)
            #expect(document.warnings.allSatisfy { (1...max(1, lineCount)).contains($0.line) && !$0.message.isEmpty })
        }
    }

    @Test func truncatedDocumentsParseToAPrefixOfTheWhole() {
        // given
        let whole = GuangzhouWorkPointsFixture.text
        let full = PlanDocumentParser.parse(whole, planYear: 2022).allItems
        var random = SeededGenerator(seed: 9)
        for _ in 0..<40 {
            let cut = Int.random(in: 0...whole.count, using: &random)
            let text = String(whole.prefix(cut))
            // when
            let items = PlanDocumentParser.parse(text, planYear: 2022).allItems
            // then
            #expect(items.count <= full.count)
            // Every item but the one cut through reads exactly as in the whole document.
            for (part, whole) in zip(items.dropLast(), full) {
                #expect(part.number == whole.number && part.title == whole.title, "cut at \(cut)")
            }
        }
    }

    @Test func deepAndIrregularNestingKeepsDepthsConsistent() {
        // given
        var random = SeededGenerator(seed: 10)
        var lines: [String] = []
        var counters = [Int](repeating: 0, count: 5)
        for _ in 0..<1_000 {
            let depth = Int.random(in: 0..<5, using: &random)
            counters[depth] += Int.random(in: 0...2, using: &random) == 0 ? 2 : 1
            lines.append(OutlineNumber.label(depth: depth, index: counters[depth]) + "事项\(lines.count)")
        }
        let text = lines.joined(separator: "\n")
        // when
        let document = PlanDocumentParser.parse(text, planYear: nil)
        // then
        #expect(document.allItems.count == 1_000)
        Self.expectConsistent(document.items, parentDepth: -1, lineCount: 1_000, text: text)
        #expect(document.allItems.allSatisfy { $0.depth <= 4 })
        #expect(!document.warnings.isEmpty)
    }

    @Test func aVeryLongLineIsReadAndFlagged() {
        // given
        let sentence = "推进改革，2022年10月底前完成，年底前见效。"
        let text = "一、总体要求\n1." + String(repeating: sentence, count: 8_000) + "（牵头单位：市财政局）"
        // when
        let document = PlanDocumentParser.parse(text, planYear: 2022)
        // then
        let measure = document.allItems.last
        #expect(measure?.lead?.name == "市财政局")
        #expect(measure?.deadline?.date?.iso == "2022-12-31")
        #expect(document.warnings.contains { $0.line == 2 && $0.message.contains("过长") })
    }

    /// 10,000 paragraphs shaped like a very long plan: 100 fields, 900 tasks, 1,800 measures, and
    /// 7,200 unnumbered paragraphs of content with deadlines and a closing assignment.
    @Test func tenThousandParagraphsParseIntoTheirTree() {
        // given
        var lines: [String] = []
        for chapter in 1...100 {
            lines.append(OutlineNumber.label(depth: 0, index: chapter) + "深化第\(chapter)领域改革")
            for section in 1...9 {
                lines.append("（\(ChineseNumeral.format((chapter - 1) * 9 + section))）推进第\(section)项任务。")
                for number in 1...2 {
                    lines.append("\(number). 完善第\(number)项制度。")
                    lines.append("梳理现行规定，2022年\(number + 3)月底前形成清单。")
                    lines.append("开展试点，上半年取得阶段性成果。")
                    lines.append("总结推广经验，年底前全面推开。")
                    lines.append("（牵头单位：市财政局；责任单位：市司法局、各区）")
                }
            }
        }
        let text = lines.joined(separator: "\n")
        // when
        let document = PlanDocumentParser.parse(text, planYear: 2022)
        // then
        let measures = document.allItems.filter { $0.style == .numbered }
        #expect(lines.count == 10_000)
        #expect(document.allItems.count == 2_800)
        #expect(measures.allSatisfy { $0.lead?.name == "市财政局" && $0.deadline?.date?.iso == "2022-12-31" })
        #expect(document.warnings.isEmpty, "\(document.warnings.prefix(3))")
    }

    /// Children are one level deeper than their parent, lines lie in the text, content never
    /// keeps a recognised assignment.
    static func expectConsistent(_ items: [ParsedItem], parentDepth: Int, lineCount: Int, text: String) {
        for item in items {
            #expect(item.depth == parentDepth + 1, "\(text.debugDescription)")
            #expect(item.lines.lowerBound >= 1 && item.lines.upperBound <= max(1, lineCount), "\(text.debugDescription)")
            #expect(!item.number.isEmpty)
            expectConsistent(item.children, parentDepth: item.depth, lineCount: lineCount, text: text)
        }
    }
}
