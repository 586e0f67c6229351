/// An evidence file attached to a report (佐证材料); the bytes live in the files directory under `storageKey`.
public struct EvidenceRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var reportId: Int
    public var originalName: String
    public var contentType: String
    public var size: Int
    public var sha256: String
    public var storageKey: String
    public var uploadedBy: String
    public var uploadedAt: String
}
