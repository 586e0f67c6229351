import SQLKit

/// The golden ideas' reads, as Sendable records. Public reads select only public columns (`PublicIdea`).
enum IdeaQueries {
    static let callColumns: SQLQueryString = """
        c.id, c.jurisdiction_id, c.jurisdiction_path, j.name AS jurisdiction_name, c.plan_id, c.topic, c.rules, c.contact, c.opens_on, c.closes_on,
        c.categories, c.reward_tiers, c.criteria, c.notice_days, c.is_published, c.is_demo, c.version
        """
    static let callFrom: SQLQueryString = "FROM idea_calls c JOIN jurisdictions j ON j.id = c.jurisdiction_id"

    static func call(_ id: Int, on sql: any SQLDatabase) async throws -> IdeaCallRecord? {
        try await sql.first(IdeaCallRecord.self, "SELECT \(callColumns) \(callFrom) WHERE c.id = \(bind: id)")
    }

    /// The calls of a subtree (every call when nil), newest first.
    static func calls(scope: String?, on sql: any SQLDatabase) async throws -> [IdeaCallRecord] {
        let condition = scope.map { PathRange.condition(column: "c.jurisdiction_path", prefix: $0) } ?? "1 = 1"
        return try await sql.all(IdeaCallRecord.self, "SELECT \(callColumns) \(callFrom) WHERE \(condition) ORDER BY c.opens_on DESC, c.id DESC")
    }

    /// The calls a user is assigned to as a reviewer, wherever those are.
    static func assignedCalls(userId: Int, on sql: any SQLDatabase) async throws -> [IdeaCallRecord] {
        try await sql.all(
            IdeaCallRecord.self,
            "SELECT \(callColumns) \(callFrom) JOIN idea_reviewers r ON r.call_id = c.id WHERE r.user_id = \(bind: userId) ORDER BY c.opens_on DESC, c.id DESC"
        )
    }

    static func publishedCalls(on sql: any SQLDatabase) async throws -> [IdeaCallRecord] {
        try await sql.all(
            IdeaCallRecord.self, "SELECT \(callColumns) \(callFrom) WHERE c.is_published = \(bind: true) ORDER BY c.opens_on DESC, c.id DESC")
    }

    static func publishedCall(_ id: Int, on sql: any SQLDatabase) async throws -> IdeaCallRecord? {
        try await sql.first(IdeaCallRecord.self, "SELECT \(callColumns) \(callFrom) WHERE c.id = \(bind: id) AND c.is_published = \(bind: true)")
    }

    static let submissionColumns: SQLQueryString = """
        s.id, s.call_id, s.receipt_code, s.title, s.idea, s.problem, s.category, s.submitter_name, s.contact, s.state, s.answer,
        s.moderation_reason, s.merged_into, s.tier, s.notice_until, s.adoption, s.submitted_at, s.is_demo, s.version
        """

    static func submission(_ id: Int, on sql: any SQLDatabase) async throws -> IdeaSubmissionRecord? {
        try await sql.first(IdeaSubmissionRecord.self, "SELECT \(submissionColumns) FROM idea_submissions s WHERE s.id = \(bind: id)")
    }

    static func submission(tokenDigest: String, on sql: any SQLDatabase) async throws -> IdeaSubmissionRecord? {
        try await sql.first(
            IdeaSubmissionRecord.self, "SELECT \(submissionColumns) FROM idea_submissions s WHERE s.token_digest = \(bind: tokenDigest)")
    }

    static let pageSize = 50

    /// One page of a call's submissions in a state (all when nil), oldest first: the moderation queue is first come, first
    /// served. Keyset paging after `afterId` keeps the page as fast at the 10,000th submission as at the first.
    static func submissions(
        callId: Int, state: IdeaState?, afterId: Int = 0, limit: Int = pageSize, on sql: any SQLDatabase
    ) async throws -> [IdeaSubmissionRecord] {
        let stateCondition: SQLQueryString = state.map { "AND s.state = \(bind: $0.rawValue)" } ?? ""
        return try await sql.all(
            IdeaSubmissionRecord.self,
            """
            SELECT \(submissionColumns) FROM idea_submissions s WHERE s.call_id = \(bind: callId) \(stateCondition) AND s.id > \(bind: afterId)
            ORDER BY s.id LIMIT \(bind: limit)
            """)
    }

    /// One numbered page of a call's submissions for the API (oldest first, as the queue), filtered by state and category,
    /// with whether another page follows; and the count of the filtered whole.
    static func page(
        callId: Int, state: IdeaState?, category: String?, page: Int, pageSize: Int = pageSize, on sql: any SQLDatabase
    ) async throws -> (rows: [IdeaSubmissionRecord], hasNext: Bool, total: Int) {
        let stateCondition: SQLQueryString = state.map { "AND s.state = \(bind: $0.rawValue)" } ?? ""
        let categoryCondition: SQLQueryString = category.map { "AND s.category = \(bind: $0)" } ?? ""
        let rows = try await sql.all(
            IdeaSubmissionRecord.self,
            """
            SELECT \(submissionColumns) FROM idea_submissions s WHERE s.call_id = \(bind: callId) \(stateCondition) \(categoryCondition)
            ORDER BY s.id LIMIT \(bind: pageSize + 1) OFFSET \(bind: (page - 1) * pageSize)
            """)
        let total =
            try await sql.scalar(
                Int.self, column: "n",
                """
                SELECT COUNT(*) AS n FROM idea_submissions s WHERE s.call_id = \(bind: callId) \(stateCondition) \(categoryCondition)
                """) ?? 0
        return (Array(rows.prefix(pageSize)), rows.count > pageSize, total)
    }

