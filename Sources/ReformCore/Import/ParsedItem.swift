/// One numbered item of a plan document (一、 / （一） / 1. / （1） / ①) with what was read from it.
public struct ParsedItem: Sendable, Equatable {
    /// The marker exactly as written, e.g. "（一）", "1．", "12.".
    public var number: String
    public var style: OutlineStyle
    /// The value of the marker: 3 for "（三）" and for "3."; numbering that runs on across
    /// chapters (measures 1 … 12 continuing under the next （一）) is kept as written.
    public var index: Int
    /// The heading text up to the first 。 or ；.
    public var title: String
    /// The rest of the heading paragraph and the unnumbered paragraphs that follow it, with the
    /// unit assignment removed and deadlines left in their sentences.
    public var content: String
    /// 0 for top-level items; one more per level actually nested in this document, so a plan that
    /// goes 一、 → 1. gives the 1. items depth 1.
    public var depth: Int
    public var lead: UnitCell.Mention?
    public var participants: [UnitCell.Mention]
    /// 分管/牵头 领导 as written.
    public var leader: String?
    /// The last deadline in the item's text (`.date` or `.ongoing`), with its original words.
    public var deadline: DeadlinePhrase.Result?
    /// 1-based lines of the text this item was read from.
    public var lines: ClosedRange<Int>
    /// 0-based index of the heading among the document's non-blank paragraphs.
    public var paragraphIndex: Int
    public var children: [ParsedItem]

    public init(
        number: String, style: OutlineStyle, index: Int, title: String, content: String = "", depth: Int,
        lead: UnitCell.Mention? = nil, participants: [UnitCell.Mention] = [], leader: String? = nil,
        deadline: DeadlinePhrase.Result? = nil, lines: ClosedRange<Int>, paragraphIndex: Int, children: [ParsedItem] = []
    ) {
        self.number = number
        self.style = style
        self.index = index
        self.title = title
        self.content = content
        self.depth = depth
        self.lead = lead
        self.participants = participants
        self.leader = leader
        self.deadline = deadline
        self.lines = lines
        self.paragraphIndex = paragraphIndex
        self.children = children
    }
}
