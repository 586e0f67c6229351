import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// A unit's records page (/units/{id}/records): its commendations, accountability and fault tolerance, with the form
/// the office records a new one on.
struct UnitRecordPages: PageHandlers {
    let services: AppServices

    func records(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await page(try context.parameters.require("id", as: Int.self), request: request, context: context)
    }

    /// POST /units/{id}/records: kind, person, grounds, sourceType, sourceId.
    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        _ = try await guarded.readUnit(id)
        try Access.require(Access.canIssueNotices(principal), "record_unit")
        let f = try await request.formData()
        let typed = UnitRecordForm(
            kind: f.string("kind"), person: f.string("person"), grounds: f.string("grounds"), sourceType: f.string("sourceType"),
            sourceId: f.string("sourceId"))
        let sourceId = Int(typed.sourceId.trimmingCharacters(in: .whitespaces))
        if !typed.sourceId.trimmingCharacters(in: .whitespaces).isEmpty, sourceId == nil {
            return try await page(
                id, request: request, context: context, status: .unprocessableContent,
                issues: [ValidationIssue(field: "sourceId", code: .invalidNumber)], typed: typed)
        }
        do {
            _ = try await services.unitRecords.record(
                unitId: id, kind: typed.kind, person: typed.person, grounds: typed.grounds, sourceType: typed.sourceType, sourceId: sourceId,
                by: principal)
            return Response(status: .seeOther, headers: [.location: "/units/\(id)/records"])
        } catch AppError.validation(let issues) {
            return try await page(id, request: request, context: context, status: .unprocessableContent, issues: issues, typed: typed)
        }
    }

    struct UnitRecordForm {
        var kind = UnitRecordKind.commendation.rawValue
        var person = ""
        var grounds = ""
        var sourceType = UnitRecordSource.SourceType.finding.rawValue
        var sourceId = ""
    }

    private func page(
        _ id: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        typed: UnitRecordForm = UnitRecordForm()
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let unit = try await guarded.readUnit(id)
        let records = try await UnitRecordQueries.records(ofUnit: id, on: sql)
        let counts = Dictionary(grouping: records, by: \.kind).mapValues(\.count)
        func messages(_ field: String) -> String {
            issues.filter { $0.field == field }.map { L10n.issue($0, l, scope: "unitRecord") }.joined(separator: "；")
        }
        let view = UnitRecordsView(
            unitId: unit.id, unitName: unit.name,
            summary: UnitRecordKind.allCases.map { .init(label: L10n.t("unitRecord." + $0.rawValue, l), count: counts[$0.rawValue] ?? 0) },
            rows: records.map { r in
                .init(
                    kind: L10n.t("unitRecord." + r.kind, l), kindKey: r.kind, person: r.person, grounds: r.grounds,
                    source: L10n.t("unitRecord.source." + r.sourceType, l) + " #\(r.sourceId)", sourceLink: r.source?.link ?? "",
                    recordedOn: L10n.date(r.recordedOn, l), recordedBy: r.recordedBy, isDemo: r.isDemo)
            },
            hasRows: !records.isEmpty, canRecord: Access.canIssueNotices(guarded.principal),
            kinds: UnitRecordKind.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("unitRecord." + $0.rawValue, l), selected: $0.rawValue == typed.kind)
            },
            sourceTypes: UnitRecordSource.SourceType.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("unitRecord.source." + $0.rawValue, l), selected: $0.rawValue == typed.sourceType)
            },
            person: typed.person, grounds: typed.grounds, sourceId: typed.sourceId,
            issues: issues.map { L10n.issue($0, l, scope: "unitRecord") }, hasIssues: !issues.isEmpty,
            groundsError: messages("grounds"), hasGroundsError: !messages("grounds").isEmpty,
            sourceError: messages("source") + messages("sourceId") + messages("sourceType"),
            hasSourceError: issues.contains { ["source", "sourceId", "sourceType"].contains($0.field) })
        return renderer.page(
            "unitrecords/records", title: L10n.fill("unitRecord.title", l, unit.name), view: view, context: context, request: request,
            status: status, isDemo: records.contains { $0.isDemo }, active: "units")
    }
}

/// A unit's records page (`unitrecords/records`).
struct UnitRecordsView {
    struct Count {
        var label: String
        var count: Int
    }
    struct Row {
        var kind: String
        var kindKey: String
        var person: String
        var grounds: String
        var source: String
        var sourceLink: String
        var recordedOn: String
        var recordedBy: String
        var isDemo: Bool
    }
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    var unitId: Int
    var unitName: String
    var summary: [Count]
    var rows: [Row]
    var hasRows: Bool
    var canRecord: Bool
    var kinds: [Option]
    var sourceTypes: [Option]
    var person: String
    var grounds: String
    var sourceId: String
    var issues: [String]
    var hasIssues: Bool
    var groundsError: String
    var hasGroundsError: Bool
    var sourceError: String
    var hasSourceError: Bool
}
