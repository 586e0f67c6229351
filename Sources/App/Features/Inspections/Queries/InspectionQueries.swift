import ReformCore
import SQLKit

/// The SQL of inspections, findings and rectifications, in one place; Sendable records out.
enum InspectionQueries {
    static let inspectionColumns: SQLQueryString = """
        i.id, i.jurisdiction_id, j.path AS jurisdiction_path, j.name AS jurisdiction_name, i.kind, i.title, i.scope_kind, i.scope_ref,
        i.starts_on, i.ends_on, i.created_by, i.created_at, i.updated_at, i.version, i.is_demo
        """

    static func inspection(_ id: Int, on db: any SQLDatabase) async throws -> InspectionRecord {
        guard
            let i = try await db.first(
                InspectionRecord.self,
                "SELECT \(inspectionColumns) FROM inspections i JOIN jurisdictions j ON j.id = i.jurisdiction_id WHERE i.id = \(bind: id)")
        else { throw AppError.notFound(entity: "inspection", id: String(id)) }
        return i
    }

    /// The inspections a user reads: those of their subtree (all for an admin) and those whose team they are on, newest first.
    static func inspections(for p: Principal, on db: any SQLDatabase) async throws -> [InspectionRecord] {
        let scope: SQLQueryString =
            p.isNationwide
            ? "1 = 1"
            : "(\(PathRange.condition(column: "j.path", prefix: p.jurisdictionPath)) OR i.id IN (SELECT inspection_id FROM inspection_members WHERE user_id = \(bind: p.userId)))"
        return try await db.all(
            InspectionRecord.self,
            """
            SELECT \(inspectionColumns) FROM inspections i JOIN jurisdictions j ON j.id = i.jurisdiction_id
            WHERE \(scope) ORDER BY i.starts_on DESC, i.id DESC
            """)
    }

    struct Member: Codable, Sendable, Equatable {
        var userId: Int
        var username: String
        var displayName: String
    }

    static func members(of inspectionId: Int, on db: any SQLDatabase) async throws -> [Member] {
        try await db.all(
            Member.self,
            """
            SELECT u.id AS user_id, u.username, u.display_name FROM inspection_members m JOIN users u ON u.id = m.user_id
            WHERE m.inspection_id = \(bind: inspectionId) ORDER BY u.id
            """)
    }

    static func isMember(_ inspectionId: Int, userId: Int, on db: any SQLDatabase) async throws -> Bool {
        try await db.scalar(
            Int.self, column: "n",
            "SELECT COUNT(*) AS n FROM inspection_members WHERE inspection_id = \(bind: inspectionId) AND user_id = \(bind: userId)") ?? 0 > 0
    }

    /// Inspector accounts a team may take for an inspection in `path`: those bound at or above it (they see it) or below it.
    static func inspectors(near path: String, on db: any SQLDatabase) async throws -> [Member] {
        let ancestors = PathRange.ids(in: path)
        return try await db.all(
            Member.self,
            """
            SELECT u.id AS user_id, u.username, u.display_name FROM users u JOIN jurisdictions j ON j.id = u.jurisdiction_id
            WHERE u.role = 'inspector' AND u.active = \(bind: true)
              AND (j.id IN (\(binds: ancestors)) OR \(PathRange.condition(column: "j.path", prefix: path)))
            ORDER BY u.id
            """)
    }

    static func units(of inspectionId: Int, on db: any SQLDatabase) async throws -> [UnitRecord] {
        try await db.all(
            UnitRecord.self,
            """
            SELECT u.id, u.jurisdiction_id, u.name, u.short_names, u.version, u.created_at, u.updated_at
            FROM inspection_units x JOIN units u ON u.id = x.unit_id WHERE x.inspection_id = \(bind: inspectionId) ORDER BY u.id
            """)
    }

    // MARK: Findings

    static let findingColumns: SQLQueryString = """
        f.id, f.inspection_id, f.unit_id, u.name AS unit_name, f.nature, f.category, f.severity, f.description, f.created_by,
        f.created_at, f.version, r.id AS rectification_id
        """
    static let findingFrom: SQLQueryString = "findings f JOIN units u ON u.id = f.unit_id LEFT JOIN rectifications r ON r.finding_id = f.id"

    static func finding(_ id: Int, on db: any SQLDatabase) async throws -> FindingRecord {
        guard let f = try await db.first(FindingRecord.self, "SELECT \(findingColumns) FROM \(findingFrom) WHERE f.id = \(bind: id)") else {
            throw AppError.notFound(entity: "finding", id: String(id))
        }
        return f
    }

