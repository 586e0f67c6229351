import ReformCore
import SQLKit

/// Notices, their recipients and the numbering sequences, as Sendable records.
enum NoticeQueries {
    static let columns: SQLQueryString = """
        n.id, n.jurisdiction_id, n.jurisdiction_path, n.kind, n.state, n.sequence_id, n.year, n.number, n.document_number,
        n.source_type, n.source_id, n.title, n.body, n.issuer, n.signature, n.issued_on, n.issued_by, n.created_by, n.created_at,
        n.updated_at, n.version, n.is_demo
        """

    static func require(_ id: Int, on db: any SQLDatabase) async throws -> NoticeRecord {
        guard let n = try await db.first(NoticeRecord.self, "SELECT \(columns) FROM notices n WHERE n.id = \(bind: id)") else {
            throw AppError.notFound(entity: "notice", id: String(id))
        }
        return n
    }

    static func recipients(of noticeId: Int, on db: any SQLDatabase) async throws -> [NoticeRecipientRecord] {
        try await recipients(of: [noticeId], on: db)
    }

    static func recipients(of noticeIds: [Int], on db: any SQLDatabase) async throws -> [NoticeRecipientRecord] {
        guard !noticeIds.isEmpty else { return [] }
        return try await db.all(
            NoticeRecipientRecord.self,
            """
            SELECT r.notice_id, r.unit_id, u.name, u.short_names, r.signed_at, r.signed_by
            FROM notice_recipients r JOIN units u ON u.id = r.unit_id
            WHERE r.notice_id IN (\(binds: noticeIds)) ORDER BY r.notice_id, u.name
            """)
    }

    /// The notices `p` reads, newest first: an office (or admin, inspector, viewer) those of its subtree — drafts only
    /// for an office or admin; a unit the issued notices addressed to it.
    static func list(for p: Principal, limit: Int = 500, on db: any SQLDatabase) async throws -> [NoticeRecord] {
        try await db.all(
            NoticeRecord.self,
            "SELECT \(columns) FROM notices n WHERE \(scope(p)) ORDER BY COALESCE(n.issued_on, n.created_at) DESC, n.id DESC LIMIT \(bind: limit)")
    }

    /// Issued notices that wait for a receipt (签收回执) from at least one recipient, in `p`'s view, oldest first.
    static func unsigned(for p: Principal, limit: Int = 500, on db: any SQLDatabase) async throws -> [NoticeRecord] {
        let unitCondition: SQLQueryString = p.role.isUnitRole ? "AND r.unit_id = \(bind: p.unitId ?? 0)" : ""
        return try await db.all(
            NoticeRecord.self,
            """
            SELECT \(columns) FROM notices n WHERE \(scope(p)) AND n.state = 'issued' AND n.kind <> 'commendation'
              AND EXISTS (SELECT 1 FROM notice_recipients r WHERE r.notice_id = n.id AND r.signed_at IS NULL \(unitCondition))
            ORDER BY n.issued_on, n.id LIMIT \(bind: limit)
            """)
    }

    /// How many notices wait for `unit`'s receipt: the inbox count of its liaison and head.
    static func unsignedCount(unit: Int) -> SQLQueryString {
        """
        SELECT COUNT(*) AS n FROM notice_recipients r JOIN notices n ON n.id = r.notice_id
        WHERE r.unit_id = \(bind: unit) AND r.signed_at IS NULL AND n.state = 'issued' AND n.kind <> 'commendation'
        """
    }

    static func scope(_ p: Principal) -> SQLQueryString {
        if p.role.isUnitRole {
            return """
                n.state = 'issued' AND EXISTS (SELECT 1 FROM notice_recipients s WHERE s.notice_id = n.id AND s.unit_id = \(bind: p.unitId ?? 0))
                """
        }
        let drafts: SQLQueryString = Access.canIssueNotices(p) ? "" : " AND n.state = 'issued'"
        if p.isNationwide { return "1 = 1" + drafts }
        return PathRange.condition(column: "n.jurisdiction_path", prefix: p.jurisdictionPath) + drafts
    }

