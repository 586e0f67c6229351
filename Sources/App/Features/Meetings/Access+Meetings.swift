import ReformCore

/// Who may do what with meetings: everyone who sees a jurisdiction reads its bodies' meetings; the office that edits the
/// jurisdiction's plans (its own or one above it) and administrators record and edit them.
extension Access {
    static func seesMeetings(of path: String, _ p: Principal) -> Bool { p.sees(jurisdictionPath: path) }

    static func canEditMeetings(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    /// The subtree a user's lists of meetings and bodies cover: nil (everything) for an administrator, who sees every
    /// jurisdiction whatever the one they are bound to.
    static func meetingScope(_ p: Principal) -> String? { p.isNationwide ? nil : p.jurisdictionPath }
}
