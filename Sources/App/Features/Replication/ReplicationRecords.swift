/// An experience of the replication library (可复制推广经验), with its origin's name and how often it was adopted.
package struct ExperienceRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var batch: Int
    package var number: Int
    package var title: String
    package var summary: String
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var publisher: String
    package var publishedOn: String
    package var isDemo: Bool
    package var version: Int
    package var adoptions: Int
}

/// A jurisdiction that adopted an experience: when, how, and what came of it.
package struct AdoptionRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var experienceId: Int
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var adoptedOn: String
    package var method: String
    package var result: String
    package var actor: String
    package var recordedAt: String
}

/// What an experience came from: a plan item or an evaluation result, with its title and where it is shown.
package struct ExperienceSourceRecord: Codable, Sendable, Equatable {
    package var experienceId: Int
    package var kind: String
    package var refId: Int
    package var title: String
    package var roundId: Int?
}
