/// The string keys under which the App names every supervision state, action and kind ("matterState.fed_back"):
/// ReformCore carries no UI text, and App's strings test walks this list so a new case cannot ship unnamed.
public enum SupervisionVocabulary {
    /// Namespace → raw values, one entry per enum.
    public static let namespaces: [(namespace: String, rawValues: [String])] = [
        ("supervisionActor", SupervisionActor.allCases.map(\.rawValue)),
        ("matterLevel", MatterLevel.allCases.map(\.rawValue)),
        ("matterSource", MatterSourceKind.allCases.map(\.rawValue)),
        ("matterState", MatterState.allCases.map(\.rawValue)),
        ("matterAction", MatterAction.allCases.map(\.rawValue)),
        ("extensionState", ExtensionRequest.State.allCases.map(\.rawValue)),
        ("inspectionKind", InspectionKind.allCases.map(\.rawValue)),
        ("findingNature", FindingNature.allCases.map(\.rawValue)),
        ("findingCategory", FindingCategory.allCases.map(\.rawValue)),
        ("findingSeverity", FindingSeverity.allCases.map(\.rawValue)),
        ("rectificationState", RectificationState.allCases.map(\.rawValue)),
        ("rectificationAction", RectificationAction.allCases.map(\.rawValue)),
        ("noticeKind", NoticeKind.allCases.map(\.rawValue)),
        ("obstacleKind", ObstacleKind.allCases.map(\.rawValue)),
        ("obstacleDecision", ObstacleDecision.allCases.map(\.rawValue)),
        ("obstacleState", ObstacleState.allCases.map(\.rawValue)),
        ("obstacleAction", ObstacleAction.allCases.map(\.rawValue)),
        ("escalationHopState", Escalation.Hop.State.allCases.map(\.rawValue)),
        ("escalationRefusal", Escalation.Refusal.allCases.map(\.rawValue)),
        ("judgement", JudgementRating.allCases.map(\.rawValue)),
        ("unitRecord", UnitRecordKind.allCases.map(\.rawValue)),
        ("workflowRefusal", ["illegal_transition", "not_permitted", "comment_required"])
    ]

    /// Every key, "namespace.raw".
    public static var keys: [String] { namespaces.flatMap { entry in entry.rawValues.map { entry.namespace + "." + $0 } } }
}
