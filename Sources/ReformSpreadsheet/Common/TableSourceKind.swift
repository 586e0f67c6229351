/// Where a table came from; it decides how a location is worded ("Sheet …" or "File …").
public enum TableSourceKind: String, Sendable, Hashable {
    case xlsxSheet
    case csvFile
}
