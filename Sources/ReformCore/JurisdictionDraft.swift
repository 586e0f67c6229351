/// A jurisdiction (行政区域) as submitted by a form or JSON body, before it is saved.
public struct JurisdictionDraft: Sendable, Equatable {
    public static let nameMaxLength = 100
    /// GB/T 2260 administrative division codes have six digits (e.g. 110000 北京市).
    public static let divisionCodeLength = 6

    public var name: String
    /// A `JurisdictionLevel` raw value.
    public var level: String
    public var divisionCode: String
    public var parentID: Int?

    public init(name: String = "", level: String = "", divisionCode: String = "", parentID: Int? = nil) {
        self.name = name
        self.level = level
        self.divisionCode = divisionCode
        self.parentID = parentID
    }

    /// Whether the parent exists or would form a cycle needs the database, so the App layer checks it.
    public func validate() -> [ValidationIssue] {
        [
            Check.text(name, field: "name", max: Self.nameMaxLength, required: true),
            Check.choice(level, field: "level") { JurisdictionLevel(rawValue: $0) != nil },
            divisionCodeIssue
        ].compactMap { $0 }
    }

    /// The draft with surrounding blanks removed from every text, as it should be stored.
    public var trimmed: JurisdictionDraft {
        JurisdictionDraft(
            name: FormValue.trimmed(name), level: FormValue.trimmed(level), divisionCode: FormValue.trimmed(divisionCode), parentID: parentID)
    }

    public var parsedLevel: JurisdictionLevel? { JurisdictionLevel(rawValue: FormValue.trimmed(level)) }

    private var divisionCodeIssue: ValidationIssue? {
        let code = Substring(FormValue.trimmed(divisionCode))
        if code.isEmpty { return ValidationIssue(field: "divisionCode", code: .required) }
        guard code.count == Self.divisionCodeLength, FormValue.isDigits(code) else {
            return ValidationIssue(field: "divisionCode", code: .invalidCode, limit: Self.divisionCodeLength)
        }
        return nil
    }
}

extension JurisdictionDraft: Codable {
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: values.lenientString(forKey: .name),
            level: values.lenientString(forKey: .level),
            divisionCode: values.lenientString(forKey: .divisionCode),
            parentID: values.lenientID(forKey: .parentID)
        )
    }
}
