/// A plan document read into its outline, before anything is matched or saved.
public struct ParsedDocument: Sendable, Equatable {
    /// The plan's own title when the text states it ("广州市2022年全面深化改革工作要点").
    public var title: String?
    /// Top-level items; each holds its children.
    public var items: [ParsedItem]
    /// Paragraphs that are not part of any item: the covering notice (各区人民政府，市政府各部门…
    /// 现将《…》印发给你们), the preamble before the first heading, copy-to lines, signatures, dates.
    public var skipped: [String]
    public var warnings: [Warning]

    public init(title: String? = nil, items: [ParsedItem] = [], skipped: [String] = [], warnings: [Warning] = []) {
        self.title = title
        self.items = items
        self.skipped = skipped
        self.warnings = warnings
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
