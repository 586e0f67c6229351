import Foundation
import ReformCore
import Testing

struct JurisdictionDraftTests {
    private let valid = JurisdictionDraft(name: "北京市", level: "province", divisionCode: "110000", parentID: 1)

    @Test func validDraftPasses() {
        // when
        let issues = valid.validate()
        // then
        #expect(issues.isEmpty)
        #expect(valid.parsedLevel == .province)
    }

    @Test func emptyDraftReportsEveryRequiredField() {
        // given
        let draft = JurisdictionDraft()
        // when
        let issues = draft.validate()
        // then
        #expect(
            issues == [
                ValidationIssue(field: "name", code: .required),
                ValidationIssue(field: "level", code: .required),
                ValidationIssue(field: "divisionCode", code: .required)
            ])
    }

    @Test func nameOverHundredCharactersIsTooLong() {
        // given
        var draft = valid
        draft.name = String(repeating: "区", count: 101)
        // when
        let issues = draft.validate()
        // then
        #expect(issues == [ValidationIssue(field: "name", code: .tooLong, limit: 100)])
    }

    @Test func unknownLevelIsInvalidChoice() {
        // given
        var draft = valid
        draft.level = "county"
        // when
        let issues = draft.validate()
        // then
        #expect(issues == [ValidationIssue(field: "level", code: .invalidChoice)])
    }

    @Test(arguments: ["11000", "1100000", "11000a", "１１００００", "+11000", "11 000"])
    func divisionCodeMustBeSixASCIIDigits(code: String) {
        // given
        var draft = valid
        draft.divisionCode = code
        // when
        let issues = draft.validate()
        // then
        #expect(issues == [ValidationIssue(field: "divisionCode", code: .invalidCode, limit: 6)])
    }

    @Test func surroundingBlanksAreIgnoredAndTrimmed() {
        // given
        let draft = JurisdictionDraft(name: " 海淀区 ", level: " district\n", divisionCode: " 110108 ", parentID: 2)
        // when
        let issues = draft.validate()
        let trimmed = draft.trimmed
        // then
        #expect(issues.isEmpty)
        #expect(trimmed == JurisdictionDraft(name: "海淀区", level: "district", divisionCode: "110108", parentID: 2))
    }

    @Test func decodesFormValuesLeniently() throws {
        // given
        let json = #"{"name":"朝阳区","level":"district","divisionCode":110105,"parentID":"3"}"#
        // when
        let draft = try JSONDecoder().decode(JurisdictionDraft.self, from: Data(json.utf8))
        // then
        #expect(draft == JurisdictionDraft(name: "朝阳区", level: "district", divisionCode: "110105", parentID: 3))
    }
}
