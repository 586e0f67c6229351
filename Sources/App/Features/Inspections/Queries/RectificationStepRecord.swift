/// One step of a rectification's flow, as recorded.
public struct RectificationStepRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var rectificationId: Int
    public var action: String
    public var actor: String
    public var fromState: String?
    public var toState: String
    public var userId: Int?
    public var actorName: String
    public var at: String
    public var comment: String
}
