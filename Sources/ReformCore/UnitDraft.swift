import Foundation

/// A responsible unit (责任单位) as submitted by a form or JSON body, before it is saved.
public struct UnitDraft: Sendable, Equatable {
    public static let nameMaxLength = 100
    public static let shortNameMaxLength = 50
    /// Separators offices use between names in one field or spreadsheet cell.
    public static let nameSeparators: Set<Character> = ["、", ",", "，", ";", "；", "\n", "\r", "\r\n"]

    public var jurisdictionID: Int?
    public var name: String
    /// Other names the unit goes by (简称), as one list, e.g. "市发改委、发改委".
    public var shortNames: String

    public init(jurisdictionID: Int? = nil, name: String = "", shortNames: String = "") {
        self.jurisdictionID = jurisdictionID
        self.name = name
        self.shortNames = shortNames
    }

    public func validate() -> [ValidationIssue] {
        var issues = [
            Check.required(jurisdictionID, field: "jurisdictionID"),
            Check.text(name, field: "name", max: Self.nameMaxLength, required: true)
        ].compactMap { $0 }
        if parsedShortNames.contains(where: { $0.unicodeScalars.count > Self.shortNameMaxLength }) {
            issues.append(ValidationIssue(field: "shortNames", code: .tooLong, limit: Self.shortNameMaxLength))
        }
        return issues
    }

    /// The draft with surrounding blanks removed from every text, as it should be stored.
    public var trimmed: UnitDraft {
        UnitDraft(jurisdictionID: jurisdictionID, name: FormValue.trimmed(name), shortNames: FormValue.trimmed(shortNames))
    }

    public var parsedShortNames: [String] { Self.splitNames(shortNames) }

    /// `splitNames(s).first` without splitting the whole list (every ledger and wall-chart row shows one, for its lead
    /// unit and each participating unit). Walks the scalars: the separators are single scalars ("\r\n" is two of them),
    /// and a name is copied as it is unless it has blanks at an end. Going by `Character` hashed each one into the
    /// separators' set and trimmed every name through Foundation: 4 % of a ledger page's CPU.
    public static func firstName(_ s: String) -> String? {
        let scalars = s.unicodeScalars
        var start = scalars.startIndex
        var i = start
        while true {
            let atEnd = i == scalars.endIndex
            if atEnd || isNameSeparator(scalars[i]) {
                if start < i {
                    let piece = scalars[start..<i]
                    let blank = CharacterSet.whitespacesAndNewlines
                    let name =
                        blank.contains(piece[piece.startIndex]) || blank.contains(piece[piece.index(before: piece.endIndex)])
                        ? FormValue.trimmed(String(piece)) : String(piece)
                    if !name.isEmpty { return name }
                }
                if atEnd { return nil }
                start = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
    }

    /// The scalars of `nameSeparators`.
    static func isNameSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001, 0x2C, 0xFF0C, 0x3B, 0xFF1B, 0x0A, 0x0D: true
        default: false
        }
    }

    /// Splits "市发改委、市财政局；市人社局" into names: trimmed, blanks dropped, repeats dropped, order kept.
    public static func splitNames(_ s: String) -> [String] {
        var seen: Set<String> = []
        return FormValue.split(s, separators: nameSeparators).filter { seen.insert($0).inserted }
    }
}

extension UnitDraft: Codable {
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            jurisdictionID: values.lenientID(forKey: .jurisdictionID),
            name: values.lenientString(forKey: .name),
            shortNames: values.lenientString(forKey: .shortNames)
        )
    }
}
