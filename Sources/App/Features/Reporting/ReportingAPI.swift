import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1 for the assignment chain and reports: the same operations as the pages, by the signed-in user.
struct ReportingAPI: APIHandlers {
    let services: AppServices

    struct AssignInput: Decodable {
        var note: String?
        var includeParticipants: Bool?
        var unitIds: [Int]?
    }
    struct VersionInput: Decodable { var version: Int? }
    struct HandlerInput: Decodable {
        var version: Int?
        var handlerName: String?
        var handlerUserId: Int?
    }
    struct ReportInput: Decodable {
        var version: Int?
        var unitId: Int?
        var period: String?
        var status: String?
        var percent: Double?
        var narrative: String?
        var problems: String?
        var nextSteps: String?
        var requestedDeadline: String?
        var deadlineReason: String?
        var indicatorValues: [String: String]?
    }
    struct IndicatorInput: Decodable {
        var name: String?
        var unitOfMeasure: String?
        var baseline: String?
        var target: String?
        var version: Int?
    }
    struct ReviewInput: Decodable {
        var version: Int?
        var action: String?
        var comment: String?
    }
    struct ReportingInput: Decodable {
        var version: Int?
        var kind: String?
        var day: Int?
        var dates: [String]?
        var signDays: Int?
    }
    struct ReportDetail: Encodable {
        var report: ReportRecord
        var indicatorValues: [String: String]
        var evidence: [EvidenceRecord]
        var actions: [String]
    }
    struct InboxDTO: Encodable {
        var counts: [String: Int]
        var total: Int
        var toSign: [Inbox.Entry]
        var toReport: [Inbox.Entry]
        var toApprove: [Inbox.Entry]
        var toReview: [Inbox.Entry]
    }
    struct DigestDTO: Encodable {
        var from: String
        var to: String
        var accepted: [Digest.Line]
        var returned: [Digest.Line]
        var overdue: [Digest.Line]
        var outdated: [Digest.Line]
        var unsigned: [Digest.Line]
        var perUnit: [Digest.UnitLine]
    }
    struct ReportingDTO: Encodable {
        var planId: Int
        var kind: String
        var day: Int?
        var dates: [String]?
        var signDays: Int
        var version: Int
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/items/:id/assignments") { _, context in
            let (item, _) = try await AccessGuard(context, sql: sql).readItem(try id(context))
            return try APIResponse.json(APIModels.Page(items: try await ReportQueries.assignments(ofItem: item.id, on: sql)))
        }
        group.post("/items/:id/assignments") { request, context in
            let itemId = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            let (item, _) = try await guarded.readItem(itemId)
            try Access.requireOffice(guarded.principal, jurisdictionPath: item.jurisdictionPath, "assign")
            let input = try await decode(AssignInput.self, request, context)
            let created = try await services.assignments.assign(
                itemId: itemId, note: input.note ?? "",
                includeParticipants: input.includeParticipants ?? false, unitIds: input.unitIds, by: try context.requirePrincipal())
            return try APIResponse.json(APIModels.Page(items: created), status: .created)
        }
        group.post("/assignments/:id/sign") { request, context in
            let assignment = try await AccessGuard(context, sql: sql).actOnAssignment(try id(context))
            let aid = assignment.id
            let input = try await decode(VersionInput.self, request, context)
            return try APIResponse.json(
                try await services.assignments.sign(
                    aid, baseVersion: try version(input.version, request),
                    by: try context.requirePrincipal()))
        }
        group.post("/assignments/:id/handler") { request, context in
            let assignment = try await AccessGuard(context, sql: sql).actOnAssignment(try id(context))
            let aid = assignment.id
            let input = try await decode(HandlerInput.self, request, context)
            return try APIResponse.json(
                try await services.assignments.assignHandler(
                    aid, name: input.handlerName ?? "", userId: input.handlerUserId, baseVersion: try version(input.version, request),
                    by: try context.requirePrincipal()))
        }

