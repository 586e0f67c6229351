import ReformCore
import Testing

struct HeaderMapTests {
    @Test(arguments: [
        ("序号", LedgerColumn.sequence), ("编号", .sequence), ("上级序号", .parent), ("所属", .parent),
        ("领域", .field), ("重点领域", .field), ("改革领域", .field),
        ("改革任务", .task), ("重点任务", .task), ("任务", .task), ("重点工作", .task),
        ("具体举措", .measure), ("主要举措", .measure), ("改革举措", .measure), ("工作举措", .measure),
        ("主要内容", .measure), ("具体内容", .measure), ("组织实施", .content),
        ("牵头单位", .leadUnit), ("牵头责任单位", .leadUnit), ("主办单位", .leadUnit),
        ("参与单位", .participants), ("配合单位", .participants), ("协办单位", .participants),
        ("协同责任单位", .participants), ("参加单位", .participants),
        ("责任领导", .leader), ("分管领导", .leader), ("牵头负责领导", .leader), ("牵头市领导", .leader),
        ("牵头区领导", .leader), ("分管省领导", .leader), ("市政府分管领导", .leader),
        ("责任人", .person), ("经办人", .handler), ("联络员", .handler),
        ("完成时限", .deadline), ("时间节点", .deadline), ("办结时限", .deadline), ("完成时间", .deadline), ("时限", .deadline),
        ("预期成效", .expected), ("成果形式", .expected), ("预期成果", .expected), ("工作目标", .expected),
        ("拟出台政策文件", .policies), ("政策文件", .policies),
        ("进展", .progress), ("工作进展", .progress), ("进度", .progress),
        ("状态", .status), ("完成情况", .status), ("备注", .remarks),
        ("完成\n时限", .deadline), ("牵头单位（部门）", .leadUnit), (" 牵 头 单 位 ", .leadUnit), ("*完成时限：", .deadline),
        ("责任领导(姓名、职务)", .leader), ("（备注）", .remarks), ("经办人及联系电话", .handler), ("改革预期成效", .expected)
    ])
    func recognisesHeaders(header: String, column: LedgerColumn) {
        // when
        let result = HeaderMap.map(headers: ["序号", "改革任务", "牵头单位", header])
        // then
        let expected: LedgerColumn? = [.sequence, .task, .leadUnit].contains(column) ? nil : column
        if let expected {
            #expect(result.columns[3] == expected, "\(header)")
        } else {
            #expect(HeaderMap.column(for: header) == column, "\(header)")
        }
    }

    @Test func readsTheHeaderOfAnEnglishLedgerExport() {
        // when
        let result = HeaderMap.map(headers: [
            "No.", "Field", "Reform task", "Measure", "Lead unit", "Participating units", "Responsible leader",
            "Responsible person", "Handler", "Deadline", "Expected results", "Policy documents to issue",
            "Progress", "Status", "Remarks"
        ])
        // then
        #expect(
            result.columns.sorted { $0.key < $1.key }.map(\.value) == [
                .sequence, .field, .task, .measure, .leadUnit, .participants, .leader,
                .person, .handler, .deadline, .expected, .policies, .progress,
                .status, .remarks
            ])
        #expect(result.unknown.isEmpty && result.problems.isEmpty)
    }

    @Test func statusWordsOfBothLanguagesAreRead() {
        #expect(LifecycleStatus(label: "推进中") == .inProgress)
        #expect(LifecycleStatus(label: "Partly done") == .partlyDone)
        #expect(LifecycleStatus(label: " done ") == .done)
        #expect(LifecycleStatus(label: "suspended") == .suspended)
        #expect(LifecycleStatus(label: "完成") == nil)
        // the API's status parameter stays strict: codes and Chinese names only
        #expect(LifecycleStatus(text: "Done") == nil)
    }

    @Test func responsibleUnitsLeadWithoutALeadColumn() {
        // when
        let result = HeaderMap.map(headers: ["序号", "重点工作", "责任单位", "完成时限"])
        // then
        #expect(result.columns == [0: .sequence, 1: .task, 2: .leadUnit, 3: .deadline])
        #expect(result.problems.isEmpty)
    }

    @Test func responsibleUnitsParticipateBesideALeadColumn() {
        // when
        let result = HeaderMap.map(headers: ["责任单位", "序号", "重点工作", "牵头单位"])
        // then
        #expect(result.columns[0] == .participants)
        #expect(result.columns[3] == .leadUnit)
    }

    @Test func mapsGuangzhouTwentyTwentyOneTable() {
        // when
        let result = HeaderMap.map(headers: ["序号", "重点工作", "市政府分管领导", "牵头单位", "配合单位", "备注"])
        // then
        #expect(result.columns == [0: .sequence, 1: .task, 2: .leader, 3: .leadUnit, 4: .participants, 5: .remarks])
        #expect(result.unknown.isEmpty)
    }

    @Test func reportsUnknownAndRepeatedHeaders() {
        // when
        let result = HeaderMap.map(headers: ["序号", "改革任务", "牵头单位", "天气", "", "备注", "说明"])
        // then
        #expect(result.unknown == [3, 6])
        #expect(result.columns[4] == nil)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.contains("第7列") == true)
    }

    @Test func reportsMissingEssentialColumns() {
        // when
        let result = HeaderMap.map(headers: ["序号", "备注", "完成时限"])
        // then
        #expect(result.problems.contains("没有找到牵头单位列"))
        #expect(result.problems.contains("没有找到改革任务、具体举措或主要内容列"))
    }

    @Test func findsTheHeaderRowBelowTitleRows() {
        // given
        let rows = [
            ["龙华区2020年改革工作要点一览表", "", "", ""],
            ["", "", "", ""],
            ["填报单位：区委改革办", "", "", "2020年5月"],
            ["序号", "改革任务", "主要内容", "组织实施", "牵头单位", "参与单位", "完成时限"],
            ["1", "推动实施综合授权改革试点", "梳理综合授权改革试点重点领域和授权清单", "", "区发展和改革局", "区委改革办", "2020年12月"]
        ]
        // when
        let row = HeaderMap.findHeaderRow(rows)
        // then
        #expect(row == 3)
    }

    @Test func findsNoHeaderRowInData() {
        // given
        let rows = (0..<12).map { ["\($0)", "推进改革", "区发展和改革局"] } + [["序号", "改革任务", "牵头单位"]]
        // when
        let row = HeaderMap.findHeaderRow(rows)
        // then
        #expect(row == nil)
    }
}
