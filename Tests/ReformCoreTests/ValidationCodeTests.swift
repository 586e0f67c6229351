import Foundation
import ReformCore
import Testing

struct ValidationCodeTests {
    @Test func invalidDateMessage() {
        // when
        let chinese = ValidationCode.invalidDate.message(chinese: true, field: "完成时限", limit: nil)
        let english = ValidationCode.invalidDate.message(chinese: false, field: "Deadline", limit: nil)
        // then
        #expect(chinese == "完成时限：日期格式应为 YYYY-MM-DD")
        #expect(english == "Deadline: expected a date as YYYY-MM-DD")
    }

    @Test func aDayTheMonthDoesNotHaveIsNamed() {
        // when
        let chinese = ValidationCode.noSuchDay.message(chinese: true, field: "完成时限", limit: nil, value: "2023-02-30")
        let english = ValidationCode.noSuchDay.message(chinese: false, field: "Deadline", limit: nil, value: "2023-02-30")
        // then
        #expect(chinese == "完成时限：2023年2月没有30日")
        #expect(english == "Deadline: February 2023 has no day 30")
    }

    @Test func limitsAppearInMessages() {
        // when
        let tooLong = ValidationCode.tooLong.message(chinese: true, field: "标题", limit: 300)
        let range = ValidationCode.outOfRange.message(chinese: false, field: "Warning days", limit: 60)
        let code = ValidationCode.invalidCode.message(chinese: true, field: "区划代码", limit: 6)
        // then
        #expect(tooLong == "标题：不能超过 300 个字")
        #expect(range == "Warning days: must be between 0 and 60")
        #expect(code == "区划代码：应为 6 位数字")
    }

    @Test(arguments: ValidationCode.allCases)
    func everyCodeHasDistinctSentencesInBothLanguages(code: ValidationCode) {
        // given
        let others = ValidationCode.allCases.filter { $0 != code }
        // when
        let chinese = code.message(chinese: true, field: "字段", limit: 10)
        let english = code.message(chinese: false, field: "Field", limit: 10)
        // then
        #expect(chinese.hasPrefix("字段："))
        #expect(english.hasPrefix("Field: "))
        #expect(chinese.count > "字段：".count)
        #expect(!others.contains { $0.message(chinese: true, field: "字段", limit: 10) == chinese })
        #expect(!others.contains { $0.message(chinese: false, field: "Field", limit: 10) == english })
    }

    @Test func issueEncodesWithStableKeysAndCode() throws {
        // given
        let issue = ValidationIssue(field: "title", code: .tooLong, limit: 300)
        // when
        let json = String(decoding: try JSONEncoder().encode(issue), as: UTF8.self)
        let decoded = try JSONDecoder().decode(ValidationIssue.self, from: Data(json.utf8))
        // then
        #expect(json.contains("\"code\":\"tooLong\""))
        #expect(decoded == issue)
    }
}
