/// What the tokenizer found wrong; callers add the part's name when turning it into `SpreadsheetError`.
enum XMLTokenizerError: Error, Equatable {
    case unexpectedEnd
    case malformed(offset: Int, reason: String)

    func spreadsheetError(part: String) -> SpreadsheetError {
        switch self {
        case .unexpectedEnd: return .unexpectedEndOfFile(part: part)
        case .malformed(let offset, let reason): return .malformedXML(part: part, offset: offset, reason: reason)
        }
    }
}
