import ReformCore

/// Core reports fields by its draft property names; the API and forms use these names.
enum FieldNames {
    static func api(_ core: String) -> String {
        switch core {
        case "leadUnitID": "leadUnitId"
        case "participantUnitIDs": "participantUnitIds"
        case "jurisdictionID": "jurisdictionId"
        case "parentID": "parentId"
        default: core
        }
    }

    static func apiIssues(_ issues: [ValidationIssue]) -> [ValidationIssue] {
        issues.map { ValidationIssue(field: api($0.field), code: $0.code, limit: $0.limit, value: $0.value) }
    }
}
