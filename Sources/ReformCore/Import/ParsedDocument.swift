/// A plan document read into its outline, before anything is matched or saved.
public struct ParsedDocument: Sendable, Equatable {
    /// The plan's own title when the text states it ("广州市2022年全面深化改革工作要点"), as written.
    public var title: String?
    /// The document's own number (文号) from its header or its notice line, never one it cites.
    public var docNumber: String?
    /// Top-level items; each holds its children.
    public var items: [ParsedItem]
    /// Paragraphs that are not part of any item: the covering notice (各区人民政府，市政府各部门…
    /// 现将《…》印发给你们), the preamble before the first heading, copy-to lines, signatures, dates.
    public var skipped: [String]
    /// The same paragraphs in runs, each with why it was left out, for the problem report.
    public var skippedParts: [SkippedPart]
    public var warnings: [Warning]
    /// True when the text is a covering notice with no plan after it (its numbered rules are not plan items).
    public var isNoticeOnly: Bool
    /// What the covering notice asks about reporting ("4月10日、7月10日、10月10日前报送"), offered as a suggestion for
    /// the plan's reporting schedule.
    public var reporting: ReportingHint?

    public init(
        title: String? = nil, docNumber: String? = nil, items: [ParsedItem] = [], skipped: [String] = [],
        skippedParts: [SkippedPart] = [], warnings: [Warning] = [], isNoticeOnly: Bool = false, reporting: ReportingHint? = nil
    ) {
        self.title = title
        self.docNumber = docNumber
        self.items = items
        self.skipped = skipped
        self.skippedParts = skippedParts
        self.warnings = warnings
        self.isNoticeOnly = isNoticeOnly
        self.reporting = reporting
    }

    /// Every item, parents before their children, in document order.
    public var allItems: [ParsedItem] {
        var result: [ParsedItem] = []
        func visit(_ item: ParsedItem) {
            result.append(item)
            item.children.forEach(visit)
        }
        items.forEach(visit)
        return result
    }
}
