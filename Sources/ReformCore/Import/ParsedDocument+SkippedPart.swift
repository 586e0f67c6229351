extension ParsedDocument {
    /// A run of lines the parser read but did not take as items, and why.
    public struct SkippedPart: Sendable, Equatable {
        public enum Reason: String, Sendable, CaseIterable {
            /// The covering notice (印发通知) before the plan: addressees, its own numbered rules, its signature.
            case notice
            /// The plan's title line.
            case title
            /// Text between the title and the first numbered heading (背景、总体要求 without numbers).
            case preamble
            /// A table's header row (序号 / 重点工作 / 牵头单位 …).
            case tableHeader
            /// Lines before a table's header: a table title, a note.
            case beforeTable
            /// A signature block: the issuing office and its date.
            case signature
            /// Copy-to and publication lines (抄送、公开方式、印发) and everything after them.
            case copyTo
            /// An attachment label (附件).
            case attachmentLabel

            /// Why, in Chinese and in English, as the problem report says it.
            public var explanation: (zh: String, en: String) {
                switch self {
                case .notice: ("印发通知，不是方案正文", "the covering notice, not the plan itself")
                case .title: ("方案标题", "the plan's title")
                case .preamble: ("标题后、第一个编号前的说明文字", "text between the title and the first numbered heading")
                case .tableHeader: ("表格的表头", "the table's header row")
                case .beforeTable: ("表头之前的文字", "text before the table's header")
                case .signature: ("落款（发文机关和日期）", "the signature (issuing office and date)")
                case .copyTo: ("抄送、公开方式等版记", "copy-to and publication lines")
                case .attachmentLabel: ("附件标记", "an attachment label")
                }
            }
        }

        public var reason: Reason
        /// 1-based lines of the text, first to last.
        public var lines: ClosedRange<Int>
        /// The first line of the run, as written.
        public var firstText: String

        public init(reason: Reason, lines: ClosedRange<Int>, firstText: String) {
            self.reason = reason
            self.lines = lines
            self.firstText = firstText
        }
    }

    /// What a covering notice says about reporting: the sentence as written, and a schedule when it names one the
    /// reporting feature can keep (每月N日前 / 每季度最后一个月N日前 / one date in each quarter).
    public struct ReportingHint: Sendable, Equatable {
        public var text: String
        public var schedule: ReportingSchedule?
        /// 1-based line of the sentence.
        public var line: Int

        public init(text: String, schedule: ReportingSchedule?, line: Int) {
            self.text = text
            self.schedule = schedule
            self.line = line
        }
    }
}

extension ParsedDocument {
    /// Records a paragraph that is not an item, joining it to the previous run when that has the same reason.
    mutating func skip(_ paragraph: PlanDocumentParser.Paragraph, _ reason: SkippedPart.Reason) {
        skipped.append(paragraph.written)
        if let last = skippedParts.last, last.reason == reason, last.lines.upperBound < paragraph.line {
            skippedParts[skippedParts.count - 1].lines = last.lines.lowerBound...paragraph.line
        } else {
            skippedParts.append(SkippedPart(reason: reason, lines: paragraph.line...paragraph.line, firstText: paragraph.written))
        }
    }
}
