import Hummingbird
import ReformCore

struct DigestPages: PageHandlers {
    let services: AppServices

    /// The office's weekly digest for a jurisdiction (default: the top one), printable on A4.
    /// Whose review comments the digest may show the reader: their own unit's only for a unit role (the read rule of
    /// `Access.canReadReport`), everyone's otherwise (nil).
    static func commentsOfUnit(_ p: Principal) -> Int? { p.role.isUnitRole ? (p.unitId ?? 0) : nil }

    func digest(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let jurisdiction: JurisdictionRecord
        if let raw = request.uri.queryParameters.get("jurisdiction") {
            guard let id = Int(raw) else {
                throw AppError.badRequest(parameter: "jurisdiction", message: "expected a whole number, got \(raw.prefix(40))")
            }
            jurisdiction = try await AccessGuard(context, sql: sql).readJurisdiction(id)
        } else if let own = try await JurisdictionQueries.find(try context.requirePrincipal().jurisdictionId, on: sql) {
            jurisdiction = own
        } else if let root = try await JurisdictionQueries.defaultRoot(on: sql) {
            // A nationwide admin is bound to no jurisdiction: the top of the tree.
            jurisdiction = root
        } else {
            throw AppError.notFound(entity: "jurisdiction", id: "-")
        }
        let d = try await DigestQuery.run(
            jurisdictionPath: jurisdiction.path, today: services.clock.today,
            timeZone: services.clock.timeZone, commentsOfUnit: Self.commentsOfUnit(try context.requirePrincipal()), on: sql)
        func section(_ titleKey: String, _ lines: [Digest.Line], dateKey: String) -> DigestView.Section {
            DigestView.Section(
                title: L10n.t(titleKey, l), count: lines.count, hasLines: !lines.isEmpty, dateLabel: L10n.t(dateKey, l),
                lines: lines.map { line in
                    .init(
                        itemId: line.itemId, number: line.itemNumber, title: line.itemTitle, unitName: line.unitName,
                        detail: line.detail ?? "",
                        date: line.date.map { $0.count > 10 ? displayTime($0, l) : L10n.date($0, l) } ?? "")
                })
        }
        let view = DigestView(
            jurisdiction: jurisdiction.name, from: L10n.date(d.from, l), to: L10n.date(d.to, l),
            perUnit: d.perUnit.map {
                .init(
                    unitName: $0.unitName, accepted: $0.accepted, returned: $0.returned, overdue: $0.overdue, outdated: $0.outdated,
                    unsigned: $0.unsigned)
            },
            hasUnits: !d.perUnit.isEmpty,
            sections: [
                section("digest.accepted", d.accepted, dateKey: "digest.reviewedAt"),
                section("digest.returned", d.returned, dateKey: "digest.reviewedAt"),
                section("digest.overdue", d.overdue, dateKey: "digest.deadline"),
                section("report.outdated", d.outdated, dateKey: "digest.dueDate"),
                section("digest.unsigned", d.unsigned, dateKey: "digest.assignedAt")
            ])
        return renderer.page(
            "reporting/digest", title: jurisdiction.name + " · " + L10n.t("digest.title", l), view: view, context: context,
            request: request, active: "dashboard")
    }
}
