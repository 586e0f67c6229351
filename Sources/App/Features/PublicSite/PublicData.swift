import ReformCore
import SQLKit

/// The public lists as tables for open data (CSV, JSON, XLSX): the same rows the pages show.
enum PublicData {
    static func plans(sql: any SQLDatabase, _ l: Language) async throws -> PublicTable {
        var rows: [[PublicTable.Cell]] = []
        for plan in try await PublicQueries.plans(on: sql) {
            var counts = PublicCounts()
            for i in try await PublicQueries.items(of: plan, on: sql) where i.isLeaf { counts.add(i.status) }
            rows.append([
                .integer(plan.id), .text(plan.jurisdictionName), .text(plan.title), .text(plan.docNumber), .text(plan.issuer),
                .text(plan.issueDate ?? ""), .text(plan.periodStart ?? ""), .text(plan.periodEnd ?? ""), .text(plan.publishedOn ?? ""),
                .integer(counts.total), .integer(counts.landed), .text("/public/plans/\(plan.id)")
            ])
        }
        return PublicTable(
            name: "plans", title: L10n.t("public.data.plans", l),
            columns: [
                .init(key: "id", zh: "编号", en: "ID", width: 6), .init(key: "jurisdiction", zh: "地区", en: "Jurisdiction"),
                .init(key: "title", zh: "方案", en: "Plan", width: 40, wraps: true), .init(key: "docNumber", zh: "文号", en: "Document number"),
                .init(key: "issuer", zh: "印发机关", en: "Issuer"), .init(key: "issueDate", zh: "印发日期", en: "Issued on", width: 12),
                .init(key: "periodStart", zh: "起始", en: "From", width: 12), .init(key: "periodEnd", zh: "截止", en: "To", width: 12),
                .init(key: "publishedOn", zh: "公开日期", en: "Published on", width: 12), .init(key: "items", zh: "事项数", en: "Items", width: 8),
                .init(key: "landed", zh: "已落地", en: "Landed", width: 8), .init(key: "url", zh: "网址", en: "URL", width: 24)
            ], rows: rows)
    }

    static func items(_ plan: PublicPlan, sql: any SQLDatabase, _ l: Language) async throws -> PublicTable {
        let items = try await PublicQueries.items(of: plan, on: sql)
        let top = items.map(\.depth).min() ?? 0
        var columns: [PublicTable.Column] = [
            .init(key: "id", zh: "编号", en: "ID", width: 8), .init(key: "parentId", zh: "上级编号", en: "Parent ID", width: 8),
            .init(key: "number", zh: "序号", en: "No.", width: 8), .init(key: "field", zh: "领域", en: "Field", width: 20, wraps: true),
            .init(key: "title", zh: "事项", en: "Item", width: 48, wraps: true), .init(key: "leadUnit", zh: "牵头单位", en: "Lead unit", width: 20),
            .init(key: "deadline", zh: "完成时限", en: "Deadline", width: 12), .init(key: "status", zh: "状态代码", en: "Status code", width: 12),
            .init(key: "statusWord", zh: "进展", en: "Progress", width: 14), .init(key: "percent", zh: "完成百分比", en: "Percent", width: 8)
        ]
        if plan.names.shows(.leader) { columns.append(.init(key: "responsibleLeader", zh: "责任领导", en: "Responsible leader")) }
        if plan.names.shows(.person) { columns.append(.init(key: "responsiblePerson", zh: "责任人", en: "Responsible person")) }
        if plan.names.shows(.handler) { columns.append(.init(key: "handler", zh: "经办人", en: "Handler")) }
        columns.append(.init(key: "url", zh: "网址", en: "URL", width: 24))
        let fields = Dictionary(items.filter { $0.depth == top }.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let rows: [[PublicTable.Cell]] = items.map { i in
            let fieldId = PathRange.ids(in: i.path).first ?? i.id
            var row: [PublicTable.Cell] = [
                .integer(i.id), i.parentId.map { .integer($0) } ?? .none, .text(i.number), .text(fields[fieldId] ?? ""), .text(i.title),
                .text(i.leadUnit),
                .text(i.deadline ?? ""), .text(i.status), .text(plan.words.word(LifecycleStatus(rawValue: i.status) ?? .notStarted, l)),
                .number((i.percent * 10).rounded() / 10)
            ]
            if plan.names.shows(.leader) { row.append(.text(i.responsibleLeader ?? "")) }
            if plan.names.shows(.person) { row.append(.text(i.responsiblePerson ?? "")) }
            if plan.names.shows(.handler) { row.append(.text(i.handler ?? "")) }
            row.append(.text("/public/items/\(i.id)"))
            return row
        }
        return PublicTable(name: "plan-\(plan.id)-items", title: plan.title, columns: columns, rows: rows)
    }

    static func authorizations(sql: any SQLDatabase, _ l: Language) async throws -> PublicTable {
        let rows: [[PublicTable.Cell]] = try await PublicQueries.authorizations(on: sql).map { a in
            [
                .text(a.batchJurisdiction + " · " + a.batchTitle), .integer(a.number), .text(a.area), .text(a.content), .text(a.grantingBody),
                .text(a.jurisdictionName), .text(a.legalBasis), .bool(a.needsLawChange), .text(a.lawChange), .text(a.approvalMode), .text(a.status),
                .text(L10n.t("landingStatus." + a.status, l)), .text(a.statusOn)
            ]
        }
        return PublicTable(
            name: "authorizations", title: L10n.t("public.authorizations.title", l),
            columns: [
                .init(key: "batch", zh: "批次", en: "Batch", width: 24), .init(key: "number", zh: "序号", en: "No.", width: 6),
                .init(key: "area", zh: "领域", en: "Area"), .init(key: "content", zh: "授权事项", en: "Authorized item", width: 48, wraps: true),
                .init(key: "grantingBody", zh: "授权机关", en: "Granting body", width: 18, wraps: true),
                .init(key: "jurisdiction", zh: "承接地区", en: "Receiving jurisdiction", width: 12),
                .init(key: "legalBasis", zh: "法律依据", en: "Legal basis", width: 30, wraps: true),
                .init(key: "needsLawChange", zh: "需调整法律法规", en: "Laws to change", width: 10),
                .init(key: "lawChange", zh: "需调整的法律法规", en: "Which laws", width: 30, wraps: true),
                .init(key: "approvalMode", zh: "备案或报批代码", en: "Filing or approval code", width: 10),
                .init(key: "landingStatus", zh: "落地状态代码", en: "Landing status code", width: 14),
                .init(key: "landingStatusWord", zh: "落地状态", en: "Landing status", width: 14),
                .init(key: "statusOn", zh: "状态日期", en: "Status since", width: 12)
            ], rows: rows)
    }
}
