import FluentKit
import SQLKit

/// Notices (督办通知 / 催办单 / 通报) and their numbering, receipts, and the records of commendation, accountability and
/// fault tolerance (unit_records). Numbers come from `notice_counters`, one row per sequence and year, advanced with
/// UPDATE … RETURNING in the transaction that issues the notice; the unique index on (sequence, year, number) is the
/// last line of defence against a number issued twice.
struct CreateNotices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await database.schema("notice_sequences")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("name", .string, .required)
            // 发文机关代字 and `DocumentNumberPattern.Suffix` (number: 〔2026〕3号, issue: 〔2026〕第3期).
            .field("prefix", .string, .required)
            .field("suffix", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("version", .int, .required)
            .field("is_demo", .bool, .required)
            .create()
        try await sql.raw("CREATE INDEX notice_sequences_jurisdiction ON notice_sequences (jurisdiction_id)").run()

        // Which kinds each sequence numbers: a jurisdiction maps each kind to at most one sequence.
        try await database.schema("notice_sequence_kinds")
            .field("sequence_id", .int64, .required, .references("notice_sequences", "id", onDelete: .cascade))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            .field("kind", .string, .required)
            .compositeIdentifier(over: "sequence_id", "kind")
            .create()
        try await sql.raw("CREATE UNIQUE INDEX notice_sequence_kinds_kind ON notice_sequence_kinds (jurisdiction_id, kind)").run()

        try await database.schema("notice_counters")
            .field("sequence_id", .int64, .required, .references("notice_sequences", "id", onDelete: .cascade))
            .field("year", .int, .required)
            .field("last_number", .int, .required)
            .compositeIdentifier(over: "sequence_id", "year")
            .create()

        try await database.schema("notices")
            .field("id", .int64, .identifier(auto: true))
            .field("jurisdiction_id", .int64, .required, .references("jurisdictions", "id"))
            // Copied from the jurisdiction for the scope rule and list filters.
            .field("jurisdiction_path", .string, .required)
            // NoticeKind raw value; draft / issued.
            .field("kind", .string, .required)
            .field("state", .string, .required)
            // Set at 签发 only: drafts carry no number.
            .field("sequence_id", .int64, .references("notice_sequences", "id"))
            .field("year", .int)
            .field("number", .int)
            .field("document_number", .string)
            // matter / rectification / inspection / finding, and its id.
            .field("source_type", .string, .required)
            .field("source_id", .int64, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            // The issuing office as printed in red (发文机关标志) and the signature block (落款).
            .field("issuer", .string, .required)
            .field("signature", .string, .required)
            .field("issued_on", .string)
            .field("issued_by", .string)
            .field("created_by", .string, .required)
            .field("created_at", .string, .required)
            .field("updated_at", .string, .required)
            .field("version", .int, .required)
            .field("is_demo", .bool, .required)
            .create()
        try await sql.raw("CREATE UNIQUE INDEX notices_number ON notices (sequence_id, year, number)").run()
        try await sql.raw("CREATE INDEX notices_path ON notices (jurisdiction_path, state, issued_on)").run()
        try await sql.raw("CREATE INDEX notices_source ON notices (source_type, source_id)").run()

        try await database.schema("notice_recipients")
            .field("notice_id", .int64, .required, .references("notices", "id", onDelete: .cascade))
            .field("unit_id", .int64, .required, .references("units", "id"))
            // NULL until the unit signs for it (签收回执): the unsigned list.
            .field("signed_at", .string)
            .field("signed_by", .string)
            .compositeIdentifier(over: "notice_id", "unit_id")
            .create()
        try await sql.raw("CREATE INDEX notice_recipients_unit ON notice_recipients (unit_id, signed_at)").run()

        try await database.schema("unit_records")
            .field("id", .int64, .identifier(auto: true))
            .field("unit_id", .int64, .required, .references("units", "id"))
            .field("jurisdiction_path", .string, .required)
            // UnitRecordKind raw value; a person named, or "" for the unit itself.
            .field("kind", .string, .required)
            .field("person", .string, .required)
            .field("grounds", .string, .required)
            // finding / matter / notice, and its id.
            .field("source_type", .string, .required)
            .field("source_id", .int64, .required)
            .field("recorded_on", .string, .required)
            .field("recorded_by", .string, .required)
            .field("created_at", .string, .required)
            .field("version", .int, .required)
            .field("is_demo", .bool, .required)
            .create()
        try await sql.raw("CREATE INDEX unit_records_unit ON unit_records (unit_id, kind)").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["unit_records", "notice_recipients", "notices", "notice_counters", "notice_sequence_kinds", "notice_sequences"] {
            try await database.schema(table).delete()
        }
    }
}
