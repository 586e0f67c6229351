import Foundation
import ReformCore
import ReformSpreadsheet

/// What an import holds between the dry run and the commit, stored as JSON in `import_batches.payload`:
/// where it goes, the items read from the source with the office's corrections, and how each unit name
/// written in the source was resolved. The problem report is derived from it (`ImportCheck`).
struct ImportPayload: Codable, Sendable, Equatable {
    var target: ImportTarget
    /// The year that "年底前" and "上半年" mean.
    var planYear: Int
    /// What the source says about the plan itself (title, 文号, issuer, date), offered for a new plan.
    var detected: ImportDetectedPlan
    /// Parents before their children, in source order; `key` is the index.
    var items: [ImportItem]
    /// One entry per distinct unit name written in the source, in order of first use.
    var units: [ImportUnitChoice]
    /// Problems found while reading (numbering gaps, unknown headers); they stay until the source is read again.
    var notes: [ImportProblem]
    /// Document paragraphs that are not items: the covering notice, the preamble, copy-to lines.
    var skipped: [String]
    /// Spreadsheet sheets that were read, with the column letter of each field.
    var sheets: [ImportSheet]

    init(
        target: ImportTarget, planYear: Int, detected: ImportDetectedPlan = .init(), items: [ImportItem] = [],
        units: [ImportUnitChoice] = [], notes: [ImportProblem] = [], skipped: [String] = [], sheets: [ImportSheet] = []
    ) {
        self.target = target
        self.planYear = planYear
        self.detected = detected
        self.items = items
        self.units = units
        self.notes = notes
        self.skipped = skipped
        self.sheets = sheets
    }

    func unit(named name: String) -> ImportUnitChoice? {
        units.first { $0.name == name }
    }

    /// The source of an item as a person reads it: a document's paragraphs as they are, a spreadsheet row as
    /// "header：value" lines (rows are stored as their tab-separated cells).
    func sourceText(of item: ImportItem) -> String {
        guard let index = item.location.sheet, index < sheets.count else { return item.source }
        let labels = sheets[index].labels
        return item.source.split(separator: "\t", omittingEmptySubsequences: false).enumerated().compactMap { column, cell -> String? in
            let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return nil }
            let label = column < labels.count && !labels[column].isEmpty ? labels[column] : ColumnName.letters(forIndex: column)
            return "\(label)：\(text)"
        }.joined(separator: "\n")
    }
}

/// Where the imported items go: a new plan (its facts from the form, or detected in the document) or
/// an existing plan, at its top level or under one of its items.
package struct ImportTarget: Codable, Sendable, Equatable {
    package enum Mode: String, Codable, Sendable, CaseIterable { case newPlan, existingPlan }

    var mode: Mode
    var jurisdictionId: Int?
    var planId: Int?
    var parentItemId: Int?
    var title: String
    var docNumber: String
    var issuer: String
    var issueDate: String
    var levelNames: String
    /// The lead unit of items whose source names none (a 领域 heading, usually); none leaves them without.
    var defaultLeadUnitId: Int?
    /// Whether the commit sets the plan's reporting schedule to the one the covering notice names
    /// (`ImportDetectedPlan.reportingSchedule`). nil (drafts stored before this existed) is no.
    var applyReporting: Bool?

    package init(
        mode: Mode = .newPlan, jurisdictionId: Int? = nil, planId: Int? = nil, parentItemId: Int? = nil, title: String = "",
        docNumber: String = "", issuer: String = "", issueDate: String = "", levelNames: String = "", defaultLeadUnitId: Int? = nil,
        applyReporting: Bool? = nil
    ) {
        self.mode = mode
        self.jurisdictionId = jurisdictionId
        self.planId = planId
        self.parentItemId = parentItemId
        self.title = title
        self.docNumber = docNumber
        self.issuer = issuer
        self.issueDate = issueDate
        self.levelNames = levelNames
        self.defaultLeadUnitId = defaultLeadUnitId
        self.applyReporting = applyReporting
    }
}

