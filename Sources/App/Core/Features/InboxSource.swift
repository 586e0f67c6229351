import Hummingbird
import ReformCore
import SQLKit

/// Work a feature puts in its users' inboxes (reporting: tasks to sign and report on, reports to approve and review;
/// later supervision's matters and the cascade's tasks to place). The page header shows the sum of every source's
/// count, so each source counts with one cheap query rather than building its list on every page view; the inbox page
/// (/inbox) shows every source's section, in the order of `AppFeatures.all`, without knowing the sources.
struct InboxSource: Sendable {
    let key: String
    /// How many entries `principal` has here on `today` (as many as the inbox page lists): a query answering one integer,
    /// or nil when the source has nothing for this reader. Every source's query goes into one statement (`total`).
    let countQuery: @Sendable (_ principal: Principal, _ today: LocalDate) -> SQLQueryString?
    /// The source's part of the inbox page, or nil to show nothing there.
    let section: @Sendable (InboxSectionInput) async throws -> InboxSection?
}

/// What an inbox section is built from.
struct InboxSectionInput: Sendable {
    let principal: Principal
    /// The inbox page's request (a section may read its own query parameters, as reporting's tabs do).
    let request: Request
    let context: AppRequestContext
    let services: AppServices
}

/// A source's part of the inbox page: a title and rows that the inbox page draws as a table, or HTML the source
/// rendered itself (`PageRenderer.fragment`).
enum InboxSection: Sendable {
    case list(title: String, rows: [InboxRow])
    case html(String)
}

/// One thing to do in a `.list` section.
struct InboxRow: Sendable {
    var label: String
    var link: String
    /// Who or what it concerns (a unit, a period…), "" for nothing.
    var detail: String = ""
    /// When it is due, as the reader reads dates; "" for no date.
    var due: String = ""
    var late: Bool = false
}

extension InboxSource {
    /// The sum of every source's count for `principal`, in one statement: a statement each was 5 of the 16 a ledger
    /// page sent to the database, each with its trip to the database's thread and back (BENCHMARKS.md, session 16).
    static func total(_ sources: [InboxSource], for principal: Principal, today: LocalDate, on sql: any SQLDatabase) async throws -> Int {
        let counts: [SQLQueryString] = sources.compactMap { source in
            source.countQuery(principal, today).map { "COALESCE((\($0)), 0)" }
        }
        guard !counts.isEmpty else { return 0 }
        return try await sql.scalar(Int.self, column: "n", "SELECT \(counts.joined(separator: " + ")) AS n") ?? 0
    }
}
