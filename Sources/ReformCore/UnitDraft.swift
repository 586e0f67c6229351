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

    /// `splitNames(s).first` without splitting the whole list (every ledger and wall-chart row shows one).
    public static func firstName(_ s: String) -> String? {
        var rest = Substring(s)
        while !rest.isEmpty {
            let end = rest.firstIndex(where: { nameSeparators.contains($0) }) ?? rest.endIndex
            let name = FormValue.trimmed(String(rest[..<end]))
            if !name.isEmpty { return name }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        return nil
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
