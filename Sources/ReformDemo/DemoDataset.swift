import ReformCore

// 演示数据集（Demo dataset）.
//
// Plain values only: the seeder turns them into jurisdictions, units, plans, items and amendments and marks
// every row as demo data. Names, numbers and plan shapes come from the seed documents in /work/shared/seeds
// and DOMAIN.md; progress, dates, people and unit assignments are made up (each plan's `source` says which).
//
// Conventions:
// - `percent` is 0...100.
// - `DemoItem.deadline` is the ORIGINAL deadline (完成时限); `amendments` are the later changes in order,
//   each `newDeadline` replacing the previous one (the first one's old deadline is `deadline`).
// - `DemoAmendment.on` is the real calendar date the content names; the loader stamps the amendment then (days
//   back from the clock's today).
// - Unit keys are "<jurisdiction>.<unit>" and must exist in `units`; participant keys may belong to another
//   jurisdiction (e.g. a city bureau taking part in a district project).

struct DemoDataset: Sendable {
    var jurisdictions: [DemoJurisdiction]
    var units: [DemoUnit]
    var plans: [DemoPlan]
    var users: [DemoUser] = []
}

struct DemoJurisdiction: Sendable {
    var key: String
    var name: String
    var level: JurisdictionLevel
    var divisionCode: String
    var parentKey: String?
}

struct DemoUnit: Sendable {
    var key: String
    var jurisdictionKey: String
    var name: String
    var shortNames: [String]
}

struct DemoAmendment: Sendable {
    var newDeadline: LocalDate
    var reason: String
    var changedBy: String
    var approvedBy: String?
    /// The day it was made; the loader stamps it then (or today, for a day still ahead).
    var on: LocalDate
}

struct DemoItem: Sendable {
    var number: String
    var title: String
    var content: String
    var leadUnitKey: String
    var participantKeys: [String]
    var responsibleLeader: String
    var responsiblePerson: String
    var handler: String
    var start: LocalDate?
    var deadline: LocalDate?
    var expectedResults: String
    var resultForm: String
    var policyDocuments: String
    var remarks: String
    var weight: Double
    var status: LifecycleStatus
    var percent: Double
    var amendments: [DemoAmendment]
    var children: [DemoItem]
}

struct DemoPlan: Sendable {
    var key: String
    var jurisdictionKey: String
    var title: String
    var docNumber: String
    var issuer: String
    var issueDate: LocalDate?
    var periodStart: LocalDate?
    var periodEnd: LocalDate?
    var levelNames: [String]
    var rule: RollupRule
    var source: String /* which seed and what is real vs made up, shown in the UI */
    var items: [DemoItem]
}

// MARK: - The standard dataset

extension DemoDataset {
    /// Everything the app loads when it starts on an empty database (and the demo reset reloads).
    static func standard(today: LocalDate) -> DemoDataset {
        DemoDataset(
            jurisdictions: jurisdictionList,
            units: centralUnits + guangdongUnits + shenzhenUnits + longhuaUnits + guangzhouUnits + guangzhouDistrictUnits,
            plans: [
                longhua2020,
                guangzhouWorkPoints2022,
                guangzhouGrassroots2022,
                shenzhenPilotPlan,
                shenzhenAuthorizationList,
                shenzhenOpinions2025(today: today)
            ],
            users: demoUsers
        )
    }
}

// MARK: - Counting helpers (used by checks and the demo banner)

extension DemoDataset {
    func plan(_ key: String) -> DemoPlan? { plans.first { $0.key == key } }
    func unit(_ key: String) -> DemoUnit? { units.first { $0.key == key } }
    func jurisdiction(_ key: String) -> DemoJurisdiction? { jurisdictions.first { $0.key == key } }
    var itemCount: Int { plans.reduce(0) { $0 + $1.itemCount } }
}

extension DemoPlan {
    /// Items at `depth` (0 = the top level, e.g. 领域).
    func items(atDepth depth: Int) -> [DemoItem] {
        var level = items
        for _ in 0..<depth { level = level.flatMap(\.children) }
        return level
    }
    /// Every item, depth first (document order).
    var allItems: [DemoItem] { items.flatMap { $0.selfAndDescendants } }
    var itemCount: Int { allItems.count }
}

extension DemoItem {
    var selfAndDescendants: [DemoItem] { [self] + children.flatMap { $0.selfAndDescendants } }
}

// MARK: - Builders for the content files

