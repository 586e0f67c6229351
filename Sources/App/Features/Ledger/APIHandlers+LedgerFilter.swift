import Foundation
import Hummingbird
import ReformCore

extension APIHandlers {
    /// The ledger's filters from an API request: the shared parser after the API's stricter checks.
    func ledgerFilter(_ request: Request) throws -> LedgerFilter {
        var params = request.queryMultiMap
        for (key, values) in params { for v in values { _ = try clean(v, key) } }
        // Integers may come as 7.0 (JSON's reading of an integer); the shared parser reads plain digits.
        for key in ["jurisdiction", "plan", "field", "unit", "page", "per_page"] {
            params[key] = params[key]?.map { v in APIInput.wholeNumber(v.trimmingCharacters(in: .whitespaces)).map(String.init) ?? v }
        }
        // The pages send empty form fields for "any"; the API refuses empty values instead of guessing.
        for key in LedgerFilter.apiSingleValueParameters {
            if let values = params[key], values.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw AppError.badRequest(parameter: key, message: "empty value; leave the parameter out instead")
            }
        }
        for key in ["status", "light"] {
            let pieces = (params[key] ?? []).flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            if pieces.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw AppError.badRequest(parameter: key, message: "empty value in the list; leave the parameter out instead")
            }
        }
        return try LedgerFilter.parse(params)
    }
}

extension LedgerFilter {
    /// Parameters the API takes once, never empty.
    static let apiSingleValueParameters = [
        "jurisdiction", "plan", "field", "unit", "role", "due_from", "due_to", "scope", "sort", "page",
        "per_page", "outdated"
    ]
}