struct ImportDetectedPlan: Codable, Sendable, Equatable {
    var title: String?
    var docNumber: String?
    var issuer: String?
    var issueDate: String?
    /// What the covering notice asks about reporting ("4月10日、7月10日、10月10日前报送"), a suggestion only.
    var reporting: String? = nil
    /// The schedule that sentence names, when it names one (`ReportingSchedule.storageText`).
    var reportingSchedule: String? = nil
}

/// One item as read from a document paragraph or a spreadsheet row, with the office's corrections.
struct ImportItem: Codable, Sendable, Equatable {
    var key: Int
    var parent: Int?
    /// 0 for the import's top level.
    var depth: Int
    var number: String
    var title: String
    var content: String
    /// Unit names as written; resolved through `ImportPayload.units`.
    var lead: String?
    var participants: [String]
    /// Groups that take part but are no unit (各区、各有关单位): kept in the remarks.
    var collective: [String]
    var leader: String
    var person: String
    var handler: String
    var expectedResults: String
    var policyDocuments: String
    var remarks: String
    /// A lifecycle status read from a 状态 column, when it names one.
    var status: String?
    /// The own percent read from a 进展 column that holds one ("35%", as an export writes it).
    var percent: Double?
    /// The deadline as written ("2022年10月底前", "长期坚持", "44865").
    var deadlineText: String?
    /// The date it means, as YYYY-MM-DD; nil when ongoing, missing or unreadable.
    var deadline: String?
    /// Why `deadlineText` is no deadline (a sentence for the report, in Chinese).
    var deadlineError: String?
    var location: ImportLocation
    /// The source paragraph or row, for the side-by-side view.
    var source: String

    init(
        key: Int, parent: Int?, depth: Int, number: String, title: String, content: String = "", lead: String? = nil,
        participants: [String] = [], collective: [String] = [], leader: String = "", person: String = "", handler: String = "",
        expectedResults: String = "", policyDocuments: String = "", remarks: String = "", status: String? = nil,
        deadlineText: String? = nil, deadline: String? = nil, deadlineError: String? = nil, location: ImportLocation,
        source: String = ""
    ) {
        self.key = key
        self.parent = parent
        self.depth = depth
        self.number = number
        self.title = title
        self.content = content
        self.lead = lead
        self.participants = participants
        self.collective = collective
        self.leader = leader
        self.person = person
        self.handler = handler
        self.expectedResults = expectedResults
        self.policyDocuments = policyDocuments
        self.remarks = remarks
        self.status = status
        self.deadlineText = deadlineText
        self.deadline = deadline
        self.deadlineError = deadlineError
        self.location = location
        self.source = source
    }

    /// Sets the deadline from words as written, read the way the parsers read a 完成时限 cell.
    mutating func setDeadline(text: String, planYear: Int) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        deadlineText = trimmed.isEmpty ? nil : trimmed
        deadline = nil
        deadlineError = nil
        guard !trimmed.isEmpty else { return }
        if let iso = LocalDate(iso: trimmed) {
            deadline = iso.iso
            return
        }
        switch DeadlinePhrase.parse(trimmed, planYear: planYear) {
        case .date(let date, _): deadline = date.iso
        case .ongoing: break
        case .invalid(let reason): deadlineError = reason
        }
    }
}

extension ImportItem {
    private enum CodingKeys: String, CodingKey {
        case key, parent, depth, number, title, content, lead, participants, collective, leader, person, handler
        case expectedResults, policyDocuments, remarks, status, percent, deadlineText, deadline, deadlineError, location, source
    }