        group.get("/items/:id/indicators") { _, context in
            let (item, _) = try await AccessGuard(context, sql: sql).readItem(try id(context))
            return try APIResponse.json(APIModels.Page(items: try await ReportQueries.indicators(ofItem: item.id, on: sql)))
        }
        group.post("/items/:id/indicators") { request, context in
            let itemId = try id(context)
            _ = try await AccessGuard(context, sql: sql).editIndicators(ofItem: itemId)
            let input = try await decode(IndicatorInput.self, request, context)
            let saved = try await services.indicators.add(
                itemId: itemId, name: input.name ?? "", unitOfMeasure: input.unitOfMeasure ?? "",
                baseline: input.baseline ?? "", target: input.target ?? "", by: try context.requirePrincipal())
            return try APIResponse.json(saved, status: .created)
        }
        group.patch("/indicators/:id") { request, context in
            let current = try await ReportQueries.indicator(try id(context), on: sql)
            _ = try await AccessGuard(context, sql: sql).editIndicators(ofItem: current.itemId)
            let input = try await decode(IndicatorInput.self, request, context)
            let saved = try await services.indicators.update(
                current.id, name: input.name ?? current.name, unitOfMeasure: input.unitOfMeasure ?? current.unitOfMeasure,
                baseline: input.baseline ?? current.baseline, target: input.target ?? current.target,
                baseVersion: try version(input.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(saved)
        }
        group.delete("/indicators/:id") { request, context in
            let current = try await ReportQueries.indicator(try id(context), on: sql)
            _ = try await AccessGuard(context, sql: sql).editIndicators(ofItem: current.itemId)
            // Both are read, so a malformed If-Match is a 400 even when the query carries the version.
            let header = try ifMatch(request)
            guard let v = try optionalInt(request.uri.queryParameters.get("version"), "version", min: 0) ?? header else {
                throw AppError.badRequest(parameter: "version", message: "required: the version you read (query ?version= or If-Match)")
            }
            try await services.indicators.delete(current.id, baseVersion: v, by: try context.requirePrincipal())
            return try APIResponse.json(APIModels.DeleteResult(deleted: current.id))
        }
        group.get("/items/:id/reports") { _, context in
            let guarded = try AccessGuard(context, sql: sql)
            let (item, _) = try await guarded.readItem(try id(context))
            return try APIResponse.json(APIModels.Page(items: try await guarded.readableReports(of: item)))
        }
        group.post("/items/:id/reports") { request, context in
            let itemId = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            _ = try await guarded.readItem(itemId)
            try guarded.requireFiler()
            let input = try await decode(ReportInput.self, request, context)
            let principal = guarded.principal
            guard let unitId = input.unitId ?? principal.unitId else {
                throw AppError.validation([ValidationIssue(field: "unitId", code: .required)])
            }
            let saved = try await services.reports.save(
                reportId: nil, itemId: itemId, unitId: unitId, try Self.draft(input),
                baseVersion: nil, by: principal)
            return try APIResponse.json(try await detail(saved, principal), status: .created, headers: [.location: "/api/v1/reports/\(saved.id)"])
        }
        group.get("/reports/:id") { _, context in
            let (report, _) = try await AccessGuard(context, sql: sql).readReport(try id(context))
            return try APIResponse.json(try await detail(report, context.principal))
        }
        group.patch("/reports/:id") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let (current, _) = try await guarded.readReport(try id(context))
            try Access.requireUnitMember(guarded.principal, unitId: current.unitId, "file_report")
            let input = try await decode(ReportInput.self, request, context)
            let principal = try context.requirePrincipal()
            var merged = input
            merged.period = input.period ?? current.period
            merged.status = input.status ?? current.status
            merged.percent = input.percent ?? current.percent
            merged.narrative = input.narrative ?? current.narrative
            merged.problems = input.problems ?? current.problems
            merged.nextSteps = input.nextSteps ?? current.nextSteps
            merged.requestedDeadline = input.requestedDeadline ?? current.requestedDeadline
            merged.deadlineReason = input.deadlineReason ?? current.deadlineReason
            if input.indicatorValues == nil {
                merged.indicatorValues = Dictionary(
                    uniqueKeysWithValues: try await ReportQueries.indicatorValues(ofReport: current.id, on: sql)
                        .map { (String($0.key), $0.value) })
            }
            let saved = try await services.reports.save(
                reportId: current.id, itemId: current.itemId, unitId: current.unitId, try Self.draft(merged),
                baseVersion: try version(input.version, request), by: principal)
            return try APIResponse.json(try await detail(saved, principal))
        }
        group.post("/reports/:id/review") { request, context in
            let rid = try await AccessGuard(context, sql: sql).reviewReport(try id(context)).id
            let input = try await decode(ReviewInput.self, request, context)
            guard let action = input.action.flatMap(ReportAction.init(rawValue:)) else {
                throw AppError.validation([ValidationIssue(field: "action", code: input.action == nil ? .required : .invalidChoice)])
            }
            let principal = try context.requirePrincipal()
            let saved = try await services.reports.act(
                rid, action, comment: input.comment ?? "", baseVersion: try version(input.version, request),
                by: principal)
            return try APIResponse.json(try await detail(saved, principal))
        }
        group.get("/reports/:id/evidence") { _, context in
            let (report, _) = try await AccessGuard(context, sql: sql).readReport(try id(context))
            return try APIResponse.json(APIModels.Page(items: try await ReportQueries.evidence(ofReport: report.id, on: sql)))
        }
        group.post("/reports/:id/evidence") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let (report, _) = try await guarded.readReport(try id(context))
            let (rid, principal) = (report.id, guarded.principal)
            try Access.requireUnitMember(principal, unitId: report.unitId, "file_report")
            let checked = try await evidenceFiles(request, context: context)
            let saved = try await services.reports.addEvidence(reportId: rid, files: checked, by: principal)
            return try APIResponse.json(APIModels.Page(items: saved), status: .created)
        }
        group.get("/evidence/:id") { request, context in
            let file = try await AccessGuard(context, sql: sql).readEvidence(try id(context))
            return Response(
                status: .ok,
                headers: [
                    .contentType: file.contentType, .cacheControl: "private, no-store",
                    .contentDisposition: "attachment; filename=\"evidence-\(file.id)\""
                ],
                body: try await services.evidence.body(of: file))
        }

