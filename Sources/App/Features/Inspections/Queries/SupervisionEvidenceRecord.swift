/// An evidence file of a finding or of a rectification report; `ownerId` is the finding's or the report's id.
public struct SupervisionEvidenceRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var ownerId: Int
    public var originalName: String
    public var contentType: String
    public var size: Int
    public var sha256: String
    public var storageKey: String
    public var uploadedBy: String
    public var uploadedAt: String
}
