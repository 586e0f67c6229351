import ReformCore
import Testing

struct DocumentNumberTests {
    @Test func formatsWithHexagonalBracketsAndNoPadding() throws {
        // given
        let pattern = try #require(DocumentNumberPattern(prefix: " 龙华改办督 "))
        // then
        #expect(pattern.format(year: 2026, number: 3) == "龙华改办督〔2026〕3号")
        #expect(DocumentNumberPattern(prefix: "龙华督查通报", suffix: .issue)?.format(year: 2026, number: 12) == "龙华督查通报〔2026〕第12期")
    }

    @Test func readsBackWhatPeopleTypeAndWritesItCorrectly() throws {
        // when
        let typed = try #require(DocumentNumber(parsing: "龙华改办督[２０２６]第003号"))
        let round = try #require(DocumentNumber(parsing: "穗府（2021）3号"))
        let issue = try #require(DocumentNumber(parsing: "督查通报【2026】第5期"))
        // then
        #expect(typed.text == "龙华改办督〔2026〕3号")
        #expect(typed.pattern.prefix == "龙华改办督" && typed.year == 2026 && typed.number == 3)
        #expect(round.text == "穗府〔2021〕3号")
        #expect(issue.pattern.suffix == .issue && issue.text == "督查通报〔2026〕第5期")
    }

    @Test func rejectsWhatIsNotADocumentNumber() {
        // then
        for text in ["龙华改办督2026年3号", "〔2026〕3号", "龙华改办督〔26〕3号", "龙华改办督〔2026〕号", "龙华改办督〔2026〕0号", "龙华改办督〔2026〕3", "龙华改办督〔2026〕-3号"] {
            #expect(DocumentNumber(parsing: text) == nil, "\(text)")
        }
    }

    @Test func theConfiguredPrefixCannotBeMistakenForTheRest() {
        // then
        #expect(DocumentNumberPattern.validate(prefix: "龙华改办督") == nil)
        #expect(DocumentNumberPattern.validate(prefix: "") == ValidationIssue(field: "prefix", code: .required))
        #expect(DocumentNumberPattern.validate(prefix: "龙华〔改办〕") == ValidationIssue(field: "prefix", code: .invalidChoice))
        #expect(DocumentNumberPattern.validate(prefix: "龙华 改办") == ValidationIssue(field: "prefix", code: .invalidChoice))
        #expect(DocumentNumberPattern.validate(prefix: "督办2") == ValidationIssue(field: "prefix", code: .invalidChoice))
        #expect(
            DocumentNumberPattern.validate(prefix: String(repeating: "督", count: 21)) == ValidationIssue(field: "prefix", code: .tooLong, limit: 20))
    }

    @Test func sequencesAreCheckedForGapsAndRepeats() {
        // then
        #expect(NoticeNumbering.isConsecutive([3, 1, 2]))
        #expect(NoticeNumbering.gaps(in: [1, 2, 5]) == [3, 4])
        #expect(NoticeNumbering.duplicates(in: [1, 2, 2, 3, 3, 3]) == [2, 3])
        #expect(!NoticeNumbering.isConsecutive([1, 1]))
        #expect(NoticeNumbering.isConsecutive([]))
        #expect(NoticeKind.allCases.filter { !$0.needsReceipt } == [.commendation])
    }
}