extension DemoDataset {
    /// `d(2020, 12, 31)`: a date the content knows is valid.
    static func d(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day)!
    }

    static func jurisdiction(
        _ key: String, _ name: String, _ level: JurisdictionLevel, _ code: String, parent: String?
    ) -> DemoJurisdiction {
        DemoJurisdiction(key: key, name: name, level: level, divisionCode: code, parentKey: parent)
    }

    /// `unit("lh.fgj", "longhua", "深圳市龙华区发展和改革局", "区发展改革局", "区发改局")`
    static func unit(_ key: String, _ jurisdictionKey: String, _ name: String, _ shortNames: String...) -> DemoUnit {
        DemoUnit(key: key, jurisdictionKey: jurisdictionKey, name: name, shortNames: shortNames)
    }

    /// One plan item. People default to the lead unit's (made-up) leader, head and reform liaison.
    /// With children and no explicit `status`, the item's own status and percent summarise its children
    /// (a done child counts 100, a suspended one not at all); without children the default is 未启动.
    /// `percent` defaults by status: 已完成 100, 未启动 0, 阶段性完成 60, 推进中 30, 中止 0.
    static func item(
        _ number: String,
        _ title: String,
        _ content: String = "",
        lead: String,
        with participants: [String] = [],
        start: LocalDate? = nil,
        due: LocalDate? = nil,
        expected: String = "",
        form: String = "",
        policy: String = "",
        remarks: String = "",
        weight: Double = 1,
        status: LifecycleStatus? = nil,
        percent: Double? = nil,
        amendments: [DemoAmendment] = [],
        leader: String? = nil,
        person: String? = nil,
        handler: String? = nil,
        children: [DemoItem] = []
    ) -> DemoItem {
        let staff = people(for: lead)
        let resolvedStatus: LifecycleStatus
        let resolvedPercent: Double
        if let status {
            resolvedStatus = status
            resolvedPercent = percent ?? defaultPercent(for: status)
        } else if !children.isEmpty {
            let summary = summarise(children)
            resolvedStatus = summary.status
            resolvedPercent = percent ?? summary.percent
        } else {
            resolvedStatus = .notStarted
            resolvedPercent = percent ?? 0
        }
        return DemoItem(
            number: number,
            title: title,
            content: content,
            leadUnitKey: lead,
            participantKeys: participants,
            responsibleLeader: leader ?? staff.leader,
            responsiblePerson: person ?? staff.person,
            handler: handler ?? staff.handler,
            start: start,
            deadline: due,
            expectedResults: expected,
            resultForm: form,
            policyDocuments: policy,
            remarks: remarks,
            weight: weight,
            status: resolvedStatus,
            percent: resolvedPercent,
            amendments: amendments,
            children: children
        )
    }

    /// A postponement approved by the reform office: the lead unit's liaison files it on `on`,
    /// the approving unit's head (usually the 改革办) signs it off.
    static func postpone(
        to newDeadline: LocalDate, on date: LocalDate, reason: String, by unitKey: String, approvedBy approverKey: String?
    ) -> DemoAmendment {
        DemoAmendment(
            newDeadline: newDeadline,
            reason: reason,
            changedBy: people(for: unitKey).handler,
            approvedBy: approverKey.map { people(for: $0).person },
            on: date
        )
    }

    static func defaultPercent(for status: LifecycleStatus) -> Double {
        switch status {
        case .done: 100
        case .notStarted: 0
        case .partlyDone: 60
        case .inProgress: 30
        case .suspended: 0
        }
    }

    /// Own status and percent of a parent as an office would fill them in from its children.
    static func summarise(_ children: [DemoItem]) -> (status: LifecycleStatus, percent: Double) {
        let counted = children.filter { $0.status != .suspended }
        guard !counted.isEmpty else { return (.suspended, 0) }
        let values = counted.map { $0.status == .done ? 100 : $0.percent }
        let mean = (values.reduce(0, +) / Double(values.count)).rounded()
        if counted.allSatisfy({ $0.status == .done }) { return (.done, 100) }
        if counted.allSatisfy({ $0.status == .notStarted }) { return (.notStarted, 0) }
        return (.inProgress, min(mean, 99))
    }

    // MARK: Made-up people

    /// Fictional, stable names for a unit: 责任领导 (the leader in charge), 责任人 (the unit head) and
    /// 经办人 (the unit's reform liaison). Derived from the unit key so each unit always shows the same people.
    static func people(for unitKey: String) -> (leader: String, person: String, handler: String) {
        let h = stableHash(unitKey)
        return (
            leader: name(h, salt: 0),
            person: name(h, salt: 1),
            handler: name(h, salt: 2)
        )
    }

    private static let surnames: [String] = [
        "陈", "李", "黄", "张", "梁", "刘", "林", "吴", "何", "郑", "罗", "谢", "周", "钟", "叶", "邓",
        "杨", "曾", "蔡", "许", "彭", "冯", "潘", "赖", "朱", "温", "卢", "郭", "麦", "邱", "胡", "苏"
    ]
    private static let givenNames: [String] = [
        "志强", "建华", "晓东", "丽娟", "伟明", "海燕", "国栋", "少华", "敏", "志坚", "文静", "永康",
        "俊杰", "雪梅", "立新", "嘉欣", "振宇", "慧玲", "锦辉", "思远", "婉婷", "德明", "宇航", "秀英",
        "家豪", "春燕", "卫东", "颖", "树森", "晓峰", "美玲", "汉文", "泽楠", "佩珊", "广平", "子健"
    ]

    private static func name(_ hash: UInt64, salt: UInt64) -> String {
        let x = mix(hash &+ salt &* 0x9E37_79B9_7F4A_7C15)
        let s = surnames[Int(x % UInt64(surnames.count))]
        let g = givenNames[Int((x / UInt64(surnames.count)) % UInt64(givenNames.count))]
        return s + g
    }

    /// FNV-1a over UTF-8 (Swift's `hashValue` is seeded per process and would change names every run).
    private static func stableHash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
