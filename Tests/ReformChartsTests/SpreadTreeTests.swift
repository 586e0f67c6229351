import Testing

@testable import ReformCharts

/// The replication map: the jurisdiction tree as an indented outline with the origin and the adopters marked by shape.
struct SpreadTreeTests {
    private let tree = [
        SpreadTree.Node(id: 1, parentId: nil, label: "广东省"),
        SpreadTree.Node(id: 2, parentId: 1, label: "深圳市", mark: .origin, note: "首创"),
        SpreadTree.Node(id: 3, parentId: 2, label: "龙华区", mark: .adopter, note: "2022年3月1日复制"),
        SpreadTree.Node(id: 4, parentId: 1, label: "广州市"),
        SpreadTree.Node(id: 5, parentId: 4, label: "天河区", mark: .adopter, note: "2022年5月10日复制", link: "/x"),
        SpreadTree.Node(id: 6, parentId: 4, label: "越秀区")
    ]

    @Test func drawsEveryJurisdictionOnceInTreeOrderWithTheMarksAndEdges() throws {
        // when
        let root = try #require(SVGNode.parse(SpreadTree.svg(tree, title: "推广范围", originLabel: "首创地", adopterLabel: "复制地")))
        // then
        let nodes = root.all(withClass: "rc-spread-node")
        #expect(nodes.count == 6)
        #expect(root.all(withClass: "rc-spread-origin").count == 1)
        #expect(root.all(withClass: "rc-spread-adopter").count == 2)
        #expect(root.all(withClass: "rc-spread-other").count == 3)
        #expect(root.all(withClass: "rc-spread-edge").count == 5)
        let labels = nodes.map { $0.all("text").first?.visibleText ?? "" }
        #expect(labels == ["广东省", "深圳市（首创）", "龙华区（2022年3月1日复制）", "广州市", "天河区（2022年5月10日复制）", "越秀区"])
    }

    @Test func saysTheOriginAndTheAdoptersInItsTextAlternative() throws {
        // when
        let svg = SpreadTree.svg(tree, title: "推广范围", originLabel: "首创地", adopterLabel: "复制地")
        let root = try #require(SVGNode.parse(svg))
        // then
        let desc = try #require(root.all("desc").first).visibleText
        #expect(desc.contains("首创地：深圳市（首创）"))
        #expect(desc.contains("复制地 (2)：龙华区（2022年3月1日复制）、天河区（2022年5月10日复制）"))
        #expect(svg.contains("role=\"group\"") && svg.contains("href=\"/x\""))
    }

    @Test func aLargeTreeIsPrunedToTheMarkedBranchesAndTheirSiblings() {
        // given: a province with 200 cities, one of them marked
        var nodes = [SpreadTree.Node(id: 1, parentId: nil, label: "省")]
        for i in 2...201 { nodes.append(.init(id: i, parentId: 1, label: "市\(i)", mark: i == 150 ? .adopter : .none)) }
        for i in 202...220 { nodes.append(.init(id: i, parentId: 150, label: "区\(i)")) }
        // when
        let kept = SpreadTree.pruned(nodes, limit: 80)
        // then
        #expect(kept.count == 80)
        #expect(kept.contains { $0.id == 150 } && kept.contains { $0.id == 1 })
        #expect(kept.contains { $0.id == 202 })
    }

    @Test func noNodesDrawsTheEmptyChart() {
        #expect(SpreadTree.svg([], title: "推广范围", originLabel: "a", adopterLabel: "b").contains("rc-empty"))
    }
}
