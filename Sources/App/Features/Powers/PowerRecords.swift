import ReformCore

/// A decision moving provincial powers to cities (e.g. the 2017 decision moving 124 powers to Guangzhou and Shenzhen).
package struct PowerDecisionRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var docNumber: String
    package var title: String
    package var decidedOn: String
    package var announcedOn: String
    package var isDemo: Bool
    package var version: Int
}

/// One power as one receiving city holds it.
package struct DelegatedPowerRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var decisionId: Int
    package var decisionTitle: String
    package var decisionDocNumber: String
    package var decisionPath: String
    package var decidedOn: String
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var number: Int
    package var name: String
    package var powerType: String
    package var method: String
    package var grantingDepartment: String
    package var receivingDepartment: String
    package var legalBasis: String
    package var handoverDeadline: String
    package var handedOverOn: String?
    package var termStart: String?
    package var termEnd: String?
    package var renewals: Int
    package var withdrawnOn: String?
    package var remarks: String
    package var isDemo: Bool
    package var version: Int
    package var createdAt: String
    package var updatedAt: String

    var powerMethod: PowerMethod { PowerMethod(rawValue: method) ?? .devolve }

    func status(on today: LocalDate) -> PowerStatus {
        PowerStatus.of(
            method: powerMethod, handoverDeadline: LocalDate(iso: handoverDeadline) ?? today,
            handedOverOn: handedOverOn.flatMap(LocalDate.init(iso:)),
            termEnd: termEnd.flatMap(LocalDate.init(iso:)), renewals: renewals, withdrawnOn: withdrawnOn.flatMap(LocalDate.init(iso:)), today: today)
    }
}

package struct PowerEvaluationRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var powerId: Int
    package var evaluatedOn: String
    package var conclusion: String
    package var summary: String
    package var actor: String
    package var recordedAt: String
}

package struct PowerTermRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var powerId: Int
    package var termStart: String
    package var termEnd: String
    package var evaluationId: Int?
    package var actor: String
    package var recordedAt: String
}

package struct PowerEventRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var powerId: Int
    package var action: String
    package var effectiveOn: String
    package var note: String
    package var actor: String
    package var recordedAt: String
}

/// A stored document of a power, with what it is (agreement / evaluation).
package struct PowerFileRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var ownerId: Int
    package var kind: String
    package var evaluationId: Int?
    package var originalName: String
    package var contentType: String
    package var size: Int
    package var sha256: String
    package var storageKey: String
    package var uploadedBy: String
    package var uploadedAt: String

    var evidence: SupervisionEvidenceRecord {
        SupervisionEvidenceRecord(
            id: id, ownerId: ownerId, originalName: originalName, contentType: contentType, size: size, sha256: sha256, storageKey: storageKey,
            uploadedBy: uploadedBy, uploadedAt: uploadedAt)
    }
}
