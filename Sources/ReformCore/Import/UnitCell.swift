import Foundation

/// Reads the units named in a spreadsheet cell ("市发改委、市财政局等") or a plan paragraph
/// ("（牵头单位：市行政审批服务局；责任单位：市发展改革委、市司法局）"). By convention the first
/// unit listed leads (排第一位的为牵头单位).
///
/// Names are split only on punctuation and line breaks, never on 和 or 及: 市发展和改革委员会
/// and 市人力资源和社会保障局 contain them, and no list can tell those from a conjunction.
public enum UnitCell {
    /// The units in a cell: the first listed (or one marked "（牵头）" / "…牵头") leads, the rest
    /// participate. Trailing 等 / 等单位 / 按职责分工负责 and bracketed notes such as
    /// （排第一位的为牵头单位） are dropped; repeats are dropped; order is kept.
    public static func split(_ text: String) -> (lead: String?, participants: [String]) {
        let (lead, participants) = leadAndParticipants(listedUnits(in: Substring(text)))
        return (lead?.name, participants.map(\.name))
    }

    /// The units in a cell as mentions, in order, each flagged if it is a placeholder group.
    public static func mentions(_ text: String) -> [Mention] {
        listedUnits(in: Substring(text)).map(\.mention)
    }

    /// 各地、各部门、各区、各有关单位、市有关单位、相关部门、各成员单位: groups, not units.
    public static func isCollective(_ name: String) -> Bool {
        guard ScalarText.isPlain(name) else {
            return name.hasPrefix("各") || name.contains("有关") || name.contains("相关") || name.hasSuffix("成员单位")
                || name.hasPrefix("其他") || name == "各地" || name == "全市" || name == "全区"
        }
        // The same tests by UTF-8 bytes: in plain text equal bytes are equal Characters (ScalarText).
        let bytes = name.utf8
        return bytes.starts(with: "各".utf8) || ScalarText.firstByteOffset(of: "有关", in: name) != nil
            || ScalarText.firstByteOffset(of: "相关", in: name) != nil || bytes.reversed().starts(with: "成员单位".utf8.reversed())
            || bytes.starts(with: "其他".utf8) || bytes.elementsEqual("各地".utf8) || bytes.elementsEqual("全市".utf8)
            || bytes.elementsEqual("全区".utf8)
    }

    // MARK: - Paragraphs

    /// Finds who does the work described by a paragraph of plan text. Recognises, anywhere in
    /// the paragraph: "（牵头单位：A；责任单位：B、C）", "（A牵头，B、C配合）", a closing sentence
    /// "A牵头，B参与。", labelled lines "牵头市领导：张三" / "分管省领导：…" / "责任单位：A、B" /
    /// "部门分工：省A牵头，各地、各部门配合。". When both 牵头单位 and 责任单位 are given, 责任单位
    /// lists participants; 责任单位 alone is led by its first unit. Nil when none is found.
    public static func extractAssignment(from paragraph: String) -> Assignment? {
        var collected = Collected()
        var covered: [Range<String.Index>] = []

        for group in bracketGroups(in: paragraph) {
            let inner = paragraph[paragraph.index(after: group.lowerBound)..<paragraph.index(before: group.upperBound)]
            let segments = labelledSegments(in: inner)
            if let first = segments.first, inner[inner.startIndex..<first.labelStart].allSatisfy(isBlankOrPunctuation) {
                for segment in segments { collected.add(segment) }
                covered.append(group)
            } else if let division = division(inner) {
                collected.add(division)
                covered.append(group)
            }
        }

        // Labels outside the brackets already read (a paragraph without any skips this pass).
        let hasLooseLabel = gaps(between: covered, in: paragraph).contains {
            ScalarText.isPlain($0)
                ? $0.unicodeScalars.contains { $0 == "：" || $0 == ":" } : ($0.contains("：") || $0.contains(":"))
        }
        for segment in hasLooseLabel ? labelledSegments(in: paragraph[...]) : []
        where !covered.contains(where: { $0.contains(segment.labelStart) }) {
            collected.add(segment)
            covered.append(segment.labelStart..<segment.end)
        }

        if let sentence = lastSentence(of: paragraph), !covered.contains(where: { $0.overlaps(sentence) }),
            let division = division(paragraph[sentence])
        {
            collected.add(division)
            covered.append(sentence)
        }

        guard !covered.isEmpty, collected.hasAnything else { return nil }
        let (lead, participants) = collected.resolved()
        return Assignment(
            lead: lead,
            participants: participants,
            leaderName: collected.leaders.isEmpty ? nil : collected.leaders.joined(separator: "、"),
            ranges: covered.sorted { $0.lowerBound < $1.lowerBound }
        )
    }

    // MARK: - Lists of names

    struct Listed {
        var mention: Mention
        /// Marked as the lead in the text ("市发改委（牵头）", "市发改委牵头").
        var marksLead: Bool
    }

