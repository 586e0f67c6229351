import Foundation
import Hummingbird
import ReformCore

/// The report for the commission as a page (printed on A4 portrait) and as a .docx.
struct CommissionReportView: Sendable {
    struct Plan: Sendable {
        var id: Int
        var title: String
        var measures: Int
        var counts: [String]
        var lights: [String]
        var done: Int
        var approvals: [MeetingOption]
        var hasApprovals: Bool
    }
    struct Overdue: Sendable {
        var unit: String
        var count: Int
        var items: [MeetingOption]
    }
    struct Matter: Sendable {
        var id: Int
        var subject: String
        var unit: String
        var state: String
        var deadline: String
    }
    var title: String
    var overview: String
    var statusHeads: [String]
    var lightHeads: [String]
    var plans: [Plan]
    var hasPlans: Bool
    var overdue: [Overdue]
    var hasOverdue: Bool
    var matters: [Matter]
    var hasMatters: Bool
    var jurisdictions: [MeetingOption]
    var years: [MeetingOption]
    var quarters: [MeetingOption]
    var docxURL: String
}

extension MeetingPages {
    func report(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let r = try await CommissionReport.load(request, context, services: services)
        let t = r.totals
        let jurisdictions = try await JurisdictionQueries.all(within: Access.meetingScope(p), on: sql).prefix(500)
        let thisYear = services.clock.today.year
        let view = CommissionReportView(
            title: r.title(l),
            overview: L10n.fill(
                "meeting.report.overview", l, String(r.plans.count), String(t.measures), String(t.done), String(t.red), String(r.matters.count),
                L10n.date(r.asOf, l)),
            statusHeads: CommissionReport.statuses.map { L10n.status($0.rawValue, l) },
            lightHeads: CommissionReport.lights.map { $0 == .none ? L10n.t("meeting.report.noLight", l) : L10n.light($0, l) },
            plans: r.plans.map { s in
                .init(
                    id: s.plan.id, title: s.plan.title, measures: s.measures, counts: CommissionReport.statuses.map { String(s.byStatus[$0] ?? 0) },
                    lights: CommissionReport.lights.map { String(s.byLight[$0] ?? 0) }, done: s.doneInPeriod,
                    approvals: s.approvedAt.map { a in
                        .init(
                            value: String(a.meetingId),
                            label: a.bodyName + Self.number(a.ordinal, l) + " · " + L10n.t("reviewOutcome." + a.outcome, l), selected: false)
                    },
                    hasApprovals: !s.approvedAt.isEmpty)
            },
            hasPlans: !r.plans.isEmpty,
            overdue: r.overdue.map { o in
                .init(
                    unit: o.unit.isEmpty ? L10n.t("meeting.report.noUnit", l) : o.unit, count: o.items.count,
                    items: o.items.map {
                        .init(value: String($0.id), label: $0.number + " " + $0.title + " · " + L10n.date($0.deadline, l), selected: false)
                    })
            },
            hasOverdue: !r.overdue.isEmpty,
            matters: r.matters.map {
                .init(id: $0.id, subject: $0.subject, unit: $0.unit, state: L10n.t("matterState." + $0.state, l), deadline: L10n.date($0.deadline, l))
            },
            hasMatters: !r.matters.isEmpty,
            jurisdictions: jurisdictions.map { .init(value: String($0.id), label: $0.name, selected: $0.id == r.jurisdiction.id) },
            years: (thisYear - 6...thisYear + 1).reversed().map { .init(value: String($0), label: String($0), selected: $0 == r.year) },
            quarters: [MeetingOption(value: "", label: L10n.t("meeting.report.wholeYear", l), selected: r.quarter == nil)]
                + (1...4).map { .init(value: String($0), label: L10n.fill("meeting.report.quarter", l, String($0)), selected: $0 == r.quarter) },
            docxURL: "/meetings/report.docx?" + Self.query(r))
        return renderer.page("meetings/report", title: view.title, view: view, context: context, request: request, active: "meetings")
    }

    func reportDocx(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let r = try await CommissionReport.load(request, context, services: services)
        let data = try r.docx(l)
        let ascii = "commission-report-\(r.jurisdiction.divisionCode)-\(r.year)" + (r.quarter.map { "-q\($0)" } ?? "") + ".docx"
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                .contentDisposition: ContentDisposition.attachment(filename: r.title(l) + ".docx", asciiFallback: ascii),
                .cacheControl: "no-store"
            ], body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    static func query(_ r: CommissionReport) -> String {
        var items = [("jurisdiction", String(r.jurisdiction.id)), ("year", String(r.year))]
        if let q = r.quarter { items.append(("quarter", String(q))) }
        return QueryString.encode(items)
    }
}
