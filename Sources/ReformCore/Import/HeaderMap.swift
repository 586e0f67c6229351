import Foundation

/// Recognises the header row of a ledger spreadsheet and what each column holds. Offices name
/// the same column many ways (完成时限 / 时间节点 / 办结时限), wrap headers over lines ("完成\n时限")
/// and annotate them ("牵头单位（部门）"), so headers are folded before they are compared.
public enum HeaderMap {
    /// Maps header cells to columns. `unknown` lists non-empty headers that mean nothing known;
    /// `problems` are sentences for the dry-run report (repeated columns, missing essentials).
    /// 责任单位 is the lead column unless a 牵头单位 column exists, in which case it lists participants.
    public static func map(headers: [String]) -> (columns: [Int: LedgerColumn], unknown: [Int], problems: [String]) {
        var columns: [Int: LedgerColumn] = [:]
        var unknown: [Int] = []
        var problems: [String] = []
        var responsible: [Int] = []
        var firstIndex: [LedgerColumn: Int] = [:]

        func assign(_ column: LedgerColumn, to index: Int) {
            if let earlier = firstIndex[column] {
                problems.append(
                    "第\(index + 1)列“\(label(headers[index]))”与第\(earlier + 1)列“\(label(headers[earlier]))”都是\(column.chineseLabel)，只使用第\(earlier + 1)列"
                )
                unknown.append(index)
            } else {
                firstIndex[column] = index
                columns[index] = column
            }
        }

        for (index, header) in headers.enumerated() {
            let folded = fold(header)
            guard !folded.isEmpty else { continue }
            switch classify(folded) {
            case .column(let column): assign(column, to: index)
            case .responsible: responsible.append(index)
            case nil: unknown.append(index)
            }
        }
        // 责任单位 leads only when no column says 牵头.
        for index in responsible {
            assign(firstIndex[.leadUnit] == nil ? .leadUnit : .participants, to: index)
        }
        unknown.sort()

        if !columns.values.contains(where: { [.field, .task, .measure, .content].contains($0) }) {
            problems.append("没有找到改革任务、具体举措或主要内容列")
        }
        if !columns.values.contains(.leadUnit) {
            problems.append("没有找到牵头单位列")
        }
        return (columns, unknown, problems)
    }

    /// The header row among the first 10: the first that maps at least 3 different known columns,
    /// so title rows ("龙华区2020年改革工作要点一览表") and blank rows above it are skipped.
    public static func findHeaderRow(_ rows: [[String]]) -> Int? {
        rows.prefix(10).indices.first { index in
            Set(map(headers: rows[index]).columns.values).count >= 3
        }
    }

    /// The column one header cell names, if any; 责任单位 counts as the lead column here.
    public static func column(for header: String) -> LedgerColumn? {
        switch classify(fold(header)) {
        case .column(let column): column
        case .responsible: .leadUnit
        case nil: nil
        }
    }

    // MARK: - Classifying

    enum Kind: Equatable {
        case column(LedgerColumn)
        /// 责任单位: lead or participants depending on the other headers.
        case responsible
    }

