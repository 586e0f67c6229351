import Foundation

/// Comparison keys for unit names, so that 深圳市发展和改革委员会, 市发展改革委 and 市发改委 meet.
///
/// - `full`: level marker + expanded name, without the place ("市" + "发展和改革委员会").
/// - `core`: the expanded name without place or level ("发展和改革委员会"), for names written with
///   no level at all ("发改委").
enum UnitNameKey {
    struct Keys: Hashable {
        /// The place name as written ("深圳", "龙华"), empty when none.
        var place: String
        var full: String
        var core: String

        /// Place + level + expanded name ("龙华区发展和改革局"), to tell districts apart.
        var placed: String { place + full }
    }

    static func keys(_ name: String) -> Keys {
        // Unit names are CJK and ASCII: one scalar per character, so scalars are safe and fast.
        var s = folded(name)
        for prefix in [Array("中国共产党".unicodeScalars), Array("中共".unicodeScalars)]
        where s.starts(with: prefix) && s.count > prefix.count + 2 {
            s.removeFirst(prefix.count)
        }
        var place: ArraySlice<Unicode.Scalar> = []
        if let split = placeEnd(s) {
            place = s[..<split]
            s.removeFirst(split)
        }
        var level: [Unicode.Scalar] = []
        if let first = s.first, levelMarkers.contains(first), s.count > 1,
            !nonLevelStarts.contains(where: { s.starts(with: $0) }), longestAbbreviation(in: s, at: 0) == nil
        {
            level = [first]
            s.removeFirst()
        }
        let core = expanded(s)
        return Keys(place: string(place), full: string(level + core), core: string(core))
    }

    /// Bigrams of a key as integers (two scalar values), unique, for the similarity index;
    /// a one-character key is its own single gram.
    static func bigrams(_ key: String) -> [UInt64] {
        var result: [UInt64] = []
        var previous: UInt64?
        for scalar in key.unicodeScalars {
            let value = UInt64(scalar.value)
            if let previous {
                let gram = previous << 32 | value
                // Names are short: a linear check beats hashing or sorting.
                if !result.contains(gram) { result.append(gram) }
            }
            previous = value
        }
        if result.isEmpty, let previous { result.append(previous) }
        return result
    }

    // MARK: - Steps

    private static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Width, case and blanks folded; bracket forms unified; dots dropped.
    static func folded(_ name: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(name.unicodeScalars.count)
        for scalar in name.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value == 0x3000 || scalar.properties.isWhitespace { continue }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            switch value {
            case 0x3010, 0x3014, 0x5B: value = 0x28  // 【 〔 [ → (
            case 0x3011, 0x3015, 0x5D: value = 0x29  // 】 〕 ] → )
            case 0xB7, 0x2022, 0x30FB, 0x2E, 0x3002: continue  // · • ・ . 。
            default: break
            }
            result.append(Unicode.Scalar(value)!)
        }
        return result
    }

    private static let levelMarkers: Set<Unicode.Scalar> = ["省", "市", "区", "县"]
    /// Names that begin with a level character that is not a level: 市场监督管理局, 区域…
    private static let nonLevelStarts = ["市场", "区域", "县域", "省级", "市级", "区级", "县级"].map { Array($0.unicodeScalars) }
    private static let market = Array("市场".unicodeScalars)

    /// 深圳市X → (深圳, 市X), 龙华区X → (龙华, 区X): a place name of 2–6 characters before a level
    /// marker, as long as a real name (2+ characters) follows. 团市委 keeps its 团 (one character).
    private static func placeEnd(_ s: [Unicode.Scalar]) -> Int? {
        guard s.count > 4 else { return nil }
        for i in 2...min(6, s.count - 3) where levelMarkers.contains(s[i]) {
            if s[i...].starts(with: market) && !levelMarkers.contains(s[i - 1]) { continue }
            return i
        }
        return nil
    }

    /// Abbreviations offices use, each with the full form it stands for. Full forms map to
    /// themselves so that, matching longest first, 卫生健康委员会 is not read as 卫生健康委 + 员会.
    static let abbreviations: [String: String] = {
        var table: [String: String] = [
            "发展改革委": "发展和改革委员会", "发改委": "发展和改革委员会", "发展和改革委": "发展和改革委员会",
            "发展改革委员会": "发展和改革委员会", "发改局": "发展和改革局", "发展改革局": "发展和改革局",
            "人社局": "人力资源和社会保障局", "人力资源社会保障局": "人力资源和社会保障局",
            "人社厅": "人力资源和社会保障厅", "人力资源社会保障厅": "人力资源和社会保障厅",
            "住建局": "住房和城乡建设局", "住房城乡建设局": "住房和城乡建设局",
            "住建厅": "住房和城乡建设厅", "住房城乡建设厅": "住房和城乡建设厅",
            "市监局": "市场监督管理局", "市场监管局": "市场监督管理局",
            "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会", "卫健局": "卫生健康局",
            "科创委": "科技创新委员会", "科技创新委": "科技创新委员会",
            "工信局": "工业和信息化局", "工业信息化局": "工业和信息化局", "工信厅": "工业和信息化厅",
            "政数局": "政务服务数据管理局", "政务服务数据局": "政务服务数据管理局",
            "规自局": "规划和自然资源局", "规划自然资源局": "规划和自然资源局",
            "文广旅体局": "文化广电旅游体育局", "国资委": "国有资产监督管理委员会",
            "城管局": "城市管理和综合执法局", "城管执法局": "城市管理和综合执法局",
            "应急局": "应急管理局", "医保局": "医疗保障局", "退役军人局": "退役军人事务局",
            "金融局": "地方金融监督管理局", "地方金融监管局": "地方金融监督管理局", "金融监管局": "地方金融监督管理局",
            "交通局": "交通运输局", "生态环境局": "生态环境局",
            "改革办": "全面深化改革委员会办公室", "深改办": "全面深化改革委员会办公室", "深改委": "全面深化改革委员会",
            "编办": "机构编制委员会办公室", "网信办": "网络安全和信息化委员会办公室",
            "政府办": "政府办公室", "人民政府": "政府", "外办": "外事办公室", "政研室": "政策研究室",
            "政法委": "政法委员会", "政府办公厅": "政府办公厅"
        ]
        for full in Set(table.values) where table[full] == nil { table[full] = full }
        return table
    }()

    private static let abbreviationsByFirst: [Unicode.Scalar: [([Unicode.Scalar], [Unicode.Scalar])]] = {
        var grouped: [Unicode.Scalar: [([Unicode.Scalar], [Unicode.Scalar])]] = [:]
        for (short, full) in abbreviations {
            let key = Array(short.unicodeScalars)
            grouped[key[0], default: []].append((key, Array(full.unicodeScalars)))
        }
        return grouped.mapValues { $0.sorted { $0.0.count > $1.0.count } }
    }()

    private static func longestAbbreviation(in s: [Unicode.Scalar], at index: Int) -> ([Unicode.Scalar], [Unicode.Scalar])? {
        guard let candidates = abbreviationsByFirst[s[index]] else { return nil }
        let rest = s[index...]
        return candidates.first { rest.starts(with: $0.0) }
    }

    static func expanded(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(s.count + 8)
        var index = 0
        while index < s.count {
            if let (short, full) = longestAbbreviation(in: s, at: index) {
                result += full
                index += short.count
            } else {
                result.append(s[index])
                index += 1
            }
        }
        return result
    }
}
