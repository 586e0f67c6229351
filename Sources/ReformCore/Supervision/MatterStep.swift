import Foundation

/// One recorded step of a matter's chain (督办流转记录): what, who, when, and the comment.
public struct MatterStep: Codable, Sendable, Equatable {
    public var action: MatterAction
    public var actor: SupervisionActor
    /// As the audit log writes a person: "张三（zhangsan）".
    public var actorName: String
    public var at: Date
    public var comment: String

    public init(action: MatterAction, actor: SupervisionActor, actorName: String, at: Date, comment: String = "") {
        self.action = action
        self.actor = actor
        self.actorName = actorName
        self.at = at
        self.comment = comment
    }
}