    static let separators: Set<Character> = ["、", ",", "，", ";", "；", "/", "／", "\n", "\r", "\r\n", "|", "｜"]
    private static let openBrackets: Set<Character> = ["（", "(", "【", "[", "〔", "［"]
    private static let closeBrackets: Set<Character> = ["）", ")", "】", "]", "〕", "］"]

    // The same sets for plain text's scalars (ScalarText).
    @inline(__always)
    static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "、", ",", "，", ";", "；", "/", "／", "\n", "\r", "|", "｜": true
        default: false
        }
    }
    @inline(__always)
    static func isOpenBracket(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "（", "(", "【", "[", "〔", "［": true
        default: false
        }
    }
    @inline(__always)
    static func isCloseBracket(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "）", ")", "】", "]", "〕", "］": true
        default: false
        }
    }

    /// Splits on separators outside brackets, so "市委宣传部（市新闻出版局、市版权局）" stays one name.
    static func listedUnits(in text: Substring) -> [Listed] {
        let plain = ScalarText.isPlain(text)
        var pieces: [Substring] = []
        if plain {
            // The same split by scalars (ScalarText).
            let scalars = text.unicodeScalars
            var depth = 0
            var start = scalars.startIndex
            var index = scalars.startIndex
            while index < scalars.endIndex {
                let c = scalars[index]
                let next = scalars.index(after: index)
                if isOpenBracket(c) { depth += 1 } else if isCloseBracket(c) { depth = max(0, depth - 1) }
                if depth == 0, isSeparator(c) {
                    pieces.append(text[start..<index])
                    start = next
                }
                index = next
            }
            pieces.append(text[start...])
        } else {
            var depth = 0
            var start = text.startIndex
            var index = text.startIndex
            while index < text.endIndex {
                let c = text[index]
                if openBrackets.contains(c) { depth += 1 } else if closeBrackets.contains(c) { depth = max(0, depth - 1) }
                if depth == 0, separators.contains(c) {
                    pieces.append(text[start..<index])
                    start = text.index(after: index)
                }
                index = text.index(after: index)
            }
            pieces.append(text[start...])
        }

        var cleaned: [(name: String, marksLead: Bool)] = []
        for (position, piece) in pieces.enumerated() {
            let clean = plain ? cleanPlainName(piece, isFirst: position == 0) : cleanName(piece, isFirst: position == 0)
            guard let (name, marksLead) = clean else { continue }
            cleaned.append((name, marksLead))
        }
        var listed: [Listed] = []
        if plain {
            // Plain names are equal when their bytes are (ScalarText): no normalising hash.
            var seen: Set<[UInt8]> = []
            for (name, marksLead) in sharingWords(keepingGroupsWhole(cleaned)) where seen.insert(Array(name.utf8)).inserted {
                listed.append(Listed(mention: Mention(name: name), marksLead: marksLead))
            }
            return listed
        }
        var seen: Set<String> = []
        for (name, marksLead) in sharingWords(keepingGroupsWhole(cleaned)) where seen.insert(name).inserted {
            listed.append(Listed(mention: Mention(name: name), marksLead: marksLead))
        }
        return listed
    }

    // MARK: - Groups and shared words

    /// Words that, after a group (市直有关部门、单位 / 各区市政府、开发区管委), continue the group rather than name a unit.
    private static let groupContinuations = [
        "单位", "部门", "机构", "企业", "街道", "乡镇", "镇街", "镇", "园区", "管委会", "管委", "功能区", "开发区", "直属机构", "事业单位"
    ]

    /// A catch-all group keeps the pieces that continue it: "市直有关部门、单位" is one group, not the group and a
    /// unit called 单位; "各区市政府、开发区管委" is one group too (各 applies to both).
    static func keepingGroupsWhole(_ names: [(name: String, marksLead: Bool)]) -> [(name: String, marksLead: Bool)] {
        var result: [(name: String, marksLead: Bool)] = []
        for entry in names {
            if let last = result.last, isCollective(last.name), !isCollective(entry.name), ScalarText.count(entry.name) <= 6,
                !levelPrefixes.contains(where: { ScalarText.hasPrefix(entry.name, $0) }),
                groupContinuations.contains(where: { ScalarText.hasSuffix(entry.name, $0) })
            {
                result[result.count - 1].name += "、" + entry.name
            } else {
                result.append(entry)
            }
        }
        return result
    }

    private static let levelPrefixes = ["省", "市", "区", "县", "镇", "乡", "街道"]
    /// Places named bare in a list whose last name carries the unit: 黄埔区、南沙区政府.
    private static let placeEnds: Set<Character> = ["区", "县", "市", "镇", "乡", "旗", "州"]
    /// Endings of a department's name (局、委、办 …), for names written without their level: 市发展改革委、财政局.
    private static let departmentEnds: Set<Character> = ["局", "委", "办", "厅", "部", "院", "署", "心", "会"]
    /// Words of bodies that are not a level's department (a bank's branch, a company), never given a level.
    private static let notDepartments = ["银行", "分行", "公司", "集团", "大学", "学院", "医院", "海关", "法院", "检察院"]

    /// Words one name of a list shares with the others: a suffix written once at the end ("黄埔区、南沙区政府" → 黄埔区政府,
    /// 南沙区政府) and a level written once at the start ("市发展改革委、财政局" → 市发展改革委, 市财政局).
    static func sharingWords(_ names: [(name: String, marksLead: Bool)]) -> [(name: String, marksLead: Bool)] {
        var result = names
        // Suffix: a run of bare places, then a place of the same kind with a unit word after it.
        var index = 0
        while index < result.count {
            guard isBarePlace(result[index].name) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < result.count, isBarePlace(result[end + 1].name) { end += 1 }
            if end + 1 < result.count, let suffix = sharedSuffix(of: result[end + 1].name, after: result[index].name.last!) {
                for k in index...end { result[k].name += suffix }
            }
            index = end + 1
        }
        // Level: a name starting with 市/区/省/县 gives its level to department names written without any.
        var level: String?
        for k in result.indices {
            let name = result[k].name
            if let prefix = ["省", "市", "区", "县"].first(where: { ScalarText.hasPrefix(name, $0) }), !isCollective(name) {
                level = prefix
            } else if let level, isBareDepartment(name) {
                result[k].name = level + name
            } else {
                level = nil
            }
        }
        return result
    }

    /// "黄埔区", "增城区", "从化市": a short place name with nothing after it.
    private static func isBarePlace(_ name: String) -> Bool {
        if ScalarText.isPlain(name) {
            // The same by scalars (ScalarText).
            let scalars = name.unicodeScalars
            guard let last = scalars.last, isPlaceEnd(last), (2...5).contains(scalars.count), !isCollective(name) else { return false }
            return !scalars.dropLast().contains(where: { isPlaceEnd($0) || "委局办厅部院".unicodeScalars.contains($0) })
        }
        guard let last = name.last, placeEnds.contains(last), (2...5).contains(name.count), !isCollective(name) else { return false }
        return !name.dropLast().contains(where: { placeEnds.contains($0) || "委局办厅部院".contains($0) })
    }

    @inline(__always)
    private static func isPlaceEnd(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "区", "县", "市", "镇", "乡", "旗", "州": true
        default: false
        }
    }

    /// "南沙区政府" after places ending in 区 → "政府"; nil when the name is not such a place with a unit word.
    private static func sharedSuffix(of name: String, after placeEnd: Character) -> String? {
        guard let end = name.firstIndex(of: placeEnd), name.distance(from: name.startIndex, to: end) >= 1 else { return nil }
        let suffix = String(name[name.index(after: end)...])
        guard !suffix.isEmpty, suffix.count <= 12, isBarePlace(String(name[...end])) else { return nil }
        return suffix
    }

    /// "财政局", "国资委", "司法局": a department's name without a level or a place.
    private static func isBareDepartment(_ name: String) -> Bool {
        if ScalarText.isPlain(name) {
            // The same by scalars and bytes (ScalarText).
            let scalars = name.unicodeScalars
            guard let last = scalars.last, "局委办厅部院署心会".unicodeScalars.contains(last), (2...8).contains(scalars.count), !isCollective(name)
            else { return false }
            return !scalars.contains(where: { "省市区县镇乡".unicodeScalars.contains($0) })
                && !notDepartments.contains(where: { ScalarText.firstByteOffset(of: $0, in: name) != nil })
        }
        guard let last = name.last, departmentEnds.contains(last), (2...8).contains(name.count), !isCollective(name) else { return false }
        return !name.contains(where: { "省市区县镇乡".contains($0) }) && !notDepartments.contains(where: name.contains)
    }

    static func leadAndParticipants(_ listed: [Listed]) -> (lead: Mention?, participants: [Mention]) {
        guard let leadIndex = listed.firstIndex(where: \.marksLead) ?? (listed.isEmpty ? nil : 0) else { return (nil, []) }
        var participants = listed.map(\.mention)
        let lead = participants.remove(at: leadIndex)
        return (lead, participants)
    }

    /// Notes written inside brackets after a name, dropped from it.
    private static let noteWords = ["牵头", "排第一", "排名第一", "第一位", "首位", "列首", "按职责", "分工", "负责", "配合", "参与", "注", "为准", "下同"]
    /// A bracket that says just this marks its unit as the lead.
    private static let leadNotes: Set<String> = ["牵头", "牵头单位", "牵头部门", "主办", "主责", "主办单位"]
    /// Endings that are not part of a name, longest first.
    private static let trailingWords = [
        "按职责分工负责", "按职责分工落实", "按职责分工推进", "按职责负责", "分工负责", "等有关单位", "等相关单位",
        "等有关部门", "等相关部门", "等成员单位", "等单位", "等部门", "共同负责", "配合落实", "配合", "参与", "协办",
        "协助", "参加", "等"
    ]
    /// Labels a whole cell may start with ("牵头单位：市发改委").
    private static let cellLabels = [
        "牵头单位", "牵头部门", "责任单位", "责任部门", "参与单位", "配合单位", "协办单位", "主办单位", "参加单位", "协同单位"
    ]

    private static let nameEnds = CharacterSet(charactersIn: "。.：:  \u{3000}\t")
    private static let cellLabelFirsts = Set(cellLabels.compactMap(\.first))
    /// Last characters of the endings and of 牵头: names ending otherwise need no suffix checks.
    private static let trailingLasts = Set(trailingWords.compactMap(\.last) + ["头", "责"])

    private static func cleanName(_ piece: Substring, isFirst: Bool) -> (String, Bool)? {
        var name = String(piece).trimmingCharacters(in: .whitespacesAndNewlines)
        var marksLead = false
        if isFirst, let first = name.first, cellLabelFirsts.contains(first) || first == "由" {
            for label in cellLabels where name.hasPrefix(label) {
                let rest = name.dropFirst(label.count).drop(while: \.isWhitespace)
                if let colon = rest.first, colon == "：" || colon == ":" {
                    name = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                break
            }
            if name.hasPrefix("由") { name.removeFirst() }
        }
        name = name.trimmingCharacters(in: nameEnds)
        // Bracketed notes: drop them, or take them as the lead mark.
        while let close = name.lastIndex(where: closeBrackets.contains), close == name.index(before: name.endIndex),
            let open = name[..<close].lastIndex(where: openBrackets.contains)
        {
            let note = String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            if leadNotes.contains(note) {
                marksLead = true
            } else if !noteWords.contains(where: note.contains) && !note.isEmpty {
                break
            }
            name = String(name[..<open]).trimmingCharacters(in: .whitespaces)
        }
        var stripped = name.last.map(trailingLasts.contains) ?? false
        while stripped {
            stripped = false
            if name.hasSuffix("牵头负责") || name.hasSuffix("牵头") {
                name = String(name.dropLast(name.hasSuffix("牵头负责") ? 4 : 2))
                marksLead = true
                stripped = true
            }
            for word in trailingWords where name.hasSuffix(word) && name.count > word.count {
                name = String(name.dropLast(word.count))
                stripped = true
                break
            }
            name = name.trimmingCharacters(in: .whitespaces)
        }
        guard !name.isEmpty, !trailingWords.contains(name) else { return nil }
        return (name, marksLead)
    }

    private typealias Scalars = [Unicode.Scalar]

    private static func scalars(_ words: [String]) -> [Scalars] { words.map { Array($0.unicodeScalars) } }
    private static let plainCellLabels = scalars(cellLabels)
    private static let plainCellLabelFirsts = Set(plainCellLabels.compactMap(\.first))
    private static let plainLeadNotes = Set(scalars(Array(leadNotes)))
    private static let plainNoteWords = scalars(noteWords)
    private static let plainTrailingWords = scalars(trailingWords)
    private static let plainTrailingLasts = Set(plainTrailingWords.compactMap(\.last) + ["头", "责"])
    private static let plainLeadVerbLong: Scalars = Array("牵头负责".unicodeScalars)
    private static let plainLeadVerbShort: Scalars = Array("牵头".unicodeScalars)

    /// `cleanName` for a piece of plain text, by scalars (ScalarText): the same steps on the same characters.
    private static func cleanPlainName(_ piece: Substring, isFirst: Bool) -> (String, Bool)? {
        func trim(_ name: some Collection<Unicode.Scalar>, _ set: CharacterSet) -> Scalars {
            var slice = Scalars(name)[...]
            while let first = slice.first, set.contains(first) { slice.removeFirst() }
            while let last = slice.last, set.contains(last) { slice.removeLast() }
            return Scalars(slice)
        }
        func hasSuffix(_ name: Scalars, _ word: Scalars) -> Bool {
            name.count >= word.count && name[(name.count - word.count)...].elementsEqual(word)
        }
        var name = Scalars(ScalarText.trimmedPlain(piece, ScalarText.whitespacesAndNewlines).unicodeScalars)
        var marksLead = false
        if isFirst, let first = name.first, plainCellLabelFirsts.contains(first) || first == "由" {
            for label in plainCellLabels where name.starts(with: label) {
                let rest = name.dropFirst(label.count).drop(while: ScalarText.isWhitespace)
                if let colon = rest.first, colon == "：" || colon == ":" {
                    name = trim(rest.dropFirst(), ScalarText.whitespaces)
                }
                break
            }
            if name.first == "由" { name.removeFirst() }
        }
        name = trim(name, nameEnds)
        // Bracketed notes: drop them, or take them as the lead mark.
        while let close = name.lastIndex(where: isCloseBracket), close == name.count - 1,
            let open = name[..<close].lastIndex(where: isOpenBracket)
        {
            let note = trim(name[(open + 1)..<close], ScalarText.whitespaces)
            if plainLeadNotes.contains(note) {
                marksLead = true
            } else if !plainNoteWords.contains(where: { note.firstRange(of: $0) != nil }) && !note.isEmpty {
                break
            }
            name = trim(name[..<open], ScalarText.whitespaces)
        }
        var stripped = name.last.map(plainTrailingLasts.contains) ?? false
        while stripped {
            stripped = false
            let longVerb = hasSuffix(name, plainLeadVerbLong)
            if longVerb || hasSuffix(name, plainLeadVerbShort) {
                name.removeLast(longVerb ? 4 : 2)
                marksLead = true
                stripped = true
            }
            for word in plainTrailingWords where hasSuffix(name, word) && name.count > word.count {
                name.removeLast(word.count)
                stripped = true
                break
            }
            name = trim(name, ScalarText.whitespaces)
        }
        guard !name.isEmpty, !plainTrailingWords.contains(name) else { return nil }
        return (ScalarText.string(name), marksLead)
    }

    // MARK: - Labelled segments

    enum Role {
        case leader, lead, responsible, participants, division
    }

    struct Segment {
        var role: Role
        var labelStart: String.Index
        var value: Substring
        /// End of the segment including a closing 。 or ；.
        var end: String.Index
    }

    /// Longest first, so 牵头市领导 wins over 牵头 and 协同责任单位 over 责任单位.
    private static let labels: [(String, Role)] = [
        ("市政府分管领导", .leader), ("区政府分管领导", .leader), ("省政府分管领导", .leader), ("牵头负责领导", .leader),
        ("牵头市领导", .leader), ("牵头区领导", .leader), ("牵头省领导", .leader), ("分管省领导", .leader),
        ("分管市领导", .leader), ("分管区领导", .leader), ("牵头领导", .leader), ("分管领导", .leader),
        ("责任领导", .leader), ("联系领导", .leader),
        ("牵头责任单位", .lead), ("协同责任单位", .participants), ("牵头单位", .lead), ("牵头部门", .lead),
        ("主办单位", .lead), ("主责单位", .lead), ("主责部门", .lead),
        ("责任单位", .responsible), ("责任部门", .responsible), ("实施单位", .responsible), ("承办单位", .responsible),
        ("参与单位", .participants), ("配合单位", .participants), ("协办单位", .participants), ("协同单位", .participants),
        ("参加单位", .participants), ("参与部门", .participants), ("配合部门", .participants), ("协办部门", .participants),
        ("部门分工", .division), ("责任分工", .division), ("职责分工", .division), ("分工", .division)
    ]
    private static let labelBoundaries: Set<Character> = ["（", "(", "；", ";", "。", "，", ",", "\n", "\r", "\r\n", " ", "\u{3000}", "\t", "】", "："]
    private static let valueEnds: Set<Character> = ["；", ";", "。", "\n", "\r", "\r\n"]

    static func labelledSegments(in text: Substring) -> [Segment] {
        if ScalarText.isPlain(text) { return plainLabelledSegments(in: text) }
        // Find the labels first, so each value can stop where the next label starts.
        var found: [(role: Role, labelStart: String.Index, valueStart: String.Index)] = []
        var index = text.startIndex
        var atBoundary = true
        while index < text.endIndex {
            let c = text[index]
            if atBoundary, let (role, valueStart) = label(at: index, in: text) {
                found.append((role, index, valueStart))
                index = valueStart
                atBoundary = true
            } else {
                atBoundary = labelBoundaries.contains(c)
                index = text.index(after: index)
            }
        }
        var segments: [Segment] = []
        for (n, item) in found.enumerated() {
            let limit = n + 1 < found.count ? found[n + 1].labelStart : text.endIndex
            var valueEnd = item.valueStart
            var depth = 0
            while valueEnd < limit {
                let c = text[valueEnd]
                if openBrackets.contains(c) { depth += 1 }
                if closeBrackets.contains(c) {
                    depth -= 1
                    if depth < 0 { break }
                }
                if depth == 0, valueEnds.contains(c) { break }
                valueEnd = text.index(after: valueEnd)
            }
            var end = valueEnd
            if end < limit, ["；", ";", "。"].contains(text[end]) { end = text.index(after: end) }
            let value = text[item.valueStart..<valueEnd]
            guard !value.allSatisfy(isBlankOrPunctuation) else { continue }
            segments.append(Segment(role: item.role, labelStart: item.labelStart, value: value, end: end))
        }
        return segments
    }

    /// `labelledSegments` for plain text, by scalars (ScalarText): the same steps on the same characters.
    private static func plainLabelledSegments(in text: Substring) -> [Segment] {
        let scalars = text.unicodeScalars
        var found: [(role: Role, labelStart: String.Index, valueStart: String.Index)] = []
        var index = scalars.startIndex
        var atBoundary = true
        while index < scalars.endIndex {
            let c = scalars[index]
            if atBoundary, let (role, valueStart) = plainLabel(at: index, in: scalars) {
                found.append((role, index, valueStart))
                index = valueStart
                atBoundary = true
            } else {
                atBoundary = isLabelBoundary(c)
                index = scalars.index(after: index)
            }
        }
        var segments: [Segment] = []
        for (n, item) in found.enumerated() {
            let limit = n + 1 < found.count ? found[n + 1].labelStart : scalars.endIndex
            var valueEnd = item.valueStart
            var depth = 0
            while valueEnd < limit {
                let c = scalars[valueEnd]
                if isOpenBracket(c) { depth += 1 }
                if isCloseBracket(c) {
                    depth -= 1
                    if depth < 0 { break }
                }
                if depth == 0, c == "；" || c == ";" || c == "。" || c == "\n" || c == "\r" { break }
                valueEnd = scalars.index(after: valueEnd)
            }
            var end = valueEnd
            if end < limit, scalars[end] == "；" || scalars[end] == ";" || scalars[end] == "。" { end = scalars.index(after: end) }
            let value = text[item.valueStart..<valueEnd]
            guard !value.unicodeScalars.allSatisfy(ScalarText.isBlankOrPunctuation) else { continue }
            segments.append(Segment(role: item.role, labelStart: item.labelStart, value: value, end: end))
        }
        return segments
    }

    @inline(__always)
    private static func isLabelBoundary(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "（", "(", "；", ";", "。", "，", ",", "\n", "\r", " ", "\u{3000}", "\t", "】", "：": true
        default: false
        }
    }

    private static let plainLabelsByFirst: [Unicode.Scalar: [(Scalars, Role)]] = Dictionary(
        grouping: labels.map { (Scalars($0.0.unicodeScalars), $0.1) }, by: { $0.0[0] })

    private static func plainLabel(at index: String.Index, in scalars: Substring.UnicodeScalarView) -> (Role, String.Index)? {
        guard let candidates = plainLabelsByFirst[scalars[index]] else { return nil }
        let rest = scalars[index...]
        for (word, role) in candidates where rest.starts(with: word) {
            var after = scalars.index(index, offsetBy: word.count)
            while after < scalars.endIndex, scalars[after] == " " || scalars[after] == "\u{3000}" { after = scalars.index(after: after) }
            guard after < scalars.endIndex, scalars[after] == "：" || scalars[after] == ":" else { return nil }
            return (role, scalars.index(after: after))
        }
        return nil
    }

    /// Labels by first character, longest first within each group.
    private static let labelsByFirst: [Character: [(String, Role)]] = Dictionary(grouping: labels) { $0.0.first! }

    private static func label(at index: String.Index, in text: Substring) -> (Role, String.Index)? {
        guard let candidates = labelsByFirst[text[index]] else { return nil }
        let rest = text[index...]
        for (word, role) in candidates where rest.hasPrefix(word) {
            let afterWord = rest.dropFirst(word.count).drop(while: { $0 == " " || $0 == "\u{3000}" })
            guard let colon = afterWord.first, colon == "：" || colon == ":" else { return nil }
            return (role, afterWord.index(after: afterWord.startIndex))
        }
        return nil
    }

    // MARK: - "A牵头，B配合"

    struct Division {
        var leads: [Mention]
        var participants: [Mention]
    }

    private static let leadVerbs = ["牵头负责", "牵头抓总", "牵头", "主办", "主责"]
    private static let helperVerbs = [
        "按职责分工负责", "按职责分工落实", "按职责分工推进", "按职责负责", "分工负责", "共同推进", "共同负责",
        "配合落实", "配合", "参与", "协助", "协办", "协同", "参加"
    ]
    /// Words that show a clause is a description of work, not a list of units.
    private static let workWords = ["推进", "建立", "完善", "开展", "实施", "加强", "深化", "推动", "探索", "落实", "整合", "制定", "提升", "优化", "的"]

    /// "由市发展改革委牵头，市财政局、市司法局配合" — every clause must be "units + role verb".
    private static let sentenceEnds = CharacterSet(charactersIn: "。；;，, \u{3000}\n")
    fileprivate static let leaderEnds = CharacterSet(charactersIn: "，,、 \u{3000}")

    static func division(_ text: Substring) -> Division? {
        let plain = ScalarText.isPlain(text)
        var sentence = ScalarText.trimmed(text, sentenceEnds)
        if sentence.hasPrefix("由") { sentence.removeFirst() }
        guard !sentence.isEmpty, (plain ? sentence.unicodeScalars.count : sentence.count) <= 200 else { return nil }
        var leads: [Mention] = [], participants: [Mention] = []
        var firstHelperClause: [Mention]?
        let clauses =
            plain
            ? sentence.unicodeScalars.split(whereSeparator: { $0 == "，" || $0 == "," || $0 == "；" || $0 == ";" }).map(Substring.init)
            : sentence.split(whereSeparator: { "，,；;".contains($0) })
        for clause in clauses {
            var body = ScalarText.trimmed(clause, ScalarText.whitespaces)
            var isLead: Bool
            if let verb = leadVerbs.first(where: { ScalarText.hasSuffix(body, $0) }) {
                body.removeLast(verb.count)
                isLead = true
            } else if let verb = helperVerbs.first(where: { ScalarText.hasSuffix(body, $0) }) {
                body.removeLast(verb.count)
                isLead = false
            } else if ScalarText.hasSuffix(body, "负责") {
                body.removeLast(2)
                isLead = leads.isEmpty
            } else {
                return nil
            }
            if body.hasPrefix("由") { body.removeFirst() }
            let units = listedUnits(in: Substring(body)).map(\.mention)
            guard !units.isEmpty, units.allSatisfy(isPlausibleUnit) else { return nil }
            if isLead {
                leads += units
            } else {
                if firstHelperClause == nil { firstHelperClause = units }
                participants += units
            }
        }
        // "A、B按职责分工负责": the first listed leads, unless it is a group such as 各区.
        if leads.isEmpty, let first = firstHelperClause?.first, !first.isCollective {
            leads = [first]
            participants.removeFirst()
        }
        return Division(leads: leads, participants: participants)
    }

    private static func isPlausibleUnit(_ mention: Mention) -> Bool {
        let name = mention.name
        if ScalarText.isPlain(name) {
            // The same by scalars and bytes (ScalarText).
            return (2...30).contains(name.unicodeScalars.count) && !workWords.contains(where: { ScalarText.firstByteOffset(of: $0, in: name) != nil })
                && !name.unicodeScalars.contains(where: { ScalarText.isWhitespace($0) || $0 == "。" || $0 == "：" || $0 == ":" })
        }
        return (2...30).contains(name.count) && !workWords.contains(where: name.contains)
            && !name.contains(where: { $0.isWhitespace || "。：:".contains($0) })
    }

    // MARK: - Collecting pieces

    private struct Collected {
        var leadLabelled: [Mention] = []
        var responsible: [Mention] = []
        var helpers: [Mention] = []
        var divisionLeads: [Mention] = []
        var leaders: [String] = []

        var hasAnything: Bool {
            !(leadLabelled.isEmpty && responsible.isEmpty && helpers.isEmpty && divisionLeads.isEmpty && leaders.isEmpty)
        }

        mutating func add(_ segment: Segment) {
            switch segment.role {
            case .leader:
                let name = ScalarText.trimmed(segment.value, UnitCell.leaderEnds)
                if !name.isEmpty { leaders.append(name) }
            case .lead:
                let listed = UnitCell.listedUnits(in: segment.value)
                leadLabelled += listed.map(\.mention)
            case .responsible:
                responsible += UnitCell.listedUnits(in: segment.value).map(\.mention)
            case .participants:
                helpers += UnitCell.listedUnits(in: segment.value).map(\.mention)
            case .division:
                if let division = UnitCell.division(segment.value) {
                    add(division)
                } else {
                    responsible += UnitCell.listedUnits(in: segment.value).map(\.mention)
                }
            }
        }

        mutating func add(_ division: Division) {
            divisionLeads += division.leads
            helpers += division.participants
        }

        /// 牵头单位 beats a division sentence beats 责任单位 for the lead; everything else participates.
        func resolved() -> (Mention?, [Mention]) {
            let ordered: [Mention]
            if !leadLabelled.isEmpty {
                ordered = leadLabelled + divisionLeads + responsible + helpers
            } else if !divisionLeads.isEmpty {
                ordered = divisionLeads + responsible + helpers
            } else if let first = responsible.first, !first.isCollective {
                ordered = responsible + helpers
            } else {
                return (nil, unique(responsible + helpers))
            }
            let all = unique(ordered)
            return (all.first, Array(all.dropFirst()))
        }

        private func unique(_ mentions: [Mention]) -> [Mention] {
            if mentions.allSatisfy({ ScalarText.isPlain($0.name) }) {
                // Plain names are equal when their bytes are (ScalarText): no normalising hash.
                var seen: Set<[UInt8]> = []
                return mentions.filter { seen.insert(Array($0.name.utf8)).inserted }
            }
            var seen: Set<String> = []
            return mentions.filter { seen.insert($0.name).inserted }
        }
    }

    // MARK: - Text helpers

    /// The parts of `text` outside `ranges` (which are in order and do not overlap).
    private static func gaps(between ranges: [Range<String.Index>], in text: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        for range in ranges {
            parts.append(text[start..<range.lowerBound])
            start = range.upperBound
        }
        parts.append(text[start...])
        return parts
    }

    static func isBlankOrPunctuation(_ c: Character) -> Bool {
        c.isWhitespace || c.isPunctuation
    }

    /// Top-level bracket pairs （…） or (…), outermost only.
    static func bracketGroups(in text: String) -> [Range<String.Index>] {
        if ScalarText.isPlain(text) {
            // The same by scalars (ScalarText).
            var groups: [Range<String.Index>] = []
            var depth = 0
            let scalars = text.unicodeScalars
            var start = scalars.startIndex
            var index = scalars.startIndex
            while index < scalars.endIndex {
                let c = scalars[index]
                let next = scalars.index(after: index)
                if c == "（" || c == "(" {
                    if depth == 0 { start = index }
                    depth += 1
                } else if (c == "）" || c == ")") && depth > 0 {
                    depth -= 1
                    if depth == 0 { groups.append(start..<next) }
                }
                index = next
            }
            return groups
        }
        var groups: [Range<String.Index>] = []
        var depth = 0
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "（" || c == "(" {
                if depth == 0 { start = index }
                depth += 1
            } else if (c == "）" || c == ")") && depth > 0 {
                depth -= 1
                if depth == 0 { groups.append(start..<text.index(after: index)) }
            }
            index = text.index(after: index)
        }
        return groups
    }

    /// The last sentence (ended by 。 or a line break) that has any text, with its closing 。.
    static func lastSentence(of text: String) -> Range<String.Index>? {
        if ScalarText.isPlain(text) {
            // The same by scalars (ScalarText).
            let scalars = text.unicodeScalars
            var end = scalars.endIndex
            while end > scalars.startIndex, ScalarText.isBlankOrPunctuation(scalars[scalars.index(before: end)]) {
                end = scalars.index(before: end)
            }
            guard end > scalars.startIndex else { return nil }
            var start = end
            while start > scalars.startIndex, !"。\n\r".unicodeScalars.contains(scalars[scalars.index(before: start)]) {
                start = scalars.index(before: start)
            }
            while start < end, ScalarText.isWhitespace(scalars[start]) { start = scalars.index(after: start) }
            var closing = end
            if closing < scalars.endIndex, scalars[closing] == "。" { closing = scalars.index(after: closing) }
            return start..<closing
        }
        var end = text.endIndex
        while end > text.startIndex, isBlankOrPunctuation(text[text.index(before: end)]) {
            end = text.index(before: end)
        }
        guard end > text.startIndex else { return nil }
        var start = end
        while start > text.startIndex, !"。\n\r".contains(text[text.index(before: start)]) {
            start = text.index(before: start)
        }
        while start < end, text[start].isWhitespace { start = text.index(after: start) }
        var closing = end
        if closing < text.endIndex, text[closing] == "。" { closing = text.index(after: closing) }
        return start..<closing
    }

    private static let doubledPunctuation = [("，。", "。"), ("；。", "。"), ("。。", "。"), ("，，", "，"), ("；；", "；"), ("。；", "。"), ("。，", "。")]
    private static let danglingAtEnds = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "，,；;、"))

    /// What is left after an assignment is cut out: no dangling separators or empty brackets.
    static func tidyAfterRemoval(_ text: String) -> String {
        if ScalarText.isPlain(text) { return plainTidyAfterRemoval(text) }
        var result = text
        for (from, to) in doubledPunctuation where result.contains(from) {
            while result.contains(from) { result = result.replacingOccurrences(of: from, with: to) }
        }
        let lines = result.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: danglingAtEnds) }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