    private static let exact: [String: Kind] = {
        var table: [String: Kind] = [:]
        let synonyms: [(Kind, [String])] = [
            (.column(.sequence), ["序号", "编号", "序", "序列号", "项目编号", "任务编号", "编码", "no", "no.", "#"]),
            (.column(.parent), ["上级序号", "上级编号", "所属", "所属任务", "上级任务", "父级序号", "上级"]),
            (.column(.field), ["领域", "重点领域", "改革领域", "所属领域", "类别", "改革类别", "分类", "板块"]),
            (.column(.task), ["改革任务", "重点任务", "任务", "重点工作", "任务名称", "改革事项", "改革项目", "工作任务", "项目名称", "重点改革任务"]),
            (.column(.measure), ["具体举措", "主要举措", "改革举措", "工作举措", "主要内容", "具体内容", "举措", "具体措施", "工作措施", "主要措施", "改革措施"]),
            (.column(.content), ["内容", "工作内容", "改革内容", "任务内容", "组织实施", "实施路径", "任务描述", "具体工作", "工作要求"]),
            (.column(.leadUnit), ["牵头单位", "牵头责任单位", "主办单位", "牵头部门", "主责单位", "主责部门", "牵头单位及部门"]),
            (.responsible, ["责任单位", "责任部门", "实施单位", "承办单位"]),
            (.column(.participants), ["参与单位", "配合单位", "协办单位", "协同责任单位", "参加单位", "配合部门", "参与部门", "协同单位", "协办部门", "参与部门单位"]),
            (.column(.leader), ["责任领导", "分管领导", "牵头负责领导", "牵头市领导", "牵头区领导", "分管省领导", "市政府分管领导", "区政府分管领导", "分管市领导", "分管区领导", "牵头领导", "联系领导"]),
            (.column(.person), ["责任人", "负责人", "具体负责人", "主要负责人"]),
            (.column(.handler), ["经办人", "联络员", "联系人", "改革联络员", "具体经办人"]),
            (.column(.deadline), ["完成时限", "时间节点", "办结时限", "完成时间", "时限", "截止时间", "完成期限", "时间安排", "完成时限要求"]),
            (.column(.expected), ["预期成效", "成果形式", "预期成果", "工作目标", "改革目标", "目标", "预期目标", "改革预期成效", "成果", "预期效果"]),
            (.column(.policies), ["拟出台政策文件", "政策文件", "拟出台文件", "出台文件", "配套政策", "拟出台政策"]),
            (.column(.progress), ["进展", "工作进展", "进度", "进展情况", "推进情况", "工作进展情况", "完成进度", "落实情况"]),
            (.column(.status), ["状态", "完成情况", "完成状态", "进展状态", "是否完成"]),
            (.column(.remarks), ["备注", "说明", "备注说明"])
        ]
        // The English headers of an English ledger export (folded: lower case, no spaces), so it imports back.
        let english: [(Kind, [String])] = [
            (.column(.field), ["field"]), (.column(.task), ["reformtask", "task"]), (.column(.measure), ["measure"]),
            (.column(.leadUnit), ["leadunit"]), (.column(.participants), ["participatingunits"]),
            (.column(.leader), ["responsibleleader"]), (.column(.person), ["responsibleperson"]), (.column(.handler), ["handler"]),
            (.column(.deadline), ["deadline"]), (.column(.expected), ["expectedresults"]),
            (.column(.policies), ["policydocumentstoissue", "policydocuments"]), (.column(.progress), ["progress"]),
            (.column(.status), ["status"]), (.column(.remarks), ["remarks"])
        ]
        for (kind, words) in synonyms + english { for word in words { table[word] = kind } }
        return table
    }()

    /// Looser rules for headers no table lists, checked in order; only for short headers, since
    /// a long cell is a title or a note, not a header.
    private static let contains: [([String], Kind)] = [
        (["领导"], .column(.leader)),
        (["经办", "联络员", "联系人"], .column(.handler)),
        (["责任人", "负责人"], .column(.person)),
        (["上级", "父级"], .column(.parent)),
        (["序号", "编号"], .column(.sequence)),
        (["领域"], .column(.field)),
        (["牵头", "主办", "主责"], .column(.leadUnit)),
        (["配合", "参与", "协办", "协同", "参加"], .column(.participants)),
        (["责任单位", "责任部门"], .responsible),
        (["完成情况", "状态"], .column(.status)),
        (["时限", "时间", "期限", "节点"], .column(.deadline)),
        (["政策", "文件"], .column(.policies)),
        (["成效", "成果", "目标"], .column(.expected)),
        (["进展", "进度"], .column(.progress)),
        (["备注"], .column(.remarks)),
        (["举措", "措施"], .column(.measure)),
        (["任务"], .column(.task)),
        (["内容"], .column(.content))
    ]
    private static let fuzzyMaxLength = 12

    static func classify(_ folded: String) -> Kind? {
        if let kind = exact[folded] { return kind }
        guard folded.count <= fuzzyMaxLength else { return nil }
        return contains.first { words, _ in words.contains(where: folded.contains) }?.1
    }

    // MARK: - Folding

    /// Width folded, blanks and line breaks removed, required-field stars and a trailing colon
    /// dropped, bracketed notes removed ("牵头单位（部门）" → "牵头单位") unless nothing else is left.
    static func fold(_ header: String) -> String {
        let plain = String(
            TextNormalizer.halfWidth(header).lowercased().filter {
                !$0.isWhitespace && !"*★☆※:".contains($0)
            })
        var outside = ""
        var inside = ""
        var depth = 0
        for c in plain {
            if "(【[〔".contains(c) {
                depth += 1
                continue
            }
            if ")】]〕".contains(c) {
                depth = max(0, depth - 1)
                continue
            }
            if depth == 0 { outside.append(c) } else { inside.append(c) }
        }
        return outside.isEmpty ? inside : outside
    }

    private static func label(_ header: String) -> String {
        header.split(whereSeparator: \.isNewline).joined().trimmingCharacters(in: .whitespaces)
    }
}
