import Foundation
import Testing

@testable import ReformCore

/// The parser reads plain text (CJK, CJK and full-width punctuation, ASCII) by Unicode scalar and anything else by
/// `Character` (`ScalarText`). Both paths must read every text alike: each document and each line below is read both
/// ways (`ScalarText.characterPathOnly` turns the scalar paths off) and the results compared whole.
struct ScalarTextTests {
    static let documents: [String] = [
        RealDocumentFixtures.cellPerLine, RealDocumentFixtures.cellPerLineTraditional, RealDocumentFixtures.wordTable,
        RealDocumentFixtures.noticeThenPlan, RealDocumentFixtures.noticeOnly, RealDocumentFixtures.headingLeaders,
        RealDocumentFixtures.traditionalPlan, GuangzhouWorkPointsFixture.text, GuangdongBlockFixture.text,
        LonghuaTableFixture.text, benchLikePlan
    ]

    /// Shaped like `reform parse-bench`'s documents (a notice, then fields, tasks and measures with assignments).
    static let benchLikePlan =
        ([
            "广州市人民政府办公厅关于印发基准市重点工作分工方案的通知", "穗府办〔2021〕5号", "各区人民政府，市政府各部门、各直属机构：",
            "现将《基准市重点工作分工方案》印发给你们，请认真组织实施。现就有关事项通知如下：", "一、高度重视。各单位要把重点工作摆在突出位置。",
            "二、按时报送。请各牵头单位于4月10日、7月10日、10月10日前报送工作进展情况。", "广州市人民政府办公厅", "2021年3月5日",
            "基准市重点工作分工方案", "一、深化第1领域改革", "（一）王伟中同志牵头负责的第1项任务"
        ]
        + (1...12).map {
            "\($0)．推进第\($0)项改革举措，2021年\($0 % 12 + 1)月底前形成制度成果；年底前全面推开。"
                + "（牵头单位：市发展改革委；配合单位：市财政局、司法局、黄埔区、南沙区政府、市直有关部门、单位）"
        } + ["广州市人民政府办公厅", "2021年3月5日", "抄送：省政府办公厅。"]).joined(separator: "\n")

    /// Every text the tests compare: the documents, in both scripts, and each of their lines.
    static func texts() -> [String] {
        var texts = documents + documents.map(ChineseScript.traditional)
        texts += texts.flatMap { $0.split(whereSeparator: \.isNewline).map(String.init) }
        texts += RealDocumentPropertyTests.pieces
        return texts
    }