extension UnitCell {
    private static let plainDoubledPunctuation: [(from: [Unicode.Scalar], to: Unicode.Scalar)] = [
        (["，", "。"], "。"), (["；", "。"], "。"), (["。", "。"], "。"), (["，", "，"], "，"), (["；", "；"], "；"), (["。", "；"], "。"),
        (["。", "，"], "。")
    ]

    /// `tidyAfterRemoval` for plain text, by scalars (ScalarText): each pair in turn replaced left to right, again
    /// while any is left (as `replacingOccurrences` in a loop did), then each line trimmed.
    static func plainTidyAfterRemoval(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        for (from, to) in plainDoubledPunctuation {
            var replaced = true
            while replaced {
                replaced = false
                var result: [Unicode.Scalar] = []
                result.reserveCapacity(scalars.count)
                var i = 0
                while i < scalars.count {
                    if i + 1 < scalars.count, scalars[i] == from[0], scalars[i + 1] == from[1] {
                        result.append(to)
                        i += 2
                        replaced = true
                    } else {
                        result.append(scalars[i])
                        i += 1
                    }
                }
                scalars = result
            }
        }
        let lines = scalars.split(whereSeparator: ScalarText.isNewline).map { line in
            var line = line[...]
            while let first = line.first, danglingAtEnds.contains(first) { line.removeFirst() }
            while let last = line.last, danglingAtEnds.contains(last) { line.removeLast() }
            return ScalarText.string(line)
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
