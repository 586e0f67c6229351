/// How a unit name written in a plan or spreadsheet relates to the units the system knows.
public enum UnitMatch: Sendable, Equatable {
    /// The full name, character for character (after trimming).
    case exact(Int)
    /// One of the unit's recorded short names (简称).
    case short(Int)
    /// Equal after folding width and blanks, dropping the place name (深圳市 → 市) and expanding
    /// common abbreviations (发改委 → 发展和改革委员会).
    case normalized(Int)
    /// Several units fit equally well (e.g. every district has a 区发展和改革局); the import must ask.
    case ambiguous([Suggestion])
    /// No unit fits; `suggestions` are the closest by character-bigram similarity, best first.
    case unknown(suggestions: [Suggestion])

    /// The matched unit, when there is exactly one.
    public var id: Int? {
        switch self {
        case .exact(let id), .short(let id), .normalized(let id): id
        case .ambiguous, .unknown: nil
        }
    }
}
