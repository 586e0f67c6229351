/// The bodies that meet: a jurisdiction's reform commission (全面深化改革委员会, 深改委) and its special groups (专项小组).
public enum MeetingBodyKind: String, Codable, Sendable, CaseIterable {
    case commission
    case specialGroup = "special_group"
}