        group.get("/inbox") { _, context in
            let inbox = try await InboxQuery.run(
                for: try context.requirePrincipal(), today: services.clock.today,
                timeZone: services.clock.timeZone, on: sql)
            return try APIResponse.json(
                InboxDTO(
                    counts: Dictionary(uniqueKeysWithValues: Inbox.Tab.allCases.map { ($0.rawValue, inbox.entries($0).count) }),
                    total: inbox.total, toSign: inbox.toSign, toReport: inbox.toReport,
                    toApprove: inbox.toApprove, toReview: inbox.toReview))
        }
        group.get("/plans/:id/reporting") { _, context in
            let plan = try await AccessGuard(context, sql: sql).readPlan(try id(context))
            return try APIResponse.json(Self.reportingDTO(try await ReportQueries.planReporting(plan.id, on: sql)))
        }
        group.put("/plans/:id/reporting") { request, context in
            let planId = try id(context)
            try await AccessGuard(context, sql: sql).editReportingSettings(planId)
            let input = try await decode(ReportingInput.self, request, context)
            let schedule: ReportingSchedule?
            do throws(ValidationIssue) {
                // Dates sent with another kind are not used, but a malformed one is still an error, not silently dropped.
                if input.kind != "quarterly", let dates = input.dates {
                    _ = try ReportingSchedule.quarterly(datesText: dates.joined(separator: ","))
                }
                switch input.kind {
                case "monthly": schedule = try ReportingSchedule.monthly(dayText: input.day.map(String.init) ?? "")
                case "quarterly": schedule = try ReportingSchedule.quarterly(datesText: (input.dates ?? []).joined(separator: ","))
                case "none": schedule = nil
                default: throw ValidationIssue(field: "kind", code: input.kind == nil ? .required : .invalidChoice)
                }
            } catch {
                throw AppError.validation([
                    error.field == "reportDay"
                        ? ValidationIssue(field: "day", code: error.code, limit: error.limit)
                        : error.field == "reportDates" ? ValidationIssue(field: "dates", code: error.code) : error
                ])
            }
            let saved = try await services.planReporting.save(
                planId: planId, schedule: schedule,
                signDays: input.signDays ?? PlanReportingRecord.defaultSignDays,
                baseVersion: try version(input.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(Self.reportingDTO(saved))
        }
        group.get("/jurisdictions/:id/digest") { _, context in
            let j = try await AccessGuard(context, sql: sql).readJurisdiction(try id(context))
            let d = try await DigestQuery.run(
                jurisdictionPath: j.path, today: services.clock.today, timeZone: services.clock.timeZone,
                commentsOfUnit: DigestPages.commentsOfUnit(try context.requirePrincipal()), on: sql)
            return try APIResponse.json(
                DigestDTO(
                    from: d.from, to: d.to, accepted: d.accepted, returned: d.returned, overdue: d.overdue,
                    outdated: d.outdated, unsigned: d.unsigned, perUnit: d.perUnit))
        }
    }

    private static func draft(_ i: ReportInput) throws -> ReportDraft {
        var values: [Int: String] = [:]
        for (key, value) in i.indicatorValues ?? [:] {
            guard let id = Int(key) else { throw AppError.validation([ValidationIssue(field: "indicatorValues", code: .invalidChoice)]) }
            values[id] = value
        }
        return ReportDraft(
            period: i.period ?? "", status: i.status ?? "", percent: i.percent.map { ItemService.Values.format($0) } ?? "",
            narrative: i.narrative ?? "", problems: i.problems ?? "", nextSteps: i.nextSteps ?? "",
            requestedDeadline: i.requestedDeadline ?? "", deadlineReason: i.deadlineReason ?? "", indicatorValues: values)
    }

    private func detail(_ r: ReportRecord, _ p: Principal?) async throws -> ReportDetail {
        let values = try await ReportQueries.indicatorValues(ofReport: r.id, on: sql)
        let item = try await ItemQueries.require(r.itemId, on: sql)
        return ReportDetail(
            report: r, indicatorValues: Dictionary(uniqueKeysWithValues: values.map { (String($0.key), $0.value) }),
            evidence: try await ReportQueries.evidence(ofReport: r.id, on: sql),
            actions: Access.reportActions(state: r.reportState, unitId: r.unitId, itemPath: item.jurisdictionPath, p)
                .map(\.rawValue))
    }

    /// The files of a multipart/form-data body under the name `evidence`, checked.
    private func evidenceFiles(_ request: Request, context: AppRequestContext) async throws -> [EvidenceStore.Checked] {
        guard let form = try await UploadedForm.of(request, context: context, limit: ReportService.maxFormBytes(services.config)) else {
            throw HTTPError(.unsupportedMediaType, message: "evidence uploads are multipart/form-data with one or more parts named evidence")
        }
        let files = form.files["evidence"] ?? []
        if files.isEmpty { throw AppError.validation([ValidationIssue(field: "evidence", code: .required)]) }
        // Read while the form, whose folder holds the files, is still here.
        return try withExtendedLifetime(form) { try files.map { try services.evidence.check(filename: $0.filename, data: try $0.data()) } }
    }

    private static func reportingDTO(_ r: PlanReportingRecord) -> ReportingDTO {
        switch r.reportingSchedule {
        case .monthly(let day)?:
            return ReportingDTO(planId: r.planId, kind: "monthly", day: day, dates: nil, signDays: r.signDays, version: r.version)
        case .quarterly(let dates)?:
            return ReportingDTO(
                planId: r.planId, kind: "quarterly", day: nil, dates: dates.map { "\($0.month)-\($0.day)" },
                signDays: r.signDays, version: r.version)
        case nil:
            return ReportingDTO(planId: r.planId, kind: "none", day: nil, dates: nil, signDays: r.signDays, version: r.version)
        }
    }
}
