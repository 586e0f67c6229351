/// How a ledger view is exported.
public struct LedgerExportOptions: Sendable {
    public var format: LedgerExportFormat
    /// XLSX only: one sheet per 领域, named after it.
    public var perField: Bool
    /// The language of the headers, the status words and the progress notes.
    public var language: Language
    /// Rows read from the database per query.
    public var batchSize: Int

    public static let defaultBatchSize = 2_000

    public init(
        format: LedgerExportFormat, perField: Bool = false, language: Language = .zh,
        batchSize: Int = LedgerExportOptions.defaultBatchSize
    ) {
        self.format = format
        self.perField = perField
        self.language = language
        self.batchSize = batchSize
    }
}

extension LedgerExportOptions {
    /// The export's own query parameters beside the ledger's filters: `format` (when the route does not fix
    /// it) and `per_field`. Each bad one is reported by its name.
    static func parse(_ params: [String: [String]], format fixed: LedgerExportFormat?, language: Language) throws -> LedgerExportOptions {
        func one(_ key: String) -> String? {
            params[key]?.last?.trimmingCharacters(in: .whitespaces)
        }
        let format: LedgerExportFormat
        if let fixed {
            format = fixed
        } else {
            guard let raw = one("format"), !raw.isEmpty else {
                throw AppError.badRequest(parameter: "format", message: "missing; expected xlsx or csv")
            }
            guard let parsed = LedgerExportFormat(rawValue: raw.lowercased()) else {
                throw AppError.badRequest(parameter: "format", message: "expected xlsx or csv, got \(raw.prefix(40))")
            }
            format = parsed
        }
        var perField = false
        if let raw = one("per_field") {
            switch raw.lowercased() {
            case "1", "true", "on", "yes": perField = true
            case "0", "false", "off", "no": perField = false
            default: throw AppError.badRequest(parameter: "per_field", message: "expected true or false, got \(raw.prefix(40))")
            }
        }
        if perField && format != .xlsx {
            throw AppError.badRequest(parameter: "per_field", message: "one sheet per field needs format=xlsx; a CSV file has one table")
        }
        return LedgerExportOptions(format: format, perField: perField, language: language)
    }
}
