/// A cell's value as the workbook stores it. A formula cell holds its cached result here (the formula
/// itself is on `XLSXCell.formula`): the reader never evaluates formulas.
public enum XLSXCellValue: Sendable, Hashable {
    /// Text from the shared string table (`t="s"`), as Excel and WPS write most text.
    case sharedString(String)
    /// Text stored in the cell itself (`t="inlineStr"`), as streaming writers do.
    case inlineString(String)
    /// Text that a formula produced (`t="str"`).
    case formulaString(String)
    case number(Double)
    case boolean(Bool)
    /// A number whose cell style has a date or time format, converted from the serial number.
    case date(SpreadsheetDate)
    /// An error value such as "#N/A" or "#DIV/0!".
    case error(String)
    case empty

    /// The value as text for importers: strings as they are, whole numbers without ".0", dates as
    /// "2025-06-30" (with the time when there is one), booleans as TRUE/FALSE like Excel shows them.
    public var text: String {
        switch self {
        case .sharedString(let text), .inlineString(let text), .formulaString(let text), .error(let text):
            return text
        case .number(let number):
            return Self.format(number)
        case .boolean(let value):
            return value ? "TRUE" : "FALSE"
        case .date(let date):
            return date.description
        case .empty:
            return ""
        }
    }

    /// The string content for the three kinds of text; nil for other values.
    public var string: String? {
        switch self {
        case .sharedString(let text), .inlineString(let text), .formulaString(let text): return text
        default: return nil
        }
    }

    public var isEmpty: Bool { self == .empty }

    /// Whole numbers print without a fraction; others use the shortest text that reads back the same double,
    /// which is also what Excel shows for a General cell in nearly every case (0.1, not 0.1000000000000000055).
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }
}
