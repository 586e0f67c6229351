import Foundation
import ReformCore
import Testing

/// The meetings' pure rules: how a meeting's number is written and read, and what `MeetingDraft.validate` refuses.
struct MeetingRulesTests {
    @Test func theNumberIsWrittenInChineseNumeralsAndAsAnEnglishOrdinal() {
        #expect(MeetingNumber.chinese(6) == "第六次会议")
        #expect(MeetingNumber.chinese(12) == "第十二次会议")
        #expect(MeetingNumber.chinese(21) == "第二十一次会议")
        #expect(MeetingNumber.english(6) == "6th meeting")
        #expect(
            [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(MeetingNumber.ordinalWord) == [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th"
            ])
    }

    @Test func theNumberIsReadAsTypedInEitherForm() {
        func draft(_ ordinal: String) -> MeetingDraft {
            MeetingDraft(bodyId: 1, ordinal: ordinal, heldOn: "2019-11-04", chair: "车俊", attendees: "", place: "", summary: "", agenda: [])
        }
        #expect(draft("6").parsedOrdinal == 6)
        #expect(draft("第六次会议").parsedOrdinal == 6)
        #expect(draft("第十二次").parsedOrdinal == 12)
        #expect(draft("六").parsedOrdinal == 6)
        #expect(draft("第六届").parsedOrdinal == nil)
        #expect(draft("第六届").validate().map(\.field) == ["ordinal"])
        #expect(draft("0").validate().map(\.code) == [.outOfRange])
    }

    @Test func eachAgendaKindTakesOnlyItsOwnFields() {
        // given
        let agenda: [MeetingDraft.Agenda] = [
            .init(id: nil, kind: "review", title: "关于深化制造业企业资源要素优化配置改革的若干意见", outcome: "", planId: nil, links: []),
            .init(id: nil, kind: "report", title: "汇报", outcome: "approved", planId: 3, links: []),
            .init(id: nil, kind: "decision", title: "抓好落实", outcome: "", planId: nil, links: [.init(kind: "item", id: 1)]),
            .init(id: nil, kind: "report", title: "汇报", outcome: "", planId: nil, links: [.init(kind: "item", id: 1), .init(kind: "item", id: 1)]),
            .init(id: nil, kind: "motion", title: "其他", outcome: "", planId: nil, links: []),
            .init(id: nil, kind: "review", title: "  ", outcome: "approved_in_principle", planId: nil, links: [])
        ]
        let draft = MeetingDraft(bodyId: 1, ordinal: "6", heldOn: "2019-11-31", chair: " ", attendees: "", place: "", summary: "", agenda: agenda)
        // when
        let issues = draft.validate()
        // then
        #expect(
            issues.map { "\($0.field) \($0.code)" } == [
                "heldOn noSuchDay", "chair required", "agenda[0].outcome invalidChoice", "agenda[1].outcome invalidChoice",
                "agenda[1].planId invalidChoice", "agenda[2].links invalidChoice", "agenda[3].links duplicate", "agenda[4].kind invalidChoice",
                "agenda[5].title required"
            ])
    }

    @Test func linksAreReadFromTheFormsText() {
        #expect(
            MeetingDraft.parseLinks("plan:3 item:12, matter:5") == [
                .init(kind: "plan", id: 3), .init(kind: "item", id: 12), .init(kind: "matter", id: 5)
            ])
        #expect(MeetingDraft.parseLinks("方案3、事项12") == [.init(kind: "plan", id: 3), .init(kind: "item", id: 12)])
        #expect(MeetingDraft.parseLinks("") == [])
        #expect(MeetingDraft.parseLinks("item:x") == nil)
        #expect(MeetingDraft.parseLinks("12") == nil)
    }
}
