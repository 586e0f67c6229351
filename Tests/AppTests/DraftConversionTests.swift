import Foundation
import ReformCore
import Testing

@testable import App

/// The conversions and comparisons that once were hand-kept field lists: each fails when a field is added to a draft
/// and not carried (record → draft) or not compared (what a liaison may change).
struct DraftConversionTests {
    /// Every value a draft field can hold is set, so a field left at its default shows up.
    static func isSet(_ value: Any) -> Bool {
        switch value {
        case let s as String: !s.isEmpty
        case let list as [Int]: !list.isEmpty
        case let map as [Int: String]: !map.isEmpty
        case let o as Int?: o != nil
        default: true
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ object: [String: Any]) throws -> T {
        try JSONDecoder().decode(T.self, from: try JSONSerialization.data(withJSONObject: object))
    }

    @Test func anItemRecordBecomesADraftWithEveryField() throws {
        // given: a stored item with every field filled
        let record = try Self.decode(
            ItemRecord.self,
            [
                "id": 7, "planId": 1, "parentId": 3, "jurisdictionId": 2, "jurisdictionPath": "/1/2/", "fieldId": 3, "taskId": 5,
                "path": "/3/5/7/", "depth": 2, "position": 1, "sortKey": "0001.0001.0001", "number": "1.", "title": "推行商事登记秒批",
                "content": "内容", "leadUnitId": 11, "responsibleLeader": "王副区长", "responsiblePerson": "李科长", "handler": "张三",
                "startDate": "2026-01-01", "originalDeadline": "2026-06-30", "currentDeadline": "2026-09-30", "warnFrom": "2026-06-27",
                "expectedResults": "成效", "resultForm": "制度文件", "policyDocuments": "实施方案", "remarks": "备注", "weight": 2.5,
                "status": "in_progress", "ownPercent": 40, "derivedPercent": 35, "rollupPercent": 35, "delayCount": 1, "childCount": 0,
                "searchText": "", "isDemo": false, "version": 4, "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-02-01T00:00:00.000Z"
            ])
        // when
        let draft = PlanItemDraft(record: record, participants: [12, 13])
        // then
        let unset = Mirror(reflecting: draft).children.filter { !Self.isSet($0.value) }.compactMap(\.label)
        #expect(unset.isEmpty, "not carried from the record: \(unset)")
        #expect(draft.deadline == "2026-09-30" && draft.weight == "2.5" && draft.ownPercent == "40")
    }

    @Test func aReportRecordBecomesADraftWithEveryField() throws {
        // given
        let record = try Self.decode(
            ReportRecord.self,
            [
                "id": 1, "itemId": 2, "unitId": 3, "period": "2026-11", "dueDate": "2026-11-25", "state": "draft", "status": "in_progress",
                "percent": 55, "narrative": "进展", "problems": "问题", "nextSteps": "计划", "requestedDeadline": "2027-03-31",
                "deadlineReason": "理由", "createdBy": "联络员", "createdAt": "2026-11-20T02:00:00.000Z", "isDemo": false, "version": 1,
                "updatedAt": "2026-11-20T02:00:00.000Z"
            ])
        // when
        let draft = ReportDraft(record: record, indicatorValues: [5: "70"])
        // then
        let unset = Mirror(reflecting: draft).children.filter { !Self.isSet($0.value) }.compactMap(\.label)
        #expect(unset.isEmpty, "not carried from the record: \(unset)")
    }

    /// A liaison may change only the progress fields: the comparison must see a change in any field the draft has.
    @Test func theLiaisonsCheckComparesEveryDraftField() {
        // given: two drafts that differ in every field
        let a = PlanItemDraft()
        let b = PlanItemDraft(
            number: "1.", title: "标题", content: "内容", leadUnitID: 1, participantUnitIDs: [2], responsibleLeader: "王",
            responsiblePerson: "李", handler: "张", startDate: "2026-01-01", deadline: "2026-06-30", expectedResults: "成效",
            resultForm: "文件", policyDocuments: "方案", remarks: "备注", weight: "2", status: "done", ownPercent: "100")
        // when
        let changed = AccessGuard.changedFields(a, b)
        // then
        #expect(changed.count == Mirror(reflecting: a).children.count)
        #expect(changed.contains("leadUnitId") && changed.contains("participantUnitIds"))
        #expect(AccessGuard.changedFields(b, b).isEmpty)
        var spaced = b
        spaced.title = " 标题 "
        spaced.weight = "2.0"
        #expect(AccessGuard.changedFields(b, spaced).isEmpty)
    }
}
