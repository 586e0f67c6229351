import ReformCore

/// An evaluation round (评估轮次), kept by a jurisdiction's office.
package struct EvaluationRoundRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var title: String
    package var year: Int
    package var description: String
    package var state: String
    package var weightSelf: Int
    package var weightOffice: Int
    package var weightReviewer: Int
    package var bestCount: Int
    package var excellentCount: Int
    package var noticeToken: String
    package var isDemo: Bool
    package var version: Int
    package var createdAt: String
    package var updatedAt: String

    var isOpen: Bool { state == EvaluationState.scoring.rawValue }
    var sourceWeights: [EvaluationSource: Double] {
        [.selfAssessment: Double(weightSelf), .office: Double(weightOffice), .reviewer: Double(weightReviewer)]
    }
}

/// A weighted criterion (评估指标) of a round.
package struct EvaluationCriterionRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var roundId: Int
    package var position: Int
    package var name: String
    package var weight: Int
}

/// One subject of a round: a record of some kind, with the title and jurisdiction it had when added.
package struct EvaluationSubjectRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var roundId: Int
    package var kind: String
    package var refId: Int
    package var title: String
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var unitId: Int
    package var version: Int
}

/// One score: a criterion of a subject from one source (a reviewer's carries the reviewer's user id).
package struct EvaluationScoreRecord: Codable, Sendable, Equatable {
    package var subjectId: Int
    package var criterionId: Int
    package var source: String
    package var reviewerId: Int
    package var score: Double
    package var actor: String
    package var updatedAt: String
}

package struct EvaluationCommentRecord: Codable, Sendable, Equatable {
    package var subjectId: Int
    package var source: String
    package var reviewerId: Int
    package var body: String
    package var actor: String
    package var updatedAt: String
}

package struct EvaluationReviewerRecord: Codable, Sendable, Equatable {
    package var roundId: Int
    package var userId: Int
    package var username: String
    package var displayName: String
}

/// A subject with its computed result.
struct EvaluationResultRow: Sendable {
    var subject: EvaluationSubjectRecord
    var result: EvaluationScoring.Result
    var tier: EvaluationTier { result.tier }
}
