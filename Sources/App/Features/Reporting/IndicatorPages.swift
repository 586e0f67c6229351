import Hummingbird
import ReformCore

/// Editing and deleting an item's indicators from the item page (the office of the item's jurisdiction).
struct IndicatorPages: PageHandlers {
    let services: AppServices

    /// POST /indicators/{id}: the edit form in the indicators table.
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let indicator = try await readable(id, context)
        let f = try await request.formData()
        do {
            _ = try await services.indicators.update(
                id, name: f.string("indicatorName"), unitOfMeasure: f.string("unitOfMeasure"),
                baseline: f.string("baseline"), target: f.string("target"),
                baseVersion: f.int("version") ?? 0, by: principal)
            return Response(status: .seeOther, headers: [.location: "/items/\(indicator.itemId)#reporting"])
        } catch AppError.validation(let issues) {
            return try await itemPage(indicator.itemId, issues: issues, request: request, context: context)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/items/\(indicator.itemId)#reporting",
                request: request, context: context)
        }
    }

    /// POST /indicators/{id}/delete.
    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let indicator = try await readable(id, context)
        let f = try await request.formData()
        do {
            try await services.indicators.delete(id, baseVersion: f.int("version") ?? 0, by: principal)
            return Response(status: .seeOther, headers: [.location: "/items/\(indicator.itemId)#reporting"])
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/items/\(indicator.itemId)#reporting",
                request: request, context: context)
        }
    }

    /// The indicator, if its item is in the reader's view (404 otherwise, as for the item itself).
    private func readable(_ id: Int, _ context: AppRequestContext) async throws -> IndicatorRecord {
        let indicator = try await ReportQueries.indicator(id, on: sql)
        _ = try await AccessGuard(context, sql: sql).readItem(indicator.itemId)
        return indicator
    }

    private func itemPage(_ itemId: Int, issues: [ValidationIssue], request: Request, context: AppRequestContext) async throws -> Response {
        let item = try await ItemQueries.require(itemId, on: sql)
        return try await ItemPages(services: services).itemPage(
            item, amendIssues: [], amendValues: [:], request: request, context: context, status: .unprocessableContent,
            sectionState: [ReportingFeature.itemSectionKey: ReportingSectionState(issues: issues, values: nil)])
    }
}
