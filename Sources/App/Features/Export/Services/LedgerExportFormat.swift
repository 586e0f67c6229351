/// The file types a ledger view exports to.
public enum LedgerExportFormat: String, Sendable, CaseIterable {
    case xlsx, csv

    var contentType: String {
        switch self {
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .csv: "text/csv; charset=utf-8"
        }
    }
}
