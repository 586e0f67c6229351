import App
import ReformCore

/// Builds one plan of the benchmark dataset in memory: a tree of 2–4 levels (领域 → 任务 → 举措 → 节点) of
/// exactly `size` items, with text from `BenchVocabulary`, units of the plan's jurisdiction (and above),
/// deadlines spread over the plan's period, statuses that fit the deadlines, and every derived column
/// (path, sort key, number, field/task ids, warn_from, derived and roll-up percents, child counts, search
/// text) computed the way the services compute them.
struct BenchPlanBuilder {
    let today: LocalDate

    struct Input {
        var planId: Int
        var firstItemId: Int
        var size: Int
        var levels: Int
        var place: BenchGeography.Place
        /// Units of the plan's own jurisdiction, and of its ancestors (a district plan may name a city bureau).
        var localUnits: [Int]
        var upperUnits: [Int]
        var title: String?
    }

    func build(_ input: Input, random: inout BenchRandom) -> BenchPlan {
        let place = input.place
        let year = random.int(2019...2025)
        let periodStart = LocalDate(year: year, month: 1, day: 1)!
        let periodEnd = LocalDate(year: year + random.int(0...3), month: 12, day: 31)!
        let issueDate = LocalDate(year: year, month: random.int(1...4), day: random.int(1...28))!
        let field = random.pick(BenchVocabulary.fields)
        let title =
            input.title
            ?? [
                "\(place.name)\(year)年全面深化改革工作要点",
                "\(place.name)关于\(field)的实施方案",
                "\(place.name)\(year)年\(field)重点任务清单",
                "\(place.name)“十四五”\(field)规划任务分解",
                "\(place.name)\(year)年优化营商环境攻坚行动方案"
            ][random.weighted([3, 2, 2, 1, 1])]
        let rule = [RollupRule.mean, .weighted, .minimum][random.weighted([7, 2, 1])]
        var plan = BenchPlan(
            id: input.planId, jurisdictionId: place.id, jurisdictionPath: place.path, title: title,
            docNumber: "\(place.shortName)改办发〔\(year)〕\(random.int(1...60))号",
            issuer: place.level == .central ? "国务院办公厅" : "\(place.name)全面深化改革委员会办公室",
            issueDate: issueDate, periodStart: periodStart, periodEnd: periodEnd,
            levelNames: ["领域", "任务", "举措", "节点"].prefix(input.levels).joined(separator: "/"),
            rule: rule, warnDays: random.pick([3, 3, 3, 5, 7, 15]), derivedPercent: nil,
            createdAt: issueDate.iso + "T02:00:00.000Z", items: [])
        let children = shape(size: input.size, levels: input.levels, random: &random)
        plan.items = items(plan: plan, input: input, children: children, random: &random)
        let roots = plan.items.filter { $0.parentId == nil }.map(Self.rollupChild)
        plan.derivedPercent = Rollup.derivedPercent(of: roots, rule: rule).map(Rollup.rounded)
        return plan
    }

    // MARK: Tree shape

    /// The tree as child lists over node indices 0..<size; the first `counts[0]` nodes are the roots.
    /// Level sizes grow geometrically; every parent above the last level has a child, and about three
    /// quarters of the parents of the last level have children (the rest are leaves one level up).
    private func shape(size: Int, levels requested: Int, random: inout BenchRandom) -> [[Int]] {
        var levels = max(1, requested)
        var counts: [Int] = []
        while true {
            let roots = size >= 1000 ? random.int(8...12) : min(random.int(4...9), max(2, size / 12))
            counts = Self.levelCounts(size: size, levels: levels, roots: roots)
            if counts.allSatisfy({ $0 >= 1 }) || levels == 1 { break }
            levels -= 1
        }
        var children = [[Int]](repeating: [], count: size)
        var start = 0
        for k in 0..<(counts.count - 1) {
            let parents = Array(start..<(start + counts[k]))
            let kidsStart = start + counts[k]
            let kids = kidsStart..<(kidsStart + counts[k + 1])
            var eligible = parents
            if k + 1 == counts.count - 1 && counts.count > 2 {
                eligible.shuffle(using: &random)
                eligible = Array(eligible.prefix(max(1, Int(Double(parents.count) * random.double(0.65...0.9)))))
            }
            eligible = Array(eligible.prefix(kids.count)).sorted()
            var next = kids.lowerBound
            for p in eligible {
                children[p].append(next)
                next += 1
            }
            while next < kids.upperBound {
                children[random.pick(eligible)].append(next)
                next += 1
            }
            start = kidsStart
        }
        return children
    }

