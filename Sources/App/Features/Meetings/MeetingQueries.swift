import ReformCore
import SQLKit

/// The meetings' reads: bodies, meetings, agenda, links and results, as Sendable records.
enum MeetingQueries {
    static let bodyColumns: SQLQueryString = """
        b.id, b.jurisdiction_id, b.jurisdiction_path, j.name AS jurisdiction_name, b.kind, b.name, b.version
        """
    static let meetingColumns: SQLQueryString = """
        m.id, m.body_id, b.name AS body_name, b.kind AS body_kind, m.jurisdiction_id, m.jurisdiction_path, m.ordinal, m.held_on,
        m.chair, m.attendees, m.place, m.summary, m.is_demo, m.version, m.created_at, m.updated_at
        """
    static let agendaColumns: SQLQueryString = "id, meeting_id, position, kind, title, outcome, plan_id"

    static func body(_ id: Int, on sql: any SQLDatabase) async throws -> MeetingBodyRecord? {
        try await sql.first(
            MeetingBodyRecord.self,
            "SELECT \(bodyColumns) FROM meeting_bodies b JOIN jurisdictions j ON j.id = b.jurisdiction_id WHERE b.id = \(bind: id)")
    }

    /// The bodies of the jurisdictions within `scope` (every one when nil), the commission before its groups.
    static func bodies(within scope: String?, on sql: any SQLDatabase) async throws -> [MeetingBodyRecord] {
        let condition: SQLQueryString = scope.map { PathRange.condition(column: "b.jurisdiction_path", prefix: $0) } ?? "1 = 1"
        return try await sql.all(
            MeetingBodyRecord.self,
            """
            SELECT \(bodyColumns) FROM meeting_bodies b JOIN jurisdictions j ON j.id = b.jurisdiction_id WHERE \(condition)
            ORDER BY j.path, CASE WHEN b.kind = 'commission' THEN 0 ELSE 1 END, b.name
            """)
    }

    static func meeting(_ id: Int, on sql: any SQLDatabase) async throws -> MeetingRecord? {
        try await sql.first(
            MeetingRecord.self, "SELECT \(meetingColumns) FROM meetings m JOIN meeting_bodies b ON b.id = m.body_id WHERE m.id = \(bind: id)")
    }

    static func requireMeeting(_ id: Int, on sql: any SQLDatabase) async throws -> MeetingRecord {
        guard let m = try await meeting(id, on: sql) else { throw AppError.notFound(entity: "meeting", id: String(id)) }
        return m
    }

    /// Meetings within `scope` (every one when nil), of one jurisdiction when given, newest first.
    static func meetings(within scope: String?, jurisdictionId: Int?, limit: Int = 500, on sql: any SQLDatabase) async throws -> [MeetingRecord] {
        var condition: SQLQueryString = scope.map { PathRange.condition(column: "m.jurisdiction_path", prefix: $0) } ?? "1 = 1"
        if let jurisdictionId { condition = condition + " AND m.jurisdiction_id = \(bind: jurisdictionId)" }
        return try await sql.all(
            MeetingRecord.self,
            """
            SELECT \(meetingColumns) FROM meetings m JOIN meeting_bodies b ON b.id = m.body_id WHERE \(condition)
            ORDER BY m.held_on DESC, m.id DESC LIMIT \(bind: limit)
            """)
    }

    static func agenda(of meetingId: Int, on sql: any SQLDatabase) async throws -> [AgendaItemRecord] {
        try await sql.all(
            AgendaItemRecord.self, "SELECT \(agendaColumns) FROM meeting_agenda_items WHERE meeting_id = \(bind: meetingId) ORDER BY position, id")
    }

    static func agendaItem(_ id: Int, on sql: any SQLDatabase) async throws -> AgendaItemRecord? {
        try await sql.first(AgendaItemRecord.self, "SELECT \(agendaColumns) FROM meeting_agenda_items WHERE id = \(bind: id)")
    }

    /// Every link of a meeting's agenda, with each target's title and jurisdiction path (nil when the target is gone).
    static func links(of meetingId: Int, on sql: any SQLDatabase) async throws -> [MeetingLinkRecord] {
        try await sql.all(
            MeetingLinkRecord.self,
            """
            SELECT l.agenda_item_id, l.role, l.target_kind, l.target_id,
              COALESCE(p.title, i.title, mt.subject) AS target_title,
              COALESCE(pj.path, i.jurisdiction_path, mt.jurisdiction_path) AS target_path
            FROM meeting_links l JOIN meeting_agenda_items a ON a.id = l.agenda_item_id
            LEFT JOIN plans p ON l.target_kind = 'plan' AND p.id = l.target_id
            LEFT JOIN jurisdictions pj ON pj.id = p.jurisdiction_id
            LEFT JOIN plan_items i ON l.target_kind = 'item' AND i.id = l.target_id
            LEFT JOIN matters mt ON l.target_kind = 'matter' AND mt.id = l.target_id
            WHERE a.meeting_id = \(bind: meetingId)
            ORDER BY l.id
            """)
    }

    /// The cascades sent from items that the meeting's decisions became.
    static func cascades(of meetingId: Int, on sql: any SQLDatabase) async throws -> [MeetingCascadeRecord] {
        try await sql.all(
            MeetingCascadeRecord.self,
            """
            SELECT l.agenda_item_id, l.target_id AS item_id, s.id AS send_id,
              (SELECT COUNT(*) FROM cascade_receipts r WHERE r.send_id = s.id) AS receipts, s.sent_at
            FROM meeting_links l JOIN meeting_agenda_items a ON a.id = l.agenda_item_id
            JOIN cascade_sends s ON s.origin_item_id = l.target_id
            WHERE a.meeting_id = \(bind: meetingId) AND l.role = 'result' AND l.target_kind = 'item'
            ORDER BY s.id
            """)
    }

    /// The meetings that reviewed `planId` and the outcome, for the plan's page.
    static func approvals(ofPlan planId: Int, on sql: any SQLDatabase) async throws -> [PlanApprovalRecord] {
        try await sql.all(
            PlanApprovalRecord.self,
            """
            SELECT m.id AS meeting_id, b.name AS body_name, m.ordinal, m.held_on, a.outcome
            FROM meeting_agenda_items a JOIN meetings m ON m.id = a.meeting_id JOIN meeting_bodies b ON b.id = m.body_id
            WHERE a.plan_id = \(bind: planId) AND a.kind = 'review'
            ORDER BY m.held_on, m.id
            """)
    }

    /// The meetings whose agenda links to a plan, item or matter: a report heard about it (subject) or a decision it came
    /// from (result).
    static func meetings(linkedTo kind: String, id: Int, on sql: any SQLDatabase) async throws -> [MeetingLinkedRecord] {
        try await sql.all(
            MeetingLinkedRecord.self,
            """
            SELECT m.id AS meeting_id, a.id AS agenda_item_id, b.name AS body_name, m.ordinal, m.held_on, m.jurisdiction_path, l.role
            FROM meeting_links l JOIN meeting_agenda_items a ON a.id = l.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
            JOIN meeting_bodies b ON b.id = m.body_id
            WHERE l.target_kind = \(bind: kind) AND l.target_id = \(bind: id)
            ORDER BY m.held_on, m.id
            """)
    }
}
