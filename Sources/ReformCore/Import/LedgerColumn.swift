/// The columns of the work-points table (工作要点一览表) that a spreadsheet import understands.
public enum LedgerColumn: String, Sendable, CaseIterable, Codable {
    case sequence, parent, field, task, measure, content
    case leadUnit, participants, leader, person, handler
    case deadline, expected, policies, progress, status, remarks

    /// The usual header, for problem reports and exports.
    public var chineseLabel: String {
        switch self {
        case .sequence: "序号"
        case .parent: "上级序号"
        case .field: "领域"
        case .task: "改革任务"
        case .measure: "具体举措"
        case .content: "主要内容"
        case .leadUnit: "牵头单位"
        case .participants: "参与单位"
        case .leader: "责任领导"
        case .person: "责任人"
        case .handler: "经办人"
        case .deadline: "完成时限"
        case .expected: "预期成效"
        case .policies: "拟出台政策文件"
        case .progress: "工作进展"
        case .status: "完成情况"
        case .remarks: "备注"
        }
    }
}
