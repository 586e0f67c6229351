import ReformCore

/// A list of authorized items issued as one batch (首批, 第二批 …), kept by a jurisdiction's office.
package struct AuthorizationBatchRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var ordinal: Int
    package var title: String
    package var issuer: String
    package var docNumber: String
    package var issuedOn: String
    package var isDemo: Bool
    package var version: Int
}

/// One authorized item (授权事项) with its batch's and receiving jurisdiction's names.
package struct AuthorizationItemRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var batchId: Int
    package var batchOrdinal: Int
    package var batchTitle: String
    package var batchPath: String
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var number: Int
    package var area: String
    package var content: String
    package var grantingBody: String
    package var legalBasis: String
    package var needsLawChange: Bool
    package var lawChange: String
    package var approvalMode: String
    package var status: String
    package var statusOn: String
    package var remarks: String
    package var isDemo: Bool
    package var version: Int
    package var createdAt: String
    package var updatedAt: String

    var landingStatus: LandingStatus { LandingStatus(rawValue: status) ?? .notLanded }
}

/// One dated change of an item's landing status.
package struct AuthorizationStatusChangeRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var itemId: Int
    package var status: String
    package var effectiveOn: String
    package var note: String
    package var actor: String
    package var recordedAt: String
}

/// A plan item that carries an authorized item out.
package struct AuthorizationPlanLinkRecord: Codable, Sendable, Equatable {
    package var itemId: Int
    package var planItemId: Int
    package var title: String
    package var jurisdictionPath: String
}

/// An item's batch and area beside each status change, for the counts.
package struct AuthorizationTallyRow: Codable, Sendable, Equatable {
    package var id: Int
    package var itemId: Int
    package var batchId: Int
    package var area: String
    package var status: String
    package var effectiveOn: String
}