    /// Level sizes summing to `size`: `roots` at the top, growing by a common ratio.
    static func levelCounts(size: Int, levels: Int, roots: Int) -> [Int] {
        let roots = min(roots, size)
        guard levels > 1, size > roots else { return [size] }
        if levels == 2 { return [roots, size - roots] }
        // roots · (1 + r + … + r^(levels−1)) = size, solved for r by bisection.
        func total(_ r: Double) -> Double { (0..<levels).reduce(0.0) { $0 + Double(roots) * power(r, $1) } }
        var lo = 1.0, hi = 100.0
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if total(mid) < Double(size) { lo = mid } else { hi = mid }
        }
        var counts = [roots]
        for k in 1..<(levels - 1) { counts.append(max(counts[k - 1], Int((Double(roots) * power(lo, k)).rounded()))) }
        counts.append(size - counts.reduce(0, +))
        return counts
    }

    private static func power(_ x: Double, _ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * x } }

    // MARK: Items

    private func items(plan: BenchPlan, input: Input, children: [[Int]], random: inout BenchRandom) -> [BenchItem] {
        // Outline (depth-first) order: ids ascend the way the items would have been entered.
        var order: [(node: Int, parent: Int?, depth: Int, position: Int)] = []
        order.reserveCapacity(input.size)
        var isChild = [Bool](repeating: false, count: input.size)
        for list in children { for c in list { isChild[c] = true } }
        func visit(_ node: Int, parent: Int?, depth: Int, position: Int) {
            order.append((node, parent, depth, position))
            for (i, c) in children[node].enumerated() { visit(c, parent: node, depth: depth + 1, position: i + 1) }
        }
        var rootPosition = 0
        for node in 0..<input.size where !isChild[node] {
            rootPosition += 1
            visit(node, parent: nil, depth: 0, position: rootPosition)
        }

        var items = [BenchItem](repeating: BenchItem(), count: order.count)
        var indexOfNode = [Int](repeating: 0, count: input.size)
        var topics = [String](repeating: "", count: order.count)
        var fields = BenchVocabulary.fields.shuffled(using: &random)
        let place = input.place
        let leaderTitle: String =
            switch place.level {
            case .central: "副部长"
            case .province: "副省长"
            case .city: "副市长"
            default: place.name.hasSuffix("县") ? "副县长" : "副区长"
            }
        for (index, entry) in order.enumerated() {
            indexOfNode[entry.node] = index
            var item = BenchItem()
            let parent = entry.parent.map { items[indexOfNode[$0]] }
            let parentTopic = entry.parent.map { topics[indexOfNode[$0]] }
            item.id = input.firstItemId + index
            item.parentId = parent?.id
            item.depth = entry.depth
            item.position = entry.position
            item.path = (parent?.path ?? "/") + "\(item.id)/"
            item.sortKey = (parent.map { $0.sortKey + "." } ?? "") + SortKey.segment(entry.position)
            item.number = OutlineNumber.label(depth: entry.depth, index: entry.position)
            item.fieldId = entry.depth == 0 ? item.id : parent!.fieldId
            item.taskId = entry.depth == 1 ? item.id : (entry.depth >= 2 ? parent?.taskId : nil)

            let topic = entry.depth <= 1 || random.chance(0.3) ? BenchVocabulary.topic(&random) : parentTopic!
            topics[index] = topic
            let verb = random.pick(BenchVocabulary.verbs)
            switch entry.depth {
            case 0:
                if fields.isEmpty { fields = BenchVocabulary.fields.shuffled(using: &random) }
                item.title = fields.removeLast()
                item.content = "围绕\(item.title)，" + random.pick(BenchVocabulary.sentences) + random.pick(BenchVocabulary.sentences)
            case 1:
                item.title = ["\(verb)\(topic)", "\(verb)\(topic)工作", "\(verb)\(topic)机制建设", "\(topic)提升行动"][random.weighted([4, 2, 2, 1])]
            case 2:
                item.title = "\(verb)\(topic)，\(random.pick(BenchVocabulary.adverbials))"
            default:
                item.title = "\(random.pick(BenchVocabulary.nodeActions))\(topic)\(random.pick(BenchVocabulary.deliverables))"
            }
            if entry.depth > 0 {
                let other = random.pick(BenchVocabulary.objects)
                item.content =
                    "围绕\(topic)，\(random.pick(BenchVocabulary.verbs))\(other)，\(random.pick(BenchVocabulary.adverbials))。"
                    + random.pick(BenchVocabulary.sentences) + (random.chance(0.5) ? random.pick(BenchVocabulary.sentences) : "")
            }
            item.expectedResults =
                [
                    "形成\(topic)\(random.pick(BenchVocabulary.deliverables))", "\(topic)取得明显成效", "实现\(topic)全覆盖",
                    "\(topic)工作进入全国第一方阵"
                ][random.weighted([3, 3, 2, 1])]
            item.resultForm = random.pick(BenchVocabulary.resultForms)
            if random.chance(0.3) {
                item.policyDocuments = "《关于\(topic)的实施意见》（\(place.shortName)办发〔\(plan.issueDate.year)〕\(random.int(1...80))号）"
            }
            if random.chance(0.08) { item.remarks = random.pick(BenchVocabulary.remarks) }
            item.responsibleLeader = Self.personName(&random) + "（\(leaderTitle)）"
            item.responsiblePerson = Self.personName(&random)
            item.handler = Self.personName(&random)
            let useUpper = !input.upperUnits.isEmpty && random.chance(0.2)
            item.leadUnitId = random.pick(useUpper ? input.upperUnits : input.localUnits)
            let participantCount = random.weighted([4, 3, 2, 1])
            var participants: [Int] = []
            for _ in 0..<participantCount * 3 where participants.count < participantCount {
                let u = random.pick(random.chance(0.8) || input.upperUnits.isEmpty ? input.localUnits : input.upperUnits)
                if u != item.leadUnitId && !participants.contains(u) { participants.append(u) }
            }
            item.participants = participants
            if plan.rule == .weighted { item.weight = Double(random.int(1...5)) }
            items[index] = item
        }

        // Leaves: deadline, status, percent; then parents bottom-up (reverse outline order sees children first).
        let firstDay = plan.periodStart.adding(days: 30).dayNumber, lastDay = plan.periodEnd.dayNumber
        var childRows = [[Int]](repeating: [], count: items.count)
        for (index, entry) in order.enumerated() where entry.parent != nil { childRows[indexOfNode[entry.parent!]].append(index) }
        for index in items.indices.reversed() {
            var item = items[index]
            let kids = childRows[index]
            item.childCount = kids.count
            if kids.isEmpty {
                leaf(&item, firstDay: firstDay, lastDay: lastDay, periodStart: plan.periodStart, random: &random)
            } else {
                let deadlines = kids.compactMap { items[$0].currentDeadline }
                item.originalDeadline = deadlines.max()
                item.currentDeadline = item.originalDeadline
                item.startDate = kids.compactMap { items[$0].startDate }.min()
                let counted = kids.map { items[$0] }.filter { $0.status != "suspended" }
                item.status =
                    counted.isEmpty
                    ? "suspended"
                    : counted.allSatisfy { $0.status == "done" }
                        ? "done"
                        : counted.allSatisfy { $0.status == "not_started" } ? "not_started" : "in_progress"
                item.ownPercent = item.status == "done" ? 100 : 0
                let derived = Rollup.derivedPercent(of: kids.map { Self.rollupChild(items[$0]) }, rule: plan.rule).map(Rollup.rounded)
                item.derivedPercent = derived
            }
            item.rollupPercent = Rollup.rounded(Rollup.effectivePercent(own: item.ownPercent, derived: item.derivedPercent))
            item.warnFrom = item.originalDeadline.flatMap(LocalDate.init(iso:)).map { Schedule.warnFrom(deadline: $0, warnDays: plan.warnDays).iso }
            item.searchText = TextNormalizer.normalizeForSearch(
                [
                    item.number, item.title, item.content, item.expectedResults, item.resultForm, item.policyDocuments, item.remarks,
                    item.responsibleLeader, item.responsiblePerson, item.handler
                ].joined(separator: " "))
            items[index] = item
        }
        return items
    }

    private func leaf(_ item: inout BenchItem, firstDay: Int, lastDay: Int, periodStart: LocalDate, random: inout BenchRandom) {
        var deadline: LocalDate?
        if !random.chance(0.04) {
            deadline = LocalDate(dayNumber: random.int(min(firstDay, lastDay)...lastDay))
        }
        let start = deadline.map { max(periodStart, $0.adding(days: -random.int(60...365))) } ?? periodStart
        item.startDate = start.iso
        item.originalDeadline = deadline?.iso
        item.currentDeadline = deadline?.iso
        let weights: [Double]  // not_started, in_progress, partly_done, done, suspended
        if let deadline {
            weights = deadline < today ? [4, 12, 9, 72, 3] : [22, 55, 12, 8, 3]
        } else {
            weights = [10, 60, 20, 5, 5]
        }
        let status = [LifecycleStatus.notStarted, .inProgress, .partlyDone, .done, .suspended][random.weighted(weights)]
        item.status = status.rawValue
        item.ownPercent =
            switch status {
            case .notStarted: 0
            case .inProgress: Double(random.int(2...18) * 5)
            case .partlyDone: Double(random.int(10...19) * 5)
            case .done: 100
            case .suspended: Double(random.int(0...12) * 5)
            }
        // Some deadlines were pushed back once or twice (延期), with the amendments that did it.
        if let deadline, random.chance(0.06) {
            var old = deadline
            for _ in 0..<(random.chance(0.75) ? 1 : 2) {
                let new = old.adding(days: random.int(30...150))
                let at = old.adding(days: -random.int(5...20))
                item.amendments.append(
                    .init(
                        oldDeadline: old.iso, newDeadline: new.iso, reason: random.pick(BenchVocabulary.amendmentReasons),
                        approvedBy: random.chance(0.5) ? "分管领导" : nil, changedAt: at.iso + "T02:00:00.000Z"))
                old = new
            }
            item.currentDeadline = old.iso
            item.delayCount = item.amendments.count
        }
    }

    private static func personName(_ random: inout BenchRandom) -> String {
        random.pick(BenchVocabulary.surnames) + random.pick(BenchVocabulary.givenNames)
    }

    private static func rollupChild(_ item: BenchItem) -> RollupChild {
        RollupChild(status: LifecycleStatus(rawValue: item.status) ?? .notStarted, percent: item.rollupPercent, weight: item.weight)
    }
}