    /// Empty texts and lists are left out: a 100,000-row draft is stored a third smaller.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encodeIfPresent(parent, forKey: .parent)
        try c.encode(depth, forKey: .depth)
        for (value, key) in [
            (number, CodingKeys.number), (title, .title), (content, .content), (leader, .leader), (person, .person),
            (handler, .handler), (expectedResults, .expectedResults), (policyDocuments, .policyDocuments),
            (remarks, .remarks), (source, .source)
        ] where !value.isEmpty {
            try c.encode(value, forKey: key)
        }
        if !participants.isEmpty { try c.encode(participants, forKey: .participants) }
        if !collective.isEmpty { try c.encode(collective, forKey: .collective) }
        try c.encodeIfPresent(lead, forKey: .lead)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(percent, forKey: .percent)
        try c.encodeIfPresent(deadlineText, forKey: .deadlineText)
        try c.encodeIfPresent(deadline, forKey: .deadline)
        try c.encodeIfPresent(deadlineError, forKey: .deadlineError)
        try c.encode(location, forKey: .location)
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try c.decodeIfPresent(String.self, forKey: key) ?? "" }
        self.init(
            key: try c.decode(Int.self, forKey: .key), parent: try c.decodeIfPresent(Int.self, forKey: .parent),
            depth: try c.decode(Int.self, forKey: .depth), number: try text(.number), title: try text(.title),
            content: try text(.content), lead: try c.decodeIfPresent(String.self, forKey: .lead),
            participants: try c.decodeIfPresent([String].self, forKey: .participants) ?? [],
            collective: try c.decodeIfPresent([String].self, forKey: .collective) ?? [], leader: try text(.leader),
            person: try text(.person), handler: try text(.handler), expectedResults: try text(.expectedResults),
            policyDocuments: try text(.policyDocuments), remarks: try text(.remarks),
            status: try c.decodeIfPresent(String.self, forKey: .status),
            deadlineText: try c.decodeIfPresent(String.self, forKey: .deadlineText),
            deadline: try c.decodeIfPresent(String.self, forKey: .deadline),
            deadlineError: try c.decodeIfPresent(String.self, forKey: .deadlineError),
            location: try c.decode(ImportLocation.self, forKey: .location), source: try text(.source))
        percent = try c.decodeIfPresent(Double.self, forKey: .percent)
    }
}

/// Where an item came from: a sheet and row, or lines of a document.
struct ImportLocation: Codable, Sendable, Equatable {
    /// Index into `ImportPayload.sheets`.
    var sheet: Int?
    var row: Int?
    var firstLine: Int?
    var lastLine: Int?

    static func lines(_ range: ClosedRange<Int>) -> ImportLocation {
        ImportLocation(sheet: nil, row: nil, firstLine: range.lowerBound, lastLine: range.upperBound)
    }

    static func cell(sheet: Int, row: Int) -> ImportLocation {
        ImportLocation(sheet: sheet, row: row, firstLine: nil, lastLine: nil)
    }
}

struct ImportSheet: Codable, Sendable, Equatable {
    var name: String
    /// Item field → column letter ("lead" → "F").
    var columns: [String: String]
    /// Each column's header as the report names it (序号, 牵头单位 …).
    var labels: [String] = []
}

/// How one unit name written in the source is resolved.
struct ImportUnitChoice: Codable, Sendable, Equatable {
    enum Resolution: String, Codable, Sendable {
        /// Matched automatically (exact, short name or normalised name).
        case exact, short, normalized
        /// Several units fit; the office must choose.
        case ambiguous
        /// No unit fits; the office chooses one or creates it.
        case unknown
        /// Chosen by the office.
        case chosen
        /// To be created by the commit.
        case create
    }

    var name: String
    var resolution: Resolution
    var unitId: Int?
    /// The matched or chosen unit's own name, for the report.
    var unitName: String?
    var suggestions: [ImportSuggestion]

    var isResolved: Bool { unitId != nil || resolution == .create }
}

struct ImportSuggestion: Codable, Sendable, Equatable {
    var id: Int
    var name: String
    var score: Double
}

/// One line of the dry-run report.
package struct ImportProblem: Codable, Sendable, Equatable {
    enum Severity: String, Codable, Sendable { case error, warning }

    var severity: Severity
    /// unknown_unit, ambiguous_unit, bad_deadline, no_lead, collective_lead, empty_title, too_long, numbering,
    /// header, no_items, missing_unit, target.
    var code: String
    var itemKey: Int?
    var sheet: String?
    var row: Int?
    var column: String?
    var line: Int?
    /// The item field concerned (title, lead, participants, deadline …).
    var field: String?
    var messageZh: String
    var messageEn: String
    /// For unit problems: the name as written, and the closest known units.
    var unitName: String?
    var suggestions: [ImportSuggestion]?

    func message(_ language: Language) -> String { language == .zh ? messageZh : messageEn }
}