    /// Random documents made of the property tests' pieces and messy text, including scalars that are not plain.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        var texts: [String] = []
        for _ in 0..<count {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                lines.append(
                    Bool.random(using: &random)
                        ? RealDocumentPropertyTests.pieces.randomElement(using: &random)!
                        : random.messyText(length: Int.random(in: 0...30, using: &random)))
            }
            texts.append(lines.joined(separator: Bool.random(using: &random) ? "\n" : ""))
        }
        return texts
    }

    /// `read` on `text` both ways.
    static func bothWays<T>(_ text: String, _ read: (String) -> T) -> (plain: T, characters: T) {
        let plain = read(text)
        let characters = ScalarText.$characterPathOnly.withValue(true) { read(text) }
        return (plain, characters)
    }

    @Test func documentsParseTheSameBothWays() {
        for text in Self.texts() + Self.randomTexts(count: 300, seed: 1215) {
            let (plain, characters) = Self.bothWays(text) { PlanDocumentParser.parse($0, planYear: 2021) }
            #expect(plain == characters, "\(text.debugDescription)")
        }
    }

    @Test func linePartsReadTheSameBothWays() {
        for text in Self.texts() + Self.randomTexts(count: 300, seed: 1216) {
            let assignment = Self.bothWays(text) { text in
                UnitCell.extractAssignment(from: text).map {
                    let offsets = $0.ranges.map { range in
                        "\(text.utf8.distance(from: text.startIndex, to: range.lowerBound))-\(text.utf8.distance(from: text.startIndex, to: range.upperBound))"
                    }
                    return [
                        $0.lead?.name ?? "-", $0.participantNames.joined(separator: "|"), $0.leaderName ?? "-",
                        offsets.joined(separator: ","), $0.removing(from: text)
                    ]
                }
            }
            #expect(assignment.plain == assignment.characters, "\(text.debugDescription)")
            let units = Self.bothWays(text) { UnitCell.mentions($0) }
            #expect(units.plain == units.characters, "\(text.debugDescription)")
            let split = Self.bothWays(text) { UnitCell.split($0) }
            #expect(split.plain.lead == split.characters.lead, "\(text.debugDescription)")
            #expect(split.plain.participants == split.characters.participants, "\(text.debugDescription)")
            let leader = Self.bothWays(text) { LeaderPhrase.find(in: $0) }
            #expect(leader.plain == leader.characters, "\(text.debugDescription)")
            let title = Self.bothWays(text) { PlanDocumentParser.splitTitle($0) }
            #expect(title.plain == title.characters, "\(text.debugDescription)")
            let tidy = Self.bothWays(text) { UnitCell.tidyAfterRemoval($0) }
            #expect(tidy.plain == tidy.characters, "\(text.debugDescription)")
            let deadlines = Self.bothWays(text) { text in
                DeadlinePhrase.findAll(in: text, planYear: 2021).map { "\(text[$0.range])=\($0.result)" }
            }
            #expect(deadlines.plain == deadlines.characters, "\(text.debugDescription)")
            let cell = Self.bothWays(text) { DeadlinePhrase.parse($0, planYear: 2021) }
            #expect(cell.plain == cell.characters, "\(text.debugDescription)")
            let collective = Self.bothWays(text) { UnitCell.isCollective($0) }
            #expect(collective.plain == collective.characters, "\(text.debugDescription)")
            let division = Self.bothWays(text) { text in
                UnitCell.division(text[...]).map { $0.leads.map(\.name) + ["/"] + $0.participants.map(\.name) }
            }
            #expect(division.plain == division.characters, "\(text.debugDescription)")
        }
    }

    @Test func plainMeansOneScalarACharacter() {
        // given: every plain scalar
        let plain = (0...0x323AF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { ScalarText.isPlain($0.value) }
        // when: each read as a Character, alone and beside others (which must not join it into one cluster)
        var wrong: [String] = []
        for scalar in plain {
            let c = Character(scalar)
            let alike =
                ScalarText.isWhitespace(scalar) == c.isWhitespace && ScalarText.isNewline(scalar) == c.isNewline
                && ScalarText.isPunctuation(scalar) == c.isPunctuation
                && String(c).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar])
                && (["a", "一", "\n", "\t", "。", "\u{301}"] as [Unicode.Scalar]).allSatisfy { other in
                    ScalarText.isPlain(other.value) == false
                        ? String(String.UnicodeScalarView([other, scalar])).count == 2
                        : String(String.UnicodeScalarView([scalar, other])).count == 2
                            && String(String.UnicodeScalarView([other, scalar])).count == 2
                }
            if !alike { wrong.append("U+" + String(scalar.value, radix: 16)) }
        }
        // then
        #expect(plain.count > 90_000)
        #expect(wrong.isEmpty, "\(wrong.prefix(20))")
        #expect(!ScalarText.isPlain("a\u{301}") && !ScalarText.isPlain("\r\n") && !ScalarText.isPlain("\u{F900}"))
    }
}

/// Only characters written differently in traditional text send a document through OpenCC.
struct ChineseScriptTelltaleTests {
    @Test func everyTelltaleIsWrittenDifferentlyInSimplifiedCharacters() throws {
        try #require(ChineseScript.isAvailable)
        for value in ChineseScript.telltales {
            let character = String(Character(try #require(Unicode.Scalar(value))))
            #expect(ChineseScript.simplified(character) != character, "\(character)")
        }
    }

    @Test func aPlanInSimplifiedCharactersIsNotConverted() {
        #expect(!ChineseScript.mayContainTraditional(ScalarTextTests.benchLikePlan))
        #expect(ChineseScript.mayContainTraditional(ChineseScript.traditional(ScalarTextTests.benchLikePlan)) || !ChineseScript.isAvailable)
    }
}
