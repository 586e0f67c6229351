import ReformCore
import ReformSpreadsheet

/// Why an import step was refused; the controllers turn it into an `AppError` in the reader's language.
enum ImportFailure: Error, Equatable {
    /// The file could not be read at all (not a zip, not UTF-8, truncated, malformed XML); why, in both languages.
    case unreadable(zh: String, en: String)
    /// The file passed one of the `UploadLimits` while it was read (a zip bomb, too many cells, too slow).
    case limitExceeded(UploadLimitExceeded)
    /// The batch is not a draft (already committed, undone).
    case notDraft(status: String)
    /// The report still lists errors.
    case hasErrors(Int)
    case notCommitted(status: String)
    /// Items were changed after the import; undo needs the user's confirmation.
    case editedSinceImport(Int)

    var code: String {
        switch self {
        case .unreadable: "unreadable_file"
        case .limitExceeded: "import_limit"
        case .notDraft: "import_not_draft"
        case .hasErrors: "import_has_errors"
        case .notCommitted: "import_not_committed"
        case .editedSinceImport: "import_edited_since"
        }
    }

    func message(_ l: Language) -> String {
        let zh = l == .zh
        switch self {
        case .unreadable(let detailZh, let detailEn):
            return zh ? "无法读取文件：" + detailZh : "The file cannot be read: " + detailEn
        case .limitExceeded(let exceeded):
            return L10n.fill("import.limit", l, Self.describe(exceeded, l))
        case .notDraft(let status):
            return zh
                ? "该导入已\(Self.statusName(status, l))，不能再修改或提交"
                : "This import is \(Self.statusName(status, l)); it can no longer be changed or committed"
        case .hasErrors(let count):
            return zh ? "还有 \(count) 个错误，改正后才能提交" : "\(count) errors remain; correct them before committing"
        case .notCommitted(let status):
            return zh
                ? "该导入尚未提交（\(Self.statusName(status, l))），无需撤销"
                : "This import is not committed (\(Self.statusName(status, l))); there is nothing to undo"
        case .editedSinceImport(let count):
            return zh
                ? "导入后已有 \(count) 个条目被修改或新增了下级，撤销将一并删除这些修改；确认后再撤销"
                : "\(count) items were edited or given new items below since the import; undoing removes those changes too. Confirm to undo"
        }
    }

    /// Which limit, where, in the reader's words: "工作表 sheet1.xml 解压后超过 128 MB 的上限".
    static func describe(_ exceeded: UploadLimitExceeded, _ l: Language) -> String {
        switch exceeded {
        case .partBytes(let part, let limit): L10n.fill("import.limit.partBytes", l, partName(part, l), UploadLimitExceeded.size(limit))
        case .totalBytes(let limit): L10n.fill("import.limit.totalBytes", l, UploadLimitExceeded.size(limit))
        case .compressionRatio(let part, let limit): L10n.fill("import.limit.compressionRatio", l, partName(part, l), String(limit))
        case .cells(let sheet, let limit): L10n.fill("import.limit.cells", l, sheet, grouped(limit))
        case .characters(let sheet, let limit): L10n.fill("import.limit.characters", l, sheet, grouped(limit))
        case .time(let seconds): L10n.fill("import.limit.time", l, String(seconds))
        }
    }

    /// "xl/worksheets/sheet1.xml" → "工作表 sheet1.xml"; a part without a familiar name keeps its path.
    static func partName(_ part: String, _ l: Language) -> String {
        let name = part.split(separator: "/").last.map(String.init) ?? part
        if part.hasPrefix("xl/worksheets/") { return L10n.fill("import.part.sheet", l, name) }
        if part.hasPrefix("xl/sharedStrings") { return L10n.fill("import.part.sharedStrings", l, name) }
        if part.hasPrefix("word/") { return L10n.fill("import.part.document", l, name) }
        return part
    }

    /// 2000000 → "2,000,000".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    static func statusName(_ status: String, _ l: Language) -> String {
        switch (status, l) {
        case ("draft", .zh): "待提交"
        case ("committed", .zh): "已提交"
        case ("undone", .zh): "已撤销"
        case ("draft", _): "a draft"
        case ("committed", _): "committed"
        case ("undone", _): "undone"
        default: status
        }
    }

    func appError(_ l: Language) -> AppError {
        .unprocessable(code: code, message: message(l))
    }
}

/// Changes the office makes to a draft before committing it.
struct ImportCorrections: Codable, Sendable {
    struct Item: Codable, Sendable {
        var key: Int
        var number: String?
        var title: String?
        var content: String?
        /// A unit name as it should read; empty for none.
        var lead: String?
        var participants: [String]?
        var leader: String?
        /// Words or a date; read like a 完成时限 cell.
        var deadline: String?
        /// Leaves the item and everything below it out of the import.
        var remove: Bool?
    }

    struct Unit: Codable, Sendable {
        /// The name as written in the source.
        var name: String
        /// A known unit to use for it.
        var unitId: Int?
        /// Create a unit of this name when committing.
        var create: Bool?
    }

    var target: ImportTarget?
    var items: [Item]?
    var units: [Unit]?
}
