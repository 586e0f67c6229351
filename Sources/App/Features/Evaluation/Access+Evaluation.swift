import ReformCore

/// Who may do what with evaluation rounds:
/// - a round is read by whoever sees its jurisdiction, by whoever sees one of its subjects (a unit scoring itself), and by
///   the outside reviewers assigned to it (`Role.reviewer`, who see nothing else);
/// - the office of the round's jurisdiction (or one above it) and administrators set it up, give the office's scores,
///   close it and publish its notice;
/// - self-assessment is given by the subject's unit (a plan item's lead unit, its liaison or head) or the office of the
///   subject's jurisdiction; a reviewer's scores by that reviewer; results are not shown to reviewers.
extension Access {
    static func canEditEvaluation(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    static func canScore(
        _ source: EvaluationSource, round: EvaluationRoundRecord, subject: EvaluationSubjectRecord, assigned: Bool, _ p: Principal
    ) -> Bool {
        switch source {
        case .selfAssessment:
            return (p.role.isUnitRole && subject.unitId != 0 && p.unitId == subject.unitId)
                || canEditPlans(in: subject.jurisdictionPath, p)
        case .office: return canEditEvaluation(in: round.jurisdictionPath, p)
        case .reviewer: return p.role == .reviewer && assigned
        }
    }

    static func seesEvaluationResults(_ p: Principal) -> Bool { p.role != .reviewer }
}