    static func findings(ofInspection id: Int, on db: any SQLDatabase) async throws -> [FindingRecord] {
        try await db.all(FindingRecord.self, "SELECT \(findingColumns) FROM \(findingFrom) WHERE f.inspection_id = \(bind: id) ORDER BY f.id")
    }

    /// Good practice found in the user's view (先进典型), newest first: the list an office draws a commendation (通报表扬) from.
    static func goodPractice(for p: Principal, on db: any SQLDatabase) async throws -> [FindingRecord] {
        let scope: SQLQueryString =
            p.isNationwide ? "1 = 1" : PathRange.condition(column: "j.path", prefix: p.jurisdictionPath)
        return try await db.all(
            FindingRecord.self,
            """
            SELECT \(findingColumns) FROM \(findingFrom) JOIN inspections i ON i.id = f.inspection_id JOIN jurisdictions j ON j.id = i.jurisdiction_id
            WHERE f.nature = \(bind: FindingNature.goodPractice.rawValue) AND \(scope) ORDER BY f.id DESC
            """)
    }

    struct FindingItem: Codable, Sendable, Equatable {
        var id: Int
        var number: String
        var title: String
    }

    static func items(ofFinding id: Int, on db: any SQLDatabase) async throws -> [FindingItem] {
        try await db.all(
            FindingItem.self,
            """
            SELECT p.id, p.number, p.title FROM finding_items x JOIN plan_items p ON p.id = x.item_id
            WHERE x.finding_id = \(bind: id) ORDER BY p.sort_key
            """)
    }

    static func findingEvidence(ofFinding id: Int, on db: any SQLDatabase) async throws -> [SupervisionEvidenceRecord] {
        try await db.all(
            SupervisionEvidenceRecord.self,
            """
            SELECT id, finding_id AS owner_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at
            FROM finding_evidence WHERE finding_id = \(bind: id) ORDER BY id
            """)
    }

    static func findingEvidenceFile(_ id: Int, on db: any SQLDatabase) async throws -> SupervisionEvidenceRecord {
        guard
            let e = try await db.first(
                SupervisionEvidenceRecord.self,
                """
                SELECT id, finding_id AS owner_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at
                FROM finding_evidence WHERE id = \(bind: id)
                """)
        else { throw AppError.notFound(entity: "evidence", id: String(id)) }
        return e
    }

    // MARK: Rectifications

    static let rectificationColumns: SQLQueryString = """
        r.id, r.finding_id, r.inspection_id, r.jurisdiction_path, r.lead_unit_id, u.name AS lead_unit_name, r.original_deadline,
        r.deadline, r.warn_from, r.measures, r.evidence_required, r.state, r.return_count, r.closed_on, r.created_by, r.created_at,
        r.updated_at, r.version, f.unit_id AS finding_unit_id, f.category, f.severity, f.description, i.title AS inspection_title
        """
    static let rectificationFrom: SQLQueryString = """
        rectifications r JOIN units u ON u.id = r.lead_unit_id JOIN findings f ON f.id = r.finding_id
        JOIN inspections i ON i.id = r.inspection_id
        """

    static func rectification(_ id: Int, on db: any SQLDatabase) async throws -> RectificationRecord {
        guard
            let r = try await db.first(
                RectificationRecord.self, "SELECT \(rectificationColumns) FROM \(rectificationFrom) WHERE r.id = \(bind: id)")
        else { throw AppError.notFound(entity: "rectification", id: String(id)) }
        return r
    }

    static func steps(of rectificationId: Int, on db: any SQLDatabase) async throws -> [RectificationStepRecord] {
        try await db.all(
            RectificationStepRecord.self,
            """
            SELECT id, rectification_id, action, actor, from_state, to_state, user_id, actor_name, at, comment
            FROM rectification_steps WHERE rectification_id = \(bind: rectificationId) ORDER BY id
            """)
    }

    static func reports(of rectificationId: Int, on db: any SQLDatabase) async throws -> [RectificationReportRecord] {
        try await db.all(
            RectificationReportRecord.self,
            """
            SELECT id, rectification_id, is_final, narrative, percent, filed_by, filed_at
            FROM rectification_reports WHERE rectification_id = \(bind: rectificationId) ORDER BY id
            """)
    }

