import ReformCharts
import ReformCore
import SQLKit

/// Where an experience has spread, drawn on the jurisdiction tree (`SpreadTree`): its origin and the adopters marked, the
/// branches between them and their siblings shown, the rest of a large tree left out.
enum ReplicationMap {
    struct Entry: Sendable {
        var name: String
        var mark: String
        var note: String
    }

    static func load(_ e: ExperienceRecord, adoptions: [AdoptionRecord], _ l: Language, on sql: any SQLDatabase) async throws -> (
        svg: String, entries: [Entry]
    ) {
        let marked = [e.jurisdictionPath] + adoptions.map(\.jurisdictionPath)
        let ids = Set(marked.flatMap { PathRange.ids(in: $0) }).sorted()
        let rows =
            ids.isEmpty
            ? []
            : try await sql.all(
                JurisdictionRecord.self,
                """
                SELECT id, name, level, division_code, parent_id, path, depth, version, created_at, updated_at FROM jurisdictions
                WHERE id IN (\(binds: ids)) OR parent_id IN (\(binds: ids)) ORDER BY depth, division_code
                """)
        let adopted = Dictionary(adoptions.map { ($0.jurisdictionId, $0) }, uniquingKeysWith: { a, _ in a })
        let originNote = L10n.t("replication.map.originNote", l)
        let nodes = rows.map { j -> SpreadTree.Node in
            if j.id == e.jurisdictionId { return .init(id: j.id, parentId: j.parentId, label: j.name, mark: .origin, note: originNote) }
            if let a = adopted[j.id] {
                return .init(
                    id: j.id, parentId: j.parentId, label: j.name, mark: .adopter,
                    note: L10n.fill("replication.map.adoptedNote", l, L10n.date(a.adoptedOn, l)))
            }
            return .init(id: j.id, parentId: j.parentId, label: j.name)
        }
        let svg = SpreadTree.svg(
            SpreadTree.pruned(nodes), title: L10n.fill("replication.map.title", l, e.title), originLabel: L10n.t("replication.map.origin", l),
            adopterLabel: L10n.t("replication.map.adopter", l))
        let entries =
            [Entry(name: e.jurisdictionName, mark: L10n.t("replication.map.origin", l), note: L10n.date(e.publishedOn, l))]
            + adoptions.map { Entry(name: $0.jurisdictionName, mark: L10n.t("replication.map.adopter", l), note: L10n.date($0.adoptedOn, l)) }
        return (svg, entries)
    }
}
