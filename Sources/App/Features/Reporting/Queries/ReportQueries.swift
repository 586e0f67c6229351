import SQLKit

/// Reads of the reporting loop: assignments, reports, indicators, evidence and plan settings.
enum ReportQueries {
    static let assignmentColumns: SQLQueryString = """
        id, item_id, unit_id, unit_role, assigned_by, assigned_at, note, signed_by, signed_at, handler_name, handler_user_id,
        handler_assigned_by, assigned_to_handler_at, first_report_due, next_report_due, version
        """
    static let reportColumns: SQLQueryString = """
        id, item_id, unit_id, period, due_date, state, status, percent, narrative, problems, next_steps, requested_deadline,
        deadline_reason, created_by, created_at, first_submitted_at, submitted_by, submitted_at, approved_by, approved_at,
        reviewed_by, reviewed_at, review_comment, is_demo, version, updated_at
        """

    static func planReporting(_ planId: Int, on db: any SQLDatabase) async throws -> PlanReportingRecord {
        try await db.first(
            PlanReportingRecord.self,
            "SELECT plan_id, schedule, sign_days, version FROM plan_reporting WHERE plan_id = \(bind: planId)")
            ?? .none(planId: planId)
    }

    static func assignment(_ id: Int, on db: any SQLDatabase) async throws -> AssignmentRecord {
        guard let a = try await db.first(AssignmentRecord.self, "SELECT \(assignmentColumns) FROM assignments WHERE id = \(bind: id)") else {
            throw AppError.notFound(entity: "assignment", id: String(id))
        }
        return a
    }

    static func assignments(ofItem itemId: Int, on db: any SQLDatabase) async throws -> [AssignmentRecord] {
        try await db.all(
            AssignmentRecord.self,
            """
            SELECT \(assignmentColumns) FROM assignments WHERE item_id = \(bind: itemId)
            ORDER BY CASE unit_role WHEN 'lead' THEN 0 ELSE 1 END, id
            """)
    }

    static func assignment(itemId: Int, unitId: Int, on db: any SQLDatabase) async throws -> AssignmentRecord? {
        try await db.first(
            AssignmentRecord.self,
            "SELECT \(assignmentColumns) FROM assignments WHERE item_id = \(bind: itemId) AND unit_id = \(bind: unitId)")
    }

    static func report(_ id: Int, on db: any SQLDatabase) async throws -> ReportRecord {
        guard let r = try await db.first(ReportRecord.self, "SELECT \(reportColumns) FROM progress_reports WHERE id = \(bind: id)") else {
            throw AppError.notFound(entity: "report", id: String(id))
        }
        return r
    }

    static func reports(ofItem itemId: Int, on db: any SQLDatabase) async throws -> [ReportRecord] {
        try await db.all(
            ReportRecord.self,
            "SELECT \(reportColumns) FROM progress_reports WHERE item_id = \(bind: itemId) ORDER BY period DESC, unit_id")
    }

    static func indicators(ofItem itemId: Int, on db: any SQLDatabase) async throws -> [IndicatorRecord] {
        try await db.all(
            IndicatorRecord.self,
            """
            SELECT id, item_id, name, unit_of_measure, baseline, target, position, version FROM item_indicators
            WHERE item_id = \(bind: itemId) ORDER BY position, id
            """)
    }

    static func indicator(_ id: Int, on db: any SQLDatabase) async throws -> IndicatorRecord {
        guard
            let row = try await db.first(
                IndicatorRecord.self,
                """
                SELECT id, item_id, name, unit_of_measure, baseline, target, position, version FROM item_indicators WHERE id = \(bind: id)
                """)
        else { throw AppError.notFound(entity: "indicator", id: String(id)) }
        return row
    }

    private struct ValueRow: Decodable {
        var indicatorId: Int
        var actual: String
    }

    static func indicatorValues(ofReport reportId: Int, on db: any SQLDatabase) async throws -> [Int: String] {
        let rows = try await db.all(
            ValueRow.self,
            "SELECT indicator_id, actual FROM report_indicator_values WHERE report_id = \(bind: reportId)")
        return Dictionary(rows.map { ($0.indicatorId, $0.actual) }, uniquingKeysWith: { a, _ in a })
    }

    static let evidenceColumns: SQLQueryString = "id, report_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at"

    static func evidence(ofReport reportId: Int, on db: any SQLDatabase) async throws -> [EvidenceRecord] {
        try await db.all(EvidenceRecord.self, "SELECT \(evidenceColumns) FROM evidence_files WHERE report_id = \(bind: reportId) ORDER BY id")
    }

    static func evidenceFile(_ id: Int, on db: any SQLDatabase) async throws -> EvidenceRecord {
        guard let e = try await db.first(EvidenceRecord.self, "SELECT \(evidenceColumns) FROM evidence_files WHERE id = \(bind: id)") else {
            throw AppError.notFound(entity: "evidence", id: String(id))
        }
        return e
    }
}