    /// The notices made from one source.
    static func ofSource(_ source: NoticeSource, on db: any SQLDatabase) async throws -> [NoticeRecord] {
        try await db.all(
            NoticeRecord.self,
            "SELECT \(columns) FROM notices n WHERE n.source_type = \(bind: source.type.rawValue) AND n.source_id = \(bind: source.id) ORDER BY n.id")
    }

    // MARK: Sequences

    static let sequenceColumns: SQLQueryString = """
        s.id, s.jurisdiction_id, j.path AS jurisdiction_path, j.name AS jurisdiction_name, s.name, s.prefix, s.suffix, s.version, s.is_demo
        """

    /// The sequences of `p`'s subtree (every one for an admin), with their kinds.
    static func sequences(within scope: String?, on db: any SQLDatabase) async throws -> [NoticeSequenceRecord] {
        let condition: SQLQueryString = scope.map { PathRange.condition(column: "j.path", prefix: $0) } ?? "1 = 1"
        var rows = try await db.all(
            NoticeSequenceRecord.self,
            "SELECT \(sequenceColumns) FROM notice_sequences s JOIN jurisdictions j ON j.id = s.jurisdiction_id WHERE \(condition) ORDER BY j.path, s.id"
        )
        return try await withKinds(&rows, on: db)
    }

    static func sequence(_ id: Int, on db: any SQLDatabase) async throws -> NoticeSequenceRecord {
        var rows = try await db.all(
            NoticeSequenceRecord.self,
            "SELECT \(sequenceColumns) FROM notice_sequences s JOIN jurisdictions j ON j.id = s.jurisdiction_id WHERE s.id = \(bind: id)")
        guard !rows.isEmpty else { throw AppError.notFound(entity: "notice_sequence", id: String(id)) }
        return try await withKinds(&rows, on: db)[0]
    }

    /// The sequence that numbers `kind` for a notice of the jurisdiction at `path`: the one configured there, else the
    /// nearest one up the tree.
    static func sequence(for kind: NoticeKind, path: String, on db: any SQLDatabase) async throws -> NoticeSequenceRecord? {
        let ids = PathRange.ids(in: path)
        guard !ids.isEmpty else { return nil }
        let rows = try await db.all(
            NoticeSequenceRecord.self,
            """
            SELECT \(sequenceColumns) FROM notice_sequences s JOIN jurisdictions j ON j.id = s.jurisdiction_id
              JOIN notice_sequence_kinds k ON k.sequence_id = s.id
            WHERE k.kind = \(bind: kind.rawValue) AND s.jurisdiction_id IN (\(binds: ids))
            """)
        return rows.max { $0.jurisdictionPath.count < $1.jurisdictionPath.count }
    }

    /// The kinds already numbered in a jurisdiction (each kind by one sequence there).
    static func mappedKinds(jurisdictionId: Int, on db: any SQLDatabase) async throws -> Set<String> {
        struct Row: Decodable { var kind: String }
        return Set(
            try await db.all(Row.self, "SELECT kind FROM notice_sequence_kinds WHERE jurisdiction_id = \(bind: jurisdictionId)").map(\.kind))
    }

    /// The numbers a sequence issued in a year, in order: what `NoticeNumbering.isConsecutive` checks.
    static func numbers(sequence: Int, year: Int, on db: any SQLDatabase) async throws -> [Int] {
        struct Row: Decodable { var number: Int }
        return try await db.all(
            Row.self, "SELECT number FROM notices WHERE sequence_id = \(bind: sequence) AND year = \(bind: year) ORDER BY number"
        ).map(\.number)
    }

    private static func withKinds(_ rows: inout [NoticeSequenceRecord], on db: any SQLDatabase) async throws -> [NoticeSequenceRecord] {
        guard !rows.isEmpty else { return rows }
        struct Row: Decodable {
            var sequenceId: Int
            var kind: String
        }
        let kinds = try await db.all(
            Row.self, "SELECT sequence_id, kind FROM notice_sequence_kinds WHERE sequence_id IN (\(binds: rows.map(\.id)))")
        let byId = Dictionary(grouping: kinds, by: \.sequenceId)
        for index in rows.indices {
            let mine = Set((byId[rows[index].id] ?? []).map(\.kind))
            rows[index].kinds = NoticeKind.allCases.map(\.rawValue).filter(mine.contains)
        }
        return rows
    }
}
