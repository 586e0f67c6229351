import FluentKit
import SQLKit

/// Progress reports (进展报送): one per item, unit and period, with their review trail, the item's
/// indicators (指标: baseline, target) and each report's actual values, and the evidence files.
struct CreateProgressReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("progress_reports")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .field("unit_id", .int64, .required, .references("units", "id"))
            // "2026-11" / "2026-Q4", and the day it was due under the plan's schedule when created.
            .field("period", .string, .required)
            .field("due_date", .string, .required)
            // ReportState raw value.
            .field("state", .string, .required)
            .field("status", .string, .required)
            .field("percent", .double, .required)
            .field("narrative", .string, .required)
            .field("problems", .string, .required)
            .field("next_steps", .string, .required)
            .field("requested_deadline", .string)
            .field("deadline_reason", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .string, .required)
            // The first submission decides whether the report was on time; a resubmission does not.
            .field("first_submitted_at", .string)
            .field("submitted_by", .string)
            .field("submitted_at", .string)
            .field("approved_by", .string)
            .field("approved_at", .string)
            .field("reviewed_by", .string)
            .field("reviewed_at", .string)
            .field("review_comment", .string)
            .field("is_demo", .bool, .required)
            .field("version", .int, .required)
            .field("updated_at", .string, .required)
            .unique(on: "item_id", "unit_id", "period")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.raw("CREATE INDEX progress_reports_state ON progress_reports (state, unit_id)").run()
        try await sql.raw("CREATE INDEX progress_reports_reviewed ON progress_reports (reviewed_at)").run()

        try await database.schema("item_indicators")
            .field("id", .int64, .identifier(auto: true))
            .field("item_id", .int64, .required, .references("plan_items", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("unit_of_measure", .string, .required)
            .field("baseline", .string, .required)
            .field("target", .string, .required)
            .field("position", .int, .required)
            .create()
        try await sql.raw("CREATE INDEX item_indicators_item ON item_indicators (item_id, position)").run()

        try await database.schema("report_indicator_values")
            .field("report_id", .int64, .required, .references("progress_reports", "id", onDelete: .cascade))
            .field("indicator_id", .int64, .required, .references("item_indicators", "id", onDelete: .cascade))
            .field("actual", .string, .required)
            .compositeIdentifier(over: "report_id", "indicator_id")
            .create()

        try await database.schema("evidence_files")
            .field("id", .int64, .identifier(auto: true))
            .field("report_id", .int64, .required, .references("progress_reports", "id", onDelete: .cascade))
            .field("original_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int64, .required)
            // Hex SHA-256 of the bytes; the file on disk is named by it (content addressed).
            .field("sha256", .string, .required)
            .field("storage_key", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("uploaded_at", .string, .required)
            .create()
        try await sql.raw("CREATE INDEX evidence_files_report ON evidence_files (report_id)").run()
        try await sql.raw("CREATE INDEX evidence_files_key ON evidence_files (storage_key)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("evidence_files").delete()
        try await database.schema("report_indicator_values").delete()
        try await database.schema("item_indicators").delete()
        try await database.schema("progress_reports").delete()
    }
}
