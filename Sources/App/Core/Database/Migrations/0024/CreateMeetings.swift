import FluentKit
import SQLKit

/// The reform commission's meetings (深改委会议): the bodies that meet (the commission, its special groups), their
/// meetings, each meeting's agenda (reports heard, documents reviewed, decisions) and what each agenda item links to:
/// the plans, items and matters a report was about, and the items and matters a decision became.
struct CreateMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("meeting_bodies")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            // MeetingBodyKind raw value: commission / special_group.
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX meeting_bodies_name ON meeting_bodies (jurisdiction_id, name)").run()

        try await database.schema("meetings")
            .field("id", .int64, .identifier(auto: true))
            .field("body_id", .int64, .required, .references("meeting_bodies", "id"))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            // 第六次会议 is 6.
            .field("ordinal", .int, .required)
            .field("held_on", .string, .required)
            .field("chair", .string, .required)
            .field("attendees", .string, .required)
            .field("place", .string, .required)
            // What the meeting stressed and required (会议强调 / 会议要求): the minutes' closing paragraphs.
            .field("summary", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX meetings_body_ordinal ON meetings (body_id, ordinal)").run()
        try await sql.raw("CREATE INDEX meetings_scope ON meetings (jurisdiction_path, held_on)").run()

        try await database.schema("meeting_agenda_items")
            .field("id", .int64, .identifier(auto: true))
            .field("meeting_id", .int64, .required, .references("meetings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            // AgendaKind raw value: report (听取汇报) / review (审议) / decision (决定).
            .field("kind", .string, .required)
            // The report's subject, the document's title or the decision's text.
            .field("title", .string, .required)
            // ReviewOutcome raw value for a review; '' otherwise.
            .field("outcome", .string, .required)
            // The plan a review approved (the year's work points are such a plan).
            .field("plan_id", .int64, .references("plans", "id", onDelete: .setNull))
            .create()
        try await sql.raw("CREATE INDEX meeting_agenda_meeting ON meeting_agenda_items (meeting_id, position)").run()
        try await sql.raw("CREATE INDEX meeting_agenda_plan ON meeting_agenda_items (plan_id)").run()

        try await database.schema("meeting_links")
            .field("id", .int64, .identifier(auto: true))
            .field("agenda_item_id", .int64, .required, .references("meeting_agenda_items", "id", onDelete: .cascade))
            // subject: what a report heard was about; result: what a decision became.
            .field("role", .string, .required)
            // plan / item / matter; no foreign key: the targets live in other features and a deleted one is skipped.
            .field("target_kind", .string, .required)
            .field("target_id", .int64, .required)
            .field("created_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX meeting_links_unique ON meeting_links (agenda_item_id, role, target_kind, target_id)").run()
        try await sql.raw("CREATE INDEX meeting_links_target ON meeting_links (target_kind, target_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_links").delete()
        try await database.schema("meeting_agenda_items").delete()
        try await database.schema("meetings").delete()
        try await database.schema("meeting_bodies").delete()
    }
}
