import ReformCore
import SQLKit

/// What an evaluation subject is, as the round keeps it: a record of some kind (a plan item, an authorized item, a
/// grassroots project, a delegated power) found by its id.
struct EvaluationSubjectInfo: Sendable, Equatable {
    var refId: Int
    var title: String
    var jurisdictionId: Int
    var jurisdictionPath: String
    /// The unit that assesses itself (a plan item's lead unit); nil when the subject's office does.
    var unitId: Int?
}

/// One kind of record a round can evaluate: its code, how to look records of it up, and where one is shown. A new kind
/// plugs in with one value here and its line in `all`.
struct EvaluationSubjectKind: Sendable {
    let code: String
    let lookup: @Sendable (_ ids: [Int], _ sql: any SQLDatabase) async throws -> [EvaluationSubjectInfo]
    let link: @Sendable (_ refId: Int) -> String

    static let all: [EvaluationSubjectKind] = [.planItem, .authorization, .grassrootsProject, .power]

    static func named(_ code: String) -> EvaluationSubjectKind? { all.first { $0.code == code } }

    static let planItem = EvaluationSubjectKind(
        code: "plan_item",
        lookup: { ids, sql in
            try await sql.all(
                EvaluationSubjectInfo.Row.self,
                """
                SELECT id AS ref_id, title, jurisdiction_id, jurisdiction_path, lead_unit_id AS unit_id FROM plan_items
                WHERE id IN (\(binds: ids))
                """
            ).map(\.info)
        },
        link: { "/items/\($0)" })

    static let authorization = EvaluationSubjectKind(
        code: "authorization",
        lookup: { ids, sql in
            try await sql.all(
                EvaluationSubjectInfo.Row.self,
                """
                SELECT i.id AS ref_id, '授权事项第' || CAST(b.ordinal AS TEXT) || '批第' || CAST(i.number AS TEXT) || '项：' || i.content AS title, i.jurisdiction_id,
                  i.jurisdiction_path, NULL AS unit_id
                FROM authorization_items i JOIN authorization_batches b ON b.id = i.batch_id WHERE i.id IN (\(binds: ids))
                """
            ).map(\.info)
        },
        link: { "/authorizations/items/\($0)" })

    /// A grassroots project, as the register shows it to other features; its district's office assesses it.
    static let grassrootsProject = EvaluationSubjectKind(
        code: "grassroots_project",
        lookup: { ids, sql in
            var found: [EvaluationSubjectInfo] = []
            for id in ids {
                guard let g = try await GrassrootsQueries.subject(id, on: sql) else { continue }
                found.append(
                    EvaluationSubjectInfo(
                        refId: g.id, title: String(g.title.prefix(300)), jurisdictionId: g.jurisdictionId, jurisdictionPath: g.jurisdictionPath,
                        unitId: nil))
            }
            return found
        },
        link: { "/grassroots/projects/\($0)" })

    /// A delegated power, one per receiving city: named with that city, since a decision moves the same power to several.
    static let power = EvaluationSubjectKind(
        code: "power",
        lookup: { ids, sql in
            try await sql.all(
                EvaluationSubjectInfo.Row.self,
                """
                SELECT p.id AS ref_id, p.name || '（' || j.name || '）' AS title, p.jurisdiction_id, p.jurisdiction_path, NULL AS unit_id
                FROM delegated_powers p JOIN jurisdictions j ON j.id = p.jurisdiction_id WHERE p.id IN (\(binds: ids))
                """
            ).map(\.info)
        },
        link: { "/powers/items/\($0)" })
}

extension EvaluationSubjectInfo {
    struct Row: Decodable {
        var refId: Int
        var title: String
        var jurisdictionId: Int
        var jurisdictionPath: String
        var unitId: Int?
        var info: EvaluationSubjectInfo {
            EvaluationSubjectInfo(
                refId: refId, title: String(title.prefix(300)), jurisdictionId: jurisdictionId, jurisdictionPath: jurisdictionPath,
                unitId: unitId)
        }
    }
}
