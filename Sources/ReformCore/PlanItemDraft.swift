/// An item of a plan's tree (领域/任务/举措/节点) as submitted by a form or JSON body, before it is saved.
public struct PlanItemDraft: Sendable, Equatable {
    public static let numberMaxLength = 30
    public static let titleMaxLength = 500
    public static let contentMaxLength = 20_000
    public static let personMaxLength = 100
    public static let longTextMaxLength = 5_000
    public static let weightMax = 1_000
    public static let defaultWeight = 1.0

    /// The outline number as written in the document, e.g. "（三）".
    public var number: String
    public var title: String
    public var content: String
    /// 牵头单位.
    public var leadUnitID: Int?
    /// 配合单位; must not repeat the lead unit.
    public var participantUnitIDs: [Int]
    /// 责任领导.
    public var responsibleLeader: String
    /// 责任人.
    public var responsiblePerson: String
    /// 经办人.
    public var handler: String
    public var startDate: String
    /// 完成时限, the original deadline the schedule light is measured against.
    public var deadline: String
    /// 预期成效.
    public var expectedResults: String
    /// 成果形式.
    public var resultForm: String
    /// 政策文件.
    public var policyDocuments: String
    public var remarks: String
    /// Share of the parent's percent under the weighted rule; blank for 1.
    public var weight: String
    /// A `LifecycleStatus` raw value or Chinese name; blank for not started.
    public var status: String
    /// 0…100, "%" allowed; blank for 0.
    public var ownPercent: String

    public init(
        number: String = "", title: String = "", content: String = "",
        leadUnitID: Int? = nil, participantUnitIDs: [Int] = [],
        responsibleLeader: String = "", responsiblePerson: String = "", handler: String = "",
        startDate: String = "", deadline: String = "",
        expectedResults: String = "", resultForm: String = "", policyDocuments: String = "", remarks: String = "",
        weight: String = "", status: String = "", ownPercent: String = ""
    ) {
        self.number = number
        self.title = title
        self.content = content
        self.leadUnitID = leadUnitID
        self.participantUnitIDs = participantUnitIDs
        self.responsibleLeader = responsibleLeader
        self.responsiblePerson = responsiblePerson
        self.handler = handler
        self.startDate = startDate
        self.deadline = deadline
        self.expectedResults = expectedResults
        self.resultForm = resultForm
        self.policyDocuments = policyDocuments
        self.remarks = remarks
        self.weight = weight
        self.status = status
        self.ownPercent = ownPercent
    }

    public func validate() -> [ValidationIssue] {
        var issues = [
            Check.text(number, field: "number", max: Self.numberMaxLength),
            Check.text(title, field: "title", max: Self.titleMaxLength, required: true),
            Check.text(content, field: "content", max: Self.contentMaxLength),
            Check.required(leadUnitID, field: "leadUnitID")
        ]
        if let leadUnitID, participantUnitIDs.contains(leadUnitID) {
            issues.append(ValidationIssue(field: "participantUnitIDs", code: .duplicate))
        }
        issues += [
            ("responsibleLeader", responsibleLeader), ("responsiblePerson", responsiblePerson), ("handler", handler)
        ].map { Check.text($1, field: $0, max: Self.personMaxLength) }
        issues += [
            Check.date(startDate, field: "startDate"),
            Check.date(deadline, field: "deadline"),
            Check.order(start: parsedStartDate, end: parsedDeadline, field: "deadline")
        ]
        issues += [
            ("expectedResults", expectedResults), ("resultForm", resultForm),
            ("policyDocuments", policyDocuments), ("remarks", remarks)
        ].map { Check.text($1, field: $0, max: Self.longTextMaxLength) }
        issues += [
            Check.number(weight, field: "weight", limit: Self.weightMax, parse: FormValue.decimal),
            FormValue.trimmed(status).isEmpty ? nil : Check.choice(status, field: "status") { LifecycleStatus(text: $0) != nil },
            Check.number(ownPercent, field: "ownPercent", limit: 100, parse: Self.percent)
        ]
        return issues.compactMap { $0 }
    }

    /// The draft with surrounding blanks removed from every text and repeated participants dropped, as it should be stored.
    public var trimmed: PlanItemDraft {
        PlanItemDraft(
            number: FormValue.trimmed(number), title: FormValue.trimmed(title), content: FormValue.trimmed(content),
            leadUnitID: leadUnitID, participantUnitIDs: parsedParticipantUnitIDs,
            responsibleLeader: FormValue.trimmed(responsibleLeader), responsiblePerson: FormValue.trimmed(responsiblePerson),
            handler: FormValue.trimmed(handler), startDate: FormValue.trimmed(startDate), deadline: FormValue.trimmed(deadline),
            expectedResults: FormValue.trimmed(expectedResults), resultForm: FormValue.trimmed(resultForm),
            policyDocuments: FormValue.trimmed(policyDocuments), remarks: FormValue.trimmed(remarks),
            weight: FormValue.trimmed(weight), status: FormValue.trimmed(status), ownPercent: FormValue.trimmed(ownPercent)
        )
    }

    /// The participants without repeats, in the order chosen.
    public var parsedParticipantUnitIDs: [Int] {
        var seen: Set<Int> = []
        return participantUnitIDs.filter { seen.insert($0).inserted }
    }

    public var parsedStartDate: LocalDate? { FormValue.date(startDate) }
    public var parsedDeadline: LocalDate? { FormValue.date(deadline) }

    /// The weight; 1 when blank or not valid.
    public var parsedWeight: Double {
        guard let weight = FormValue.decimal(weight), (0...Double(Self.weightMax)).contains(weight) else { return Self.defaultWeight }
        return weight
    }

    /// The status; not started when blank or not valid.
    public var parsedStatus: LifecycleStatus {
        LifecycleStatus(text: status) ?? .notStarted
    }

    /// The percent; 100 when done, 0 when blank or not valid.
    public var parsedOwnPercent: Double {
        if parsedStatus == .done { return 100 }
        guard let percent = Self.percent(ownPercent), (0...100).contains(percent) else { return 0 }
        return percent
    }

    /// A percent as typed, with or without a trailing % sign.
    private static func percent(_ text: String) -> Double? {
        let number = FormValue.trimmed(TextNormalizer.halfWidth(text))
        return FormValue.decimal(number.hasSuffix("%") ? String(number.dropLast()) : number)
    }
}

extension PlanItemDraft: Codable {
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            number: values.lenientString(forKey: .number),
            title: values.lenientString(forKey: .title),
            content: values.lenientString(forKey: .content),
            leadUnitID: values.lenientID(forKey: .leadUnitID),
            participantUnitIDs: values.lenientIDs(forKey: .participantUnitIDs),
            responsibleLeader: values.lenientString(forKey: .responsibleLeader),
            responsiblePerson: values.lenientString(forKey: .responsiblePerson),
            handler: values.lenientString(forKey: .handler),
            startDate: values.lenientString(forKey: .startDate),
            deadline: values.lenientString(forKey: .deadline),
            expectedResults: values.lenientString(forKey: .expectedResults),
            resultForm: values.lenientString(forKey: .resultForm),
            policyDocuments: values.lenientString(forKey: .policyDocuments),
            remarks: values.lenientString(forKey: .remarks),
            weight: values.lenientString(forKey: .weight),
            status: values.lenientString(forKey: .status),
            ownPercent: values.lenientString(forKey: .ownPercent)
        )
    }
}
