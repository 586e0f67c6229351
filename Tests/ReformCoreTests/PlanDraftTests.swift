import Foundation
import ReformCore
import Testing

struct PlanDraftTests {
    private let valid = PlanDraft(
        title: "关于深化营商环境改革的实施方案", docNumber: "京政办发〔2024〕3号", issuer: "市政府办公厅",
        issueDate: "2024-01-15", periodStart: "2024-01-01", periodEnd: "2025-12-31",
        jurisdictionID: 1, levelNames: "", rollupRule: "mean", warnDays: ""
    )

    private func issues(_ change: (inout PlanDraft) -> Void) -> [ValidationIssue] {
        var draft = valid
        change(&draft)
        return draft.validate()
    }

    @Test func validDraftPassesWithDefaults() {
        // when
        let issues = valid.validate()
        // then
        #expect(issues.isEmpty)
        #expect(valid.parsedLevelNames == ["领域", "任务", "举措", "节点"])
        #expect(valid.parsedWarnDays == Schedule.defaultWarnDays)
        #expect(valid.parsedRollupRule == .mean)
        #expect(valid.parsedIssueDate == LocalDate(year: 2024, month: 1, day: 15))
    }

    @Test func emptyDraftReportsRequiredFields() {
        // given
        let draft = PlanDraft()
        // when
        let issues = draft.validate()
        // then
        #expect(
            issues == [
                ValidationIssue(field: "title", code: .required),
                ValidationIssue(field: "jurisdictionID", code: .required),
                ValidationIssue(field: "rollupRule", code: .required)
            ])
    }

    @Test func titleOverThreeHundredIsTooLong() {
        // when
        let result = issues { $0.title = String(repeating: "改", count: 301) }
        // then
        #expect(result == [ValidationIssue(field: "title", code: .tooLong, limit: 300)])
    }

    @Test func docNumberAndIssuerHaveLimits() {
        // when
        let result = issues {
            $0.docNumber = String(repeating: "号", count: 101)
            $0.issuer = String(repeating: "办", count: 201)
        }
        // then
        #expect(
            result == [
                ValidationIssue(field: "docNumber", code: .tooLong, limit: 100),
                ValidationIssue(field: "issuer", code: .tooLong, limit: 200)
            ])
    }

    @Test func aDayTheMonthDoesNotHaveIsNamed() {
        // when
        let result = issues { $0.issueDate = "2024-02-30" }
        // then
        #expect(result == [ValidationIssue(field: "issueDate", code: .noSuchDay, value: "2024-02-30")])
    }

    @Test(arguments: ["2024-2-3", "2024/01/01", "明天", "2024-13-01"])
    func datesMustBeISO(text: String) {
        // when
        let result = issues {
            $0.issueDate = text
            $0.periodStart = text
            $0.periodEnd = text
        }
        // then
        #expect(
            result == [
                ValidationIssue(field: "issueDate", code: .invalidDate),
                ValidationIssue(field: "periodStart", code: .invalidDate),
                ValidationIssue(field: "periodEnd", code: .invalidDate)
            ])
    }

    @Test func datesAreOptional() {
        // when
        let result = issues {
            $0.issueDate = ""
            $0.periodStart = " "
            $0.periodEnd = ""
        }
        // then
        #expect(result.isEmpty)
    }

    @Test func periodEndBeforeStartIsDateOrder() {
        // when
        let before = issues { $0.periodEnd = "2023-12-31" }
        let sameDay = issues { $0.periodEnd = "2024-01-01" }
        // then
        #expect(before == [ValidationIssue(field: "periodEnd", code: .dateOrder)])
        #expect(sameDay.isEmpty)
    }

    @Test func rollupRuleMustBeKnown() {
        // when
        let result = issues { $0.rollupRule = "average" }
        // then
        #expect(result == [ValidationIssue(field: "rollupRule", code: .invalidChoice)])
    }

    @Test(arguments: [("0", 0), ("60", 60), (" 7 ", 7), ("１０", 10)])
    func warnDaysWithinRangeAreParsed(text: String, days: Int) {
        // given
        var draft = valid
        draft.warnDays = text
        // when
        let result = draft.validate()
        // then
        #expect(result.isEmpty)
        #expect(draft.parsedWarnDays == days)
    }

    @Test(arguments: [
        ("61", ValidationIssue(field: "warnDays", code: .outOfRange, limit: 60)),
        ("-1", ValidationIssue(field: "warnDays", code: .outOfRange, limit: 60)),
        ("2.5", ValidationIssue(field: "warnDays", code: .invalidNumber)),
        ("三", ValidationIssue(field: "warnDays", code: .invalidNumber))
    ])
    func warnDaysOutsideRangeOrNotIntegers(text: String, expected: ValidationIssue) {
        // given
        var draft = valid
        draft.warnDays = text
        // when
        let result = draft.validate()
        // then
        #expect(result == [expected])
        #expect(draft.parsedWarnDays == Schedule.defaultWarnDays)
    }

    @Test func levelNamesSplitOnAnySeparator() {
        // given
        var draft = valid
        draft.levelNames = "板块 / 任务、措施,节点，子节点"
        // when
        let names = draft.parsedLevelNames
        // then
        #expect(names == ["板块", "任务", "措施", "节点", "子节点"])
        #expect(draft.validate().isEmpty)
    }

    @Test func levelNameOverTwentyCharactersIsTooLong() {
        // when
        let result = issues { $0.levelNames = "领域/" + String(repeating: "任", count: 21) }
        // then
        #expect(result == [ValidationIssue(field: "levelNames", code: .tooLong, limit: 20)])
    }

    @Test func repeatedLevelNameIsDuplicate() {
        // when
        let result = issues { $0.levelNames = "任务/任务/节点" }
        // then
        #expect(result == [ValidationIssue(field: "levelNames", code: .duplicate)])
    }

    @Test func decodesNumbersSentAsJSONNumbers() throws {
        // given
        let json = #"{"title":"方案","jurisdictionID":2,"rollupRule":"weighted","warnDays":5}"#
        // when
        let draft = try JSONDecoder().decode(PlanDraft.self, from: Data(json.utf8))
        // then
        #expect(draft.validate().isEmpty)
        #expect(draft.parsedWarnDays == 5)
        #expect(draft.parsedRollupRule == .weighted)
    }

    @Test func trimmedRemovesSurroundingBlanks() {
        // given
        let draft = PlanDraft(title: " 方案 ", periodStart: "2024-01-01\n", jurisdictionID: 1, rollupRule: " minimum")
        // when
        let trimmed = draft.trimmed
        // then
        #expect(trimmed == PlanDraft(title: "方案", periodStart: "2024-01-01", jurisdictionID: 1, rollupRule: "minimum"))
    }
}
