import Foundation
import ReformCore
import Testing

struct PlanItemDraftTests {
    private let valid = PlanItemDraft(
        number: "（一）", title: "优化企业开办流程", content: "压缩企业开办时间至1个工作日。",
        leadUnitID: 1, participantUnitIDs: [2, 3],
        responsibleLeader: "张三", responsiblePerson: "李四", handler: "王五",
        startDate: "2024-01-01", deadline: "2024-06-30",
        expectedResults: "企业开办全程网办", resultForm: "制度文件", policyDocuments: "", remarks: "",
        weight: "", status: "", ownPercent: ""
    )

    private func issues(_ change: (inout PlanItemDraft) -> Void) -> [ValidationIssue] {
        var draft = valid
        change(&draft)
        return draft.validate()
    }

    @Test func validDraftPassesWithDefaults() {
        // when
        let result = valid.validate()
        // then
        #expect(result.isEmpty)
        #expect(valid.parsedWeight == 1)
        #expect(valid.parsedStatus == .notStarted)
        #expect(valid.parsedOwnPercent == 0)
        #expect(valid.parsedDeadline == LocalDate(year: 2024, month: 6, day: 30))
    }

    @Test func emptyDraftNeedsTitleAndLeadUnit() {
        // given
        let draft = PlanItemDraft()
        // when
        let result = draft.validate()
        // then
        #expect(
            result == [
                ValidationIssue(field: "title", code: .required),
                ValidationIssue(field: "leadUnitID", code: .required)
            ])
    }

    @Test func lengthLimitsByField() {
        // when
        let result = issues {
            $0.number = String(repeating: "1", count: 31)
            $0.title = String(repeating: "题", count: 501)
            $0.content = String(repeating: "文", count: 20_001)
            $0.responsibleLeader = String(repeating: "张", count: 101)
            $0.responsiblePerson = String(repeating: "李", count: 101)
            $0.handler = String(repeating: "王", count: 101)
            $0.expectedResults = String(repeating: "效", count: 5_001)
            $0.resultForm = String(repeating: "形", count: 5_001)
            $0.policyDocuments = String(repeating: "文", count: 5_001)
            $0.remarks = String(repeating: "备", count: 5_001)
        }
        // then
        #expect(
            result == [
                ValidationIssue(field: "number", code: .tooLong, limit: 30),
                ValidationIssue(field: "title", code: .tooLong, limit: 500),
                ValidationIssue(field: "content", code: .tooLong, limit: 20_000),
                ValidationIssue(field: "responsibleLeader", code: .tooLong, limit: 100),
                ValidationIssue(field: "responsiblePerson", code: .tooLong, limit: 100),
                ValidationIssue(field: "handler", code: .tooLong, limit: 100),
                ValidationIssue(field: "expectedResults", code: .tooLong, limit: 5_000),
                ValidationIssue(field: "resultForm", code: .tooLong, limit: 5_000),
                ValidationIssue(field: "policyDocuments", code: .tooLong, limit: 5_000),
                ValidationIssue(field: "remarks", code: .tooLong, limit: 5_000)
            ])
    }

    @Test func textsExactlyAtLimitsPass() {
        // when
        let result = issues {
            $0.number = String(repeating: "1", count: 30)
            $0.title = String(repeating: "题", count: 500)
            $0.handler = String(repeating: "王", count: 100)
            $0.remarks = String(repeating: "备", count: 5_000)
        }
        // then
        #expect(result.isEmpty)
    }

    @Test func participantsMayNotIncludeLeadUnit() {
        // when
        let result = issues { $0.participantUnitIDs = [2, 1] }
        // then
        #expect(result == [ValidationIssue(field: "participantUnitIDs", code: .duplicate)])
    }

    @Test func repeatedParticipantsAreDroppedInOrder() {
        // given
        var draft = valid
        draft.participantUnitIDs = [5, 3, 5, 4, 3]
        // when
        let ids = draft.parsedParticipantUnitIDs
        // then
        #expect(ids == [5, 3, 4])
        #expect(draft.trimmed.participantUnitIDs == [5, 3, 4])
    }

    @Test func invalidDatesAreReportedByField() {
        // when
        let result = issues {
            $0.startDate = "2022-2-3"
            $0.deadline = "2022-02-30"
        }
        // then
        #expect(
            result == [
                ValidationIssue(field: "startDate", code: .invalidDate),
                ValidationIssue(field: "deadline", code: .noSuchDay, value: "2022-02-30")
            ])
    }

    @Test func deadlineBeforeStartIsDateOrderOnDeadline() {
        // when
        let result = issues {
            $0.startDate = "2024-07-01"
            $0.deadline = "2024-06-30"
        }
        // then
        #expect(result == [ValidationIssue(field: "deadline", code: .dateOrder)])
    }

    @Test func datesAreOptionalAndFullWidthDigitsAccepted() {
        // given
        var draft = valid
        draft.startDate = ""
        draft.deadline = "２０２４－１２－３１"
        // when
        let result = draft.validate()
        // then
        #expect(result.isEmpty)
        #expect(draft.parsedStartDate == nil)
        #expect(draft.parsedDeadline == LocalDate(year: 2024, month: 12, day: 31))
    }

    @Test(arguments: [("0", 0.0), ("2.5", 2.5), ("1000", 1000.0), (" 3 ", 3.0)])
    func weightWithinRange(text: String, weight: Double) {
        // given
        var draft = valid
        draft.weight = text
        // when
        let result = draft.validate()
        // then
        #expect(result.isEmpty)
        #expect(draft.parsedWeight == weight)
    }

    @Test(arguments: [
        ("-1", ValidationIssue(field: "weight", code: .outOfRange, limit: 1000)),
        ("1000.5", ValidationIssue(field: "weight", code: .outOfRange, limit: 1000)),
        ("1e3", ValidationIssue(field: "weight", code: .invalidNumber)),
        ("nan", ValidationIssue(field: "weight", code: .invalidNumber)),
        ("1.", ValidationIssue(field: "weight", code: .invalidNumber)),
        ("abc", ValidationIssue(field: "weight", code: .invalidNumber))
    ])
    func weightRejected(text: String, expected: ValidationIssue) {
        // when
        let result = issues { $0.weight = text }
        // then
        #expect(result == [expected])
    }

    @Test(arguments: [("in_progress", LifecycleStatus.inProgress), ("suspended", .suspended), ("推进中", .inProgress), ("", .notStarted)])
    func statusAcceptsRawValueOrChineseName(text: String, status: LifecycleStatus) {
        // given
        var draft = valid
        draft.status = text
        // when
        let result = draft.validate()
        // then
        #expect(result.isEmpty)
        #expect(draft.parsedStatus == status)
    }

    @Test func unknownStatusIsInvalidChoice() {
        // when
        let result = issues { $0.status = "finished" }
        // then
        #expect(result == [ValidationIssue(field: "status", code: .invalidChoice)])
    }

    @Test(arguments: [("45", 45.0), ("45.5%", 45.5), ("100", 100.0), ("８０％", 80.0), ("", 0.0)])
    func ownPercentParsed(text: String, percent: Double) {
        // given
        var draft = valid
        draft.ownPercent = text
        // when
        let result = draft.validate()
        // then
        #expect(result.isEmpty)
        #expect(draft.parsedOwnPercent == percent)
    }

    @Test(arguments: [
        ("101", ValidationIssue(field: "ownPercent", code: .outOfRange, limit: 100)),
        ("-5", ValidationIssue(field: "ownPercent", code: .outOfRange, limit: 100)),
        ("过半", ValidationIssue(field: "ownPercent", code: .invalidNumber))
    ])
    func ownPercentRejected(text: String, expected: ValidationIssue) {
        // when
        let result = issues { $0.ownPercent = text }
        // then
        #expect(result == [expected])
    }

    @Test func doneTakesPercentAsHundred() {
        // given
        var draft = valid
        draft.status = "done"
        draft.ownPercent = "30"
        // when
        let percent = draft.parsedOwnPercent
        // then
        #expect(draft.validate().isEmpty)
        #expect(percent == 100)
    }

    @Test func decodesFormStyleValues() throws {
        // given
        let json = #"{"title":"节点一","leadUnitID":"4","participantUnitIDs":["5","6"],"weight":2,"ownPercent":12.5,"deadline":null}"#
        // when
        let draft = try JSONDecoder().decode(PlanItemDraft.self, from: Data(json.utf8))
        // then
        #expect(draft.validate().isEmpty)
        #expect(draft.leadUnitID == 4)
        #expect(draft.participantUnitIDs == [5, 6])
        #expect(draft.parsedWeight == 2)
        #expect(draft.parsedOwnPercent == 12.5)
        #expect(draft.deadline == "")
    }

    @Test func encodeThenDecodeRoundTrips() throws {
        // given
        let draft = valid
        // when
        let decoded = try JSONDecoder().decode(PlanItemDraft.self, from: JSONEncoder().encode(draft))
        // then
        #expect(decoded == draft)
    }
}