    static func reportEvidence(ofRectification id: Int, on db: any SQLDatabase) async throws -> [SupervisionEvidenceRecord] {
        try await db.all(
            SupervisionEvidenceRecord.self,
            """
            SELECT e.id, e.report_id AS owner_id, e.original_name, e.content_type, e.size, e.sha256, e.storage_key, e.uploaded_by, e.uploaded_at
            FROM rectification_evidence e JOIN rectification_reports p ON p.id = e.report_id
            WHERE p.rectification_id = \(bind: id) ORDER BY e.id
            """)
    }

    /// A report's evidence file with the rectification it belongs to.
    static func reportEvidenceFile(_ id: Int, on db: any SQLDatabase) async throws -> (file: SupervisionEvidenceRecord, rectificationId: Int) {
        struct Row: Codable {
            var id: Int
            var ownerId: Int
            var originalName: String
            var contentType: String
            var size: Int
            var sha256: String
            var storageKey: String
            var uploadedBy: String
            var uploadedAt: String
            var rectificationId: Int
        }
        guard
            let r = try await db.first(
                Row.self,
                """
                SELECT e.id, e.report_id AS owner_id, e.original_name, e.content_type, e.size, e.sha256, e.storage_key, e.uploaded_by,
                  e.uploaded_at, p.rectification_id
                FROM rectification_evidence e JOIN rectification_reports p ON p.id = e.report_id WHERE e.id = \(bind: id)
                """)
        else { throw AppError.notFound(entity: "evidence", id: String(id)) }
        return (
            SupervisionEvidenceRecord(
                id: r.id, ownerId: r.ownerId, originalName: r.originalName, contentType: r.contentType, size: r.size, sha256: r.sha256,
                storageKey: r.storageKey, uploadedBy: r.uploadedBy, uploadedAt: r.uploadedAt), r.rectificationId
        )
    }
}

extension InspectionQueries {
    /// Units a finding may name: those of the inspection's jurisdiction, its ancestors and its subtree (a list scope: the list).
    static func findingUnits(for inspection: InspectionRecord, on db: any SQLDatabase) async throws -> [UnitRecord] {
        if inspection.scopeKind == InspectionScope.units.rawValue { return try await units(of: inspection.id, on: db) }
        return try await db.all(
            UnitRecord.self,
            """
            SELECT u.id, u.jurisdiction_id, u.name, u.short_names, u.version, u.created_at, u.updated_at
            FROM units u JOIN jurisdictions j ON j.id = u.jurisdiction_id
            WHERE j.id IN (\(binds: PathRange.ids(in: inspection.jurisdictionPath))) OR \(PathRange.condition(column: "j.path", prefix: inspection.jurisdictionPath))
            ORDER BY j.depth DESC, u.id LIMIT 500
            """)
    }

    /// Tasks a finding may name: those of the inspection's scope, in the plans' order (at most 300 on the form).
    static func scopeItems(for inspection: InspectionRecord, limit: Int = 300, on db: any SQLDatabase) async throws -> [FindingItem] {
        let condition: SQLQueryString
        switch InspectionScope(rawValue: inspection.scopeKind) {
        case .plan: condition = "plan_id = \(bind: inspection.scopeRef ?? 0)"
        case .field: condition = "(id = \(bind: inspection.scopeRef ?? 0) OR field_id = \(bind: inspection.scopeRef ?? 0))"
        case .units:
            condition = """
                \(PathRange.condition(column: "jurisdiction_path", prefix: inspection.jurisdictionPath))
                AND lead_unit_id IN (SELECT unit_id FROM inspection_units WHERE inspection_id = \(bind: inspection.id))
                """
        case .subtree, nil: condition = PathRange.condition(column: "jurisdiction_path", prefix: inspection.jurisdictionPath)
        }
        return try await db.all(
            FindingItem.self,
            "SELECT id, number, title FROM plan_items WHERE \(condition) ORDER BY plan_id, sort_key LIMIT \(unsafeRaw: String(limit))")
    }

    /// What a scope names, for the inspection's page: the plan's or field's title.
    static func scopeTitle(_ inspection: InspectionRecord, on db: any SQLDatabase) async throws -> String? {
        guard let ref = inspection.scopeRef else { return nil }
        switch InspectionScope(rawValue: inspection.scopeKind) {
        case .plan: return try await PlanQueries.find(ref, on: db)?.title
        case .field: return try await ItemQueries.find(ref, on: db).map { $0.number + $0.title }
        case .subtree: return inspection.jurisdictionName
        case .units, nil: return nil
        }
    }
}
