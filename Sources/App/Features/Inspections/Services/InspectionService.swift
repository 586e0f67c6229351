import Foundation
import ReformCore
import SQLKit

/// Inspections and their findings: each change in one transaction with its audit entry. A problem finding is saved
/// with its rectification (整改要求), so a problem never waits without one; good practice has none.
package struct InspectionService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    /// Rows written by the demo loader are marked, as the other demo rows are.
    var isDemo = false

    /// Files per finding or rectification report, as per progress report.
    static let maxFilesPerUpload = ReportService.maxFilesPerUpload

    package func create(_ form: InspectionDraft, by principal: Principal, at: String? = nil) async throws -> InspectionRecord {
        try Access.require(Access.canCreateInspections(principal), "create_inspections")
        // An inspector who sets up an inspection is on its team.
        var draft = form
        if principal.role == .inspector, !draft.memberIds.contains(principal.userId) { draft.memberIds.append(principal.userId) }
        return try await database.transaction { [draft] sql in
            var issues = draft.validate()
            var path: String?
            if let jid = draft.jurisdictionId {
                if let j = try await JurisdictionQueries.find(jid, on: sql) {
                    try Access.require(principal.sees(jurisdictionPath: j.path), "scope")
                    path = j.path
                } else {
                    issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound))
                }
            }
            let scope = SupervisionText.trim(draft.scopeKind)
            if let path, let ref = draft.scopeRef, scope == "plan" || scope == "field" {
                var inScope = false
                if scope == "plan" {
                    if let plan = try await PlanQueries.find(ref, on: sql), let j = try await JurisdictionQueries.find(plan.jurisdictionId, on: sql) {
                        inScope = j.path.hasPrefix(path)
                    }
                } else {
                    let item = try await ItemQueries.find(ref, on: sql)
                    inScope = item.map { $0.parentId == nil && $0.jurisdictionPath.hasPrefix(path) } ?? false
                }
                if !inScope { issues.append(ValidationIssue(field: "scopeRef", code: .notFound)) }
            }
            let units = scope == "units" ? Array(Set(draft.unitIds)).sorted() : []
            let knownUnits = try await UnitQueries.byIDs(units, on: sql)
            if units.count != knownUnits.count {
                issues.append(ValidationIssue(field: "unitIds", code: .notFound))
            }
            let members = Array(Set(draft.memberIds)).sorted()
            let inspectors = try await Self.inspectorCount(members, on: sql)
            if inspectors != members.count { issues.append(ValidationIssue(field: "memberIds", code: .invalidChoice)) }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let kind = draft.parsedKind!.rawValue
            let title = SupervisionText.trim(draft.title)
            let ref: Int? = scope == "plan" || scope == "field" ? draft.scopeRef : scope == "subtree" ? draft.jurisdictionId : nil
            let id = try await sql.insertReturningID(
                """
                INSERT INTO inspections (jurisdiction_id, kind, title, scope_kind, scope_ref, starts_on, ends_on, created_by, created_at,
                  updated_at, version, is_demo)
                VALUES (\(bind: draft.jurisdictionId!), \(bind: kind), \(bind: title), \(bind: scope), \(bind: ref),
                  \(bind: draft.parsedStartsOn!.iso), \(bind: draft.parsedEndsOn!.iso), \(bind: principal.actorName), \(bind: now),
                  \(bind: now), 1, \(bind: isDemo))
                """)
            for m in members { try await sql.execute("INSERT INTO inspection_members (inspection_id, user_id) VALUES (\(bind: id), \(bind: m))") }
            for u in units { try await sql.execute("INSERT INTO inspection_units (inspection_id, unit_id) VALUES (\(bind: id), \(bind: u))") }
            try await Audit.record(
                entity: "inspection", id: id, action: "create", actor: principal.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "kind": kind, "title": title, "scopeKind": scope, "scopeRef": ref.map(String.init),
                        "startsOn": draft.parsedStartsOn!.iso, "endsOn": draft.parsedEndsOn!.iso,
                        "memberIds": members.map(String.init).joined(separator: ","), "unitIds": units.map(String.init).joined(separator: ",")
                    ]),
                scopePath: path, at: now, on: sql)
            return try await InspectionQueries.inspection(id, on: sql)
        }
    }

    private static func inspectorCount(_ ids: [Int], on sql: any SQLDatabase) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await sql.scalar(
            Int.self, column: "n", "SELECT COUNT(*) AS n FROM users WHERE id IN (\(binds: ids)) AND role = 'inspector'") ?? 0
    }

    /// Records a finding with its evidence and, for a problem, its rectification, in one transaction: the files' bytes
    /// go into the file store in the same transaction, so a failure leaves neither rows nor files.
    package func addFinding(
        inspectionId: Int, _ draft: FindingDraft, rectification: RectificationDraft?, files: [SupervisionEvidence],
        by principal: Principal, at: String? = nil
    ) async throws -> FindingRecord {
        try await database.transaction { sql in
            let inspection = try await InspectionQueries.inspection(inspectionId, on: sql)
            let member = try await InspectionQueries.isMember(inspectionId, userId: principal.userId, on: sql)
            let actors = Access.supervisionActors(principal, inspectionPath: inspection.jurisdictionPath, isMember: member, leadUnitId: nil)
            try Access.require(actors.contains(.office) || actors.contains(.inspector), "record_findings")
            let today = at.flatMap(clock.localDate(ofTimestamp:)) ?? clock.today
            var issues = draft.validate()
            if let unitId = draft.unitId, try await UnitQueries.find(unitId, on: sql) == nil {
                issues.append(ValidationIssue(field: "unitId", code: .notFound))
            }
            let itemIds = Array(Set(draft.itemIds)).sorted()
            if !itemIds.isEmpty {
                let found =
                    try await sql.scalar(
                        Int.self, column: "n",
                        """
                        SELECT COUNT(*) AS n FROM plan_items WHERE id IN (\(binds: itemIds))
                          AND \(PathRange.condition(column: "jurisdiction_path", prefix: inspection.jurisdictionPath))
                        """) ?? 0
                if found != itemIds.count { issues.append(ValidationIssue(field: "itemIds", code: .notFound)) }
            }
            if files.count > Self.maxFilesPerUpload {
                issues.append(ValidationIssue(field: "evidence", code: .outOfRange, limit: Self.maxFilesPerUpload))
            }
            let nature = draft.parsedNature
            if nature == .problem {
                let r = rectification ?? RectificationDraft(leadUnitId: draft.unitId, deadline: "", measures: "", evidenceRequired: "")
                issues += r.validate(finding: .problem, today: today)
                if let lead = r.leadUnitId, try await UnitQueries.find(lead, on: sql) == nil {
                    issues.append(ValidationIssue(field: "leadUnitId", code: .notFound))
                }
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let category = nature == .problem ? draft.parsedCategory?.rawValue : nil
            let severity = nature == .problem ? draft.parsedSeverity?.rawValue : nil
            let description = SupervisionText.trim(draft.description)
            let id = try await sql.insertReturningID(
                """
                INSERT INTO findings (inspection_id, unit_id, nature, category, severity, description, created_by, created_at, updated_at,
                  version, is_demo)
                VALUES (\(bind: inspectionId), \(bind: draft.unitId!), \(bind: nature!.rawValue), \(bind: category), \(bind: severity),
                  \(bind: description), \(bind: principal.actorName), \(bind: now), \(bind: now), 1, \(bind: isDemo))
                """)
            for item in itemIds { try await sql.execute("INSERT INTO finding_items (finding_id, item_id) VALUES (\(bind: id), \(bind: item))") }
            for upload in files {
                let file = upload.checked
                let key = try await EvidenceStore.store(file, at: now, on: sql)
                try await sql.execute(
                    """
                    INSERT INTO finding_evidence (finding_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at)
                    VALUES (\(bind: id), \(bind: file.originalName), \(bind: file.contentType), \(bind: file.data.count), \(bind: file.sha256),
                      \(bind: key), \(bind: principal.actorName), \(bind: now))
                    """)
            }
            try await Audit.record(
                entity: "finding", id: id, action: "create", actor: principal.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "nature": nature!.rawValue, "unitId": String(draft.unitId!), "category": category, "severity": severity,
                        "description": description, "itemIds": itemIds.map(String.init).joined(separator: ","),
                        "evidence": files.map(\.originalName).joined(separator: "、")
                    ]),
                scopePath: inspection.jurisdictionPath, at: now, on: sql)
            if nature == .problem, let r = rectification {
                let actor: SupervisionActor = actors.contains(.inspector) ? .inspector : .office
                try await RectificationService.open(
                    findingId: id, inspection: inspection, r, actor: actor, by: principal, isDemo: isDemo, at: now, on: sql)
            }
            return try await InspectionQueries.finding(id, on: sql)
        }
    }
}

/// Form values as stored: without surrounding blanks (ReformCore's own reading is internal to it).
enum SupervisionText {
    static func trim(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
}
