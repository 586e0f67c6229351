import FluentKit
import SQLKit

/// Obstacles (堵点 / 难点 / 痛点) raised on items, their steps, the chain of escalations up the jurisdiction tree (专项专办 /
/// 绿色通道), and consultations (会商) with their decisions.
struct CreateObstacles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("consultations")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            .field("title", .string, .required)
            .field("held_on", .string, .required)
            .field("participants", .string, .required)
            .field("minutes", .string, .required)
            .field("created_by", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX consultations_scope ON consultations (jurisdiction_path, held_on)").run()

        try await database.schema("obstacles")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            // The item's jurisdiction and its materialised path: the office there collects it, those above read it.
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("jurisdiction_path", .string, .required)
            // The unit that raised it (提出单位).
            .field("unit_id", .int64, .required, .references("units", "id"))
            // ObstacleKind, ObstacleState and ObstacleDecision raw values.
            .field("kind", .string, .required)
            .field("what_blocks", .string, .required)
            .field("what_is_asked", .string, .required)
            .field("asked_of", .string, .required)
            .field("state", .string, .required)
            .field("decision", .string)
            .field("department_unit_id", .int64, .references("units", "id"))
            .field("consultation_id", .int64, .references("consultations", "id"))
            // Raised again after an answer: a new round, with its own chain of escalations.
            .field("round", .int, .required)
            .field("answer", .string, .required)
            .field("answered_by", .string, .required)
            .field("answered_on", .string)
            .field("raised_by", .string, .required)
            .field("raised_on", .string, .required)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX obstacles_scope ON obstacles (jurisdiction_path, state)").run()
        try await sql.raw("CREATE INDEX obstacles_unit ON obstacles (unit_id, state)").run()
        try await sql.raw("CREATE INDEX obstacles_department ON obstacles (department_unit_id, state)").run()
        try await sql.raw("CREATE INDEX obstacles_item ON obstacles (item_id)").run()

        try await database.schema("obstacle_steps")
            .field("id", .int64, .identifier(auto: true))
            .field("obstacle_id", .int64, .required, .references("obstacles", "id", onDelete: .cascade))
            // ObstacleAction (or "raise", "escalate"), ObstacleDecision and SupervisionActor raw values.
            .field("action", .string, .required)
            .field("decision", .string)
            .field("actor", .string, .required)
            .field("user_id", .int64)
            .field("actor_name", .string, .required)
            .field("at", .string, .required)
            .field("comment", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX obstacle_steps_obstacle ON obstacle_steps (obstacle_id, id)").run()

        try await database.schema("escalations")
            .field("id", .int64, .identifier(auto: true))
            .field("obstacle_id", .int64, .required, .references("obstacles", "id", onDelete: .cascade))
            .field("round", .int, .required)
            .field("seq", .int, .required)
            .field("from_jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("from_path", .string, .required)
            .field("to_jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("to_path", .string, .required)
            .field("to_unit_id", .int64, .references("units", "id"))
            .field("request", .string, .required)
            .field("sent_on", .string, .required)
            .field("respond_by", .string, .required)
            // Escalation.Hop.State raw value.
            .field("state", .string, .required)
            .field("answer", .string, .required)
            .field("answered_on", .string)
            .field("answered_by", .string, .required)
            .field("sent_by", .string, .required)
            .field("created_at", .string, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX escalations_chain ON escalations (obstacle_id, round, seq)").run()
        // The higher level's queue: what waits on a jurisdiction or a unit.
        try await sql.raw("CREATE INDEX escalations_waiting ON escalations (state, to_jurisdiction_id)").run()
        try await sql.raw("CREATE INDEX escalations_unit ON escalations (to_unit_id, state)").run()

        try await database.schema("consultation_obstacles")
            .field("consultation_id", .int64, .required, .references("consultations", "id", onDelete: .cascade))
            .field("obstacle_id", .int64, .required, .references("obstacles", "id", onDelete: .cascade))
            .compositeIdentifier(over: "consultation_id", "obstacle_id")
            .create()
        try await sql.raw("CREATE INDEX consultation_obstacles_obstacle ON consultation_obstacles (obstacle_id)").run()

        try await database.schema("consultation_decisions")
            .field("id", .int64, .identifier(auto: true))
            .field("consultation_id", .int64, .required, .references("consultations", "id", onDelete: .cascade))
            .field("obstacle_id", .int64, .references("obstacles", "id"))
            .field("text", .string, .required)
            // answer / matter / note; outcome_id is the matter's id for a matter.
            .field("outcome", .string, .required)
            .field("outcome_id", .int64)
            .field("recorded_by", .string, .required)
            .field("recorded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX consultation_decisions_consultation ON consultation_decisions (consultation_id, id)").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["consultation_decisions", "consultation_obstacles", "escalations", "obstacle_steps", "obstacles", "consultations"] {
            try await database.schema(table).delete()
        }
    }
}
