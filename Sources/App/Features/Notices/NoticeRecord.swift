import ReformCore

/// A notice (督办通知 / 催办单 / 通报) as stored: a draft has no sequence, year or number; 签发 sets them.
public struct NoticeRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionId: Int
    public var jurisdictionPath: String
    public var kind: String
    public var state: String
    public var sequenceId: Int?
    public var year: Int?
    public var number: Int?
    public var documentNumber: String?
    public var sourceType: String
    public var sourceId: Int
    public var title: String
    public var body: String
    public var issuer: String
    public var signature: String
    public var issuedOn: String?
    public var issuedBy: String?
    public var createdBy: String
    public var createdAt: String
    public var updatedAt: String
    public var version: Int
    public var isDemo: Bool

    public var noticeKind: NoticeKind { NoticeKind(rawValue: kind) ?? .supervisionNotice }
    public var isIssued: Bool { state == NoticeRecord.issued }

    public static let draft = "draft"
    public static let issued = "issued"
}

/// A unit a notice is addressed to (主送), and its receipt (签收回执) once signed.
public struct NoticeRecipientRecord: Codable, Sendable, Equatable {
    public var noticeId: Int
    public var unitId: Int
    public var name: String
    public var shortNames: String
    public var signedAt: String?
    public var signedBy: String?

    public var displayName: String { UnitNames.display(name: name, shortNames: shortNames) }
    public var isSigned: Bool { signedAt != nil }
}

/// A numbering sequence the office configured (发文字号), with the kinds it numbers.
public struct NoticeSequenceRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionId: Int
    public var jurisdictionPath: String
    public var jurisdictionName: String
    public var name: String
    public var prefix: String
    public var suffix: String
    public var version: Int
    public var isDemo: Bool
    /// Filled by `NoticeQueries.sequences`.
    public var kinds: [String] = []

    enum CodingKeys: String, CodingKey {
        case id, jurisdictionId, jurisdictionPath, jurisdictionName, name, prefix, suffix, version, isDemo
    }

    public var pattern: DocumentNumberPattern? {
        DocumentNumberPattern(prefix: prefix, suffix: DocumentNumberPattern.Suffix(rawValue: suffix) ?? .number)
    }
}
