import Foundation
import ReformCore
import Testing

struct UnitDraftTests {
    @Test func validDraftPasses() {
        // given
        let draft = UnitDraft(jurisdictionID: 1, name: "北京市发展和改革委员会", shortNames: "市发改委、发改委")
        // when
        let issues = draft.validate()
        // then
        #expect(issues.isEmpty)
        #expect(draft.parsedShortNames == ["市发改委", "发改委"])
    }

    @Test func missingJurisdictionAndName() {
        // given
        let draft = UnitDraft(name: "  ")
        // when
        let issues = draft.validate()
        // then
        #expect(
            issues == [
                ValidationIssue(field: "jurisdictionID", code: .required),
                ValidationIssue(field: "name", code: .required)
            ])
    }

    @Test func nameOverHundredCharactersIsTooLong() {
        // given
        let draft = UnitDraft(jurisdictionID: 1, name: String(repeating: "委", count: 101))
        // when
        let issues = draft.validate()
        // then
        #expect(issues == [ValidationIssue(field: "name", code: .tooLong, limit: 100)])
    }

    @Test func shortNameOverFiftyCharactersIsTooLong() {
        // given
        let draft = UnitDraft(jurisdictionID: 1, name: "市财政局", shortNames: "财政局；" + String(repeating: "财", count: 51))
        // when
        let issues = draft.validate()
        // then
        #expect(issues == [ValidationIssue(field: "shortNames", code: .tooLong, limit: 50)])
    }

    @Test func splitNamesAcceptsEverySeparator() {
        // given
        let cell = "市发改委、市财政局,市人社局，市商务局;市科委；市教委\n市卫健委\r\n市民政局"
        // when
        let names = UnitDraft.splitNames(cell)
        // then
        #expect(names == ["市发改委", "市财政局", "市人社局", "市商务局", "市科委", "市教委", "市卫健委", "市民政局"])
    }

    @Test func splitNamesTrimsDropsBlanksAndRepeatsKeepingOrder() {
        // given
        let cell = " 市财政局 、、 市发改委 ，市财政局,\u{3000}, 市发改委"
        // when
        let names = UnitDraft.splitNames(cell)
        // then
        #expect(names == ["市财政局", "市发改委"])
    }

    @Test func splitNamesOfBlankIsEmpty() {
        // when
        let names = UnitDraft.splitNames(" \n ")
        // then
        #expect(names.isEmpty)
    }

    @Test func decodesMissingFieldsAsBlank() throws {
        // given
        let json = #"{"name":"市科委"}"#
        // when
        let draft = try JSONDecoder().decode(UnitDraft.self, from: Data(json.utf8))
        // then
        #expect(draft == UnitDraft(jurisdictionID: nil, name: "市科委", shortNames: ""))
        #expect(draft.validate() == [ValidationIssue(field: "jurisdictionID", code: .required)])
    }

    @Test func firstNameIsTheFirstOfTheSplitNames() {
        // given
        let lists = [
            "市发改委、发改委", "  、 ；市财政局", "", " ", "\r\n市人社局\n", "a,b，c;d；e", "、、", "发改委", "\u{3000}市科技局\u{3000}、x",
            " 市 发改委 ；", "\t\n", "市发改委\r\n市财政局", "市发改委,"
        ]
        for list in lists {
            // when
            let first = UnitDraft.firstName(list)
            // then
            #expect(first == UnitDraft.splitNames(list).first, "\(list)")
        }
    }
}