    static func counts(callId: Int, on sql: any SQLDatabase) async throws -> [String: Int] {
        struct Row: Decodable {
            var state: String
            var n: Int
        }
        let rows = try await sql.all(
            Row.self, "SELECT state, COUNT(*) AS n FROM idea_submissions WHERE call_id = \(bind: callId) GROUP BY state")
        return Dictionary(rows.map { ($0.state, $0.n) }, uniquingKeysWith: +)
    }

    static let publicColumns: SQLQueryString = """
        s.id, s.call_id, s.title, s.idea, s.problem, s.category, s.submitter_name, s.state, s.answer, s.tier, s.notice_until, s.adoption, s.submitted_at
        """

    static var publicStates: [String] { IdeaState.allCases.filter(\.isPublic).map(\.rawValue) }

    static func publicIdeas(callId: Int, on sql: any SQLDatabase) async throws -> [PublicIdea] {
        try await sql.all(
            PublicIdea.self,
            """
            SELECT \(publicColumns) FROM idea_submissions s JOIN idea_calls c ON c.id = s.call_id
            WHERE s.call_id = \(bind: callId) AND c.is_published = \(bind: true) AND s.state IN (\(binds: publicStates)) ORDER BY s.id DESC LIMIT 500
            """)
    }

    static func publicIdea(_ id: Int, on sql: any SQLDatabase) async throws -> PublicIdea? {
        try await sql.first(
            PublicIdea.self,
            """
            SELECT \(publicColumns) FROM idea_submissions s JOIN idea_calls c ON c.id = s.call_id
            WHERE s.id = \(bind: id) AND c.is_published = \(bind: true) AND s.state IN (\(binds: publicStates))
            """)
    }

    /// Public ideas that led to a plan item (for the public item page).
    static func publicIdeas(linkedTo planItemId: Int, on sql: any SQLDatabase) async throws -> [PublicIdea] {
        try await sql.all(
            PublicIdea.self,
            """
            SELECT \(publicColumns) FROM idea_submissions s JOIN idea_calls c ON c.id = s.call_id JOIN idea_links l ON l.submission_id = s.id
            WHERE l.plan_item_id = \(bind: planItemId) AND c.is_published = \(bind: true) AND s.state IN (\(binds: publicStates)) ORDER BY s.id
            """)
    }

    static func attachments(of submissionId: Int, on sql: any SQLDatabase) async throws -> [IdeaAttachmentRecord] {
        try await sql.all(
            IdeaAttachmentRecord.self,
            "SELECT id, submission_id, original_name, content_type, size, storage_key FROM idea_attachments WHERE submission_id = \(bind: submissionId)"
        )
    }

    static func attachment(_ id: Int, on sql: any SQLDatabase) async throws -> IdeaAttachmentRecord? {
        try await sql.first(
            IdeaAttachmentRecord.self,
            "SELECT id, submission_id, original_name, content_type, size, storage_key FROM idea_attachments WHERE id = \(bind: id)")
    }

    static func links(of submissionId: Int, on sql: any SQLDatabase) async throws -> [IdeaLinkRecord] {
        try await sql.all(
            IdeaLinkRecord.self, "SELECT submission_id, plan_item_id, matter_id FROM idea_links WHERE submission_id = \(bind: submissionId)")
    }

    struct ReviewerRow: Decodable, Sendable {
        var userId: Int
        var username: String
        var displayName: String
    }

    static func reviewers(callId: Int, on sql: any SQLDatabase) async throws -> [ReviewerRow] {
        try await sql.all(
            ReviewerRow.self,
            """
            SELECT r.user_id, u.username, u.display_name FROM idea_reviewers r JOIN users u ON u.id = r.user_id WHERE r.call_id = \(bind: callId)
            ORDER BY u.username
            """)
    }

    /// Whether this user is assigned to this call as a reviewer.
    static func isReviewer(userId: Int, callId: Int, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.scalar(
            Int.self, column: "user_id", "SELECT user_id FROM idea_reviewers WHERE call_id = \(bind: callId) AND user_id = \(bind: userId)")
            != nil
    }

    struct ScoreRow: Decodable, Sendable {
        var userId: Int
        var criterion: String
        var score: Int
    }

    static func scores(of submissionId: Int, on sql: any SQLDatabase) async throws -> [ScoreRow] {
        try await sql.all(ScoreRow.self, "SELECT user_id, criterion, score FROM idea_scores WHERE submission_id = \(bind: submissionId)")
    }

    /// The mean over reviewers of each reviewer's weighted score.
    static func meanScore(_ scores: [ScoreRow], _ criteria: [IdeaCriterion]) -> Double? {
        let byUser = Dictionary(grouping: scores, by: \.userId)
        let each = byUser.values.compactMap { rows in
            IdeaCriterion.weighted(Dictionary(rows.map { ($0.criterion, $0.score) }, uniquingKeysWith: { a, _ in a }), criteria)
        }
        return each.isEmpty ? nil : each.reduce(0, +) / Double(each.count)
    }

    static let objectionColumns: SQLQueryString =
        "id, submission_id, body, contact, decision, answer, decided_by, decided_at, submitted_at, version"

    static func objections(of submissionId: Int, on sql: any SQLDatabase) async throws -> [IdeaObjectionRecord] {
        try await sql.all(
            IdeaObjectionRecord.self,
            "SELECT \(objectionColumns) FROM idea_objections WHERE submission_id = \(bind: submissionId) ORDER BY id")
    }

    static func objection(_ id: Int, on sql: any SQLDatabase) async throws -> IdeaObjectionRecord? {
        try await sql.first(IdeaObjectionRecord.self, "SELECT \(objectionColumns) FROM idea_objections WHERE id = \(bind: id)")
    }
}
