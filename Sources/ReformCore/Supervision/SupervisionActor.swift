/// How the person taking a supervision step stands to the record (督办事项, 整改, 堵点): the App works it out from
/// the user's role, unit and jurisdiction and the record's units, so the rules here never see an account.
public enum SupervisionActor: String, Codable, Sendable, CaseIterable {
    /// The reform office (改革办) of the record's jurisdiction.
    case office
    /// The matter's responsible leader (责任领导).
    case leader
    /// The unit that leads the matter or rectification, or that raised the obstacle (牵头单位 / 提出单位).
    case leadUnit = "lead_unit"
    /// A co-unit of the matter (协办单位).
    case coUnit = "co_unit"
    /// A member of the inspection team (督查组).
    case inspector
    /// The department an obstacle was handed to (承办部门).
    case department
    /// The office or unit of the jurisdiction an escalation is waiting on (上级).
    case higherLevel = "higher_level"
}
