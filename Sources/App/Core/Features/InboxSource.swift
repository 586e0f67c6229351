import ReformCore
import SQLKit

/// Work a feature puts in its users' inboxes (reporting: tasks to sign and report on, reports to approve and review;
/// later supervision's matters and the cascade's tasks to place). The page header shows the sum of every source's
/// count, so each source counts with one cheap query rather than building its list on every page view.
struct InboxSource: Sendable {
    let key: String
    /// How many entries `principal` has here on `today` (as many as the inbox page lists).
    let count: @Sendable (_ principal: Principal, _ today: LocalDate, _ db: any SQLDatabase) async throws -> Int
}
