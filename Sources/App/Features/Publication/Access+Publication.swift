/// Who decides what the public sees: the office of the plan's (or the batch's) jurisdiction or one above it, and
/// administrators; everyone who sees a plan may read its publication settings.
extension Access {
    static func canPublish(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }
}
