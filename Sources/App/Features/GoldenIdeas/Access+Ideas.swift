/// Who keeps golden-idea calls: the office of the call's jurisdiction or one above it, and administrators. Reviewers are
/// whoever is assigned to the call (`IdeaQueries.isReviewer`: "is this user assigned to this call"), whatever their role.
extension Access {
    static func canManageIdeas(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }
}
