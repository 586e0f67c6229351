/// Filters that name an object (`?jurisdiction=`, `?plan=`, `?field=`, `?unit=`) on every list, page, API answer and
/// export: an object outside the reader's view, or one that does not exist, answers 404, as reading it directly would
/// (README: Filters outside the view). Never an empty 200, which would read as "nothing here" and tell apart an
/// object that exists from one that does not.
extension AccessGuard {
    /// A jurisdiction a filter names; nil when none is named.
    func filterJurisdiction(_ id: Int?) async throws -> JurisdictionRecord? {
        guard let id else { return nil }
        return try await readJurisdiction(id)
    }

    /// A field (a top-level item) a filter names.
    func filterField(_ id: Int) async throws {
        guard let field = try await ItemQueries.find(id, on: sql), principal.sees(jurisdictionPath: field.jurisdictionPath) else {
            throw AppError.notFound(entity: "item", id: String(id))
        }
    }

    /// A unit a filter names: one the reader may read (in their view, or their own), or one of a jurisdiction above
    /// theirs, whose departments take part in the plans they see (the ledger offers them in its list of units).
    func filterUnit(_ id: Int) async throws {
        guard let unit = try await UnitQueries.find(id, on: sql) else { throw AppError.notFound(entity: "unit", id: String(id)) }
        let path = try await path(ofJurisdiction: unit.jurisdictionId) ?? ""
        let above = !path.isEmpty && principal.jurisdictionPath.hasPrefix(path)
        try Access.requireVisible(principal.sees(jurisdictionPath: path) || principal.unitId == id || above, entity: "unit", id: id)
    }
}
