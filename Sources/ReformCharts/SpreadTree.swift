/// Where something has spread over a tree of jurisdictions (复制推广地图): the tree drawn as an indented outline, one row
/// per jurisdiction, with where it came from and where it was adopted marked by shape as well as colour, so the chart
/// reads in black-and-white print. Not a geographic map.
public enum SpreadTree {
    public enum Mark: Sendable, Equatable {
        case none
        /// Where it came from (首创地).
        case origin
        /// Where it was adopted (复制地).
        case adopter
    }

    public struct Node: Sendable, Equatable {
        public var id: Int
        public var parentId: Int?
        public var label: String
        public var mark: Mark
        /// Said after the label (the day it was adopted, "首创").
        public var note: String
        public var link: String?

        public init(id: Int, parentId: Int?, label: String, mark: Mark = .none, note: String = "", link: String? = nil) {
            self.id = id
            self.parentId = parentId
            self.label = label
            self.mark = mark
            self.note = note
            self.link = link
        }
    }

    /// The nodes that matter for a set of marked ones: every marked node and its ancestors, then the children of those
    /// (the deepest first, so a marked node's own branches come before its ancestors' siblings), up to `limit` rows.
    public static func pruned(_ nodes: [Node], limit: Int = 80) -> [Node] {
        if nodes.count <= limit { return nodes }
        let byId = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var keep = Set<Int>()
        for n in nodes where n.mark != .none {
            var cursor: Node? = n
            while let c = cursor, keep.insert(c.id).inserted { cursor = c.parentId.flatMap { byId[$0] } }
        }
        func depth(_ id: Int) -> Int {
            var d = 0
            var cursor = byId[id]
            while let p = cursor?.parentId, let parent = byId[p], d < 64 {
                d += 1
                cursor = parent
            }
            return d
        }
        let spine = keep
        let candidates = nodes.enumerated().compactMap { i, n -> (Int, Int, Int)? in
            guard !spine.contains(n.id), let p = n.parentId, spine.contains(p) else { return nil }
            return (n.id, depth(p), i)
        }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.2 < $1.2 }
        for c in candidates where keep.count < limit { keep.insert(c.0) }
        return nodes.filter { keep.contains($0.id) }
    }

    /// The tree as SVG. `nodes` may come in any order; children keep their order among themselves; a node whose parent is
    /// not in the list is a root.
    public static func svg(_ nodes: [Node], title: String, originLabel: String, adopterLabel: String, width: Int = 640) -> String {
        guard !nodes.isEmpty else { return ChartFrame.empty(kind: "spread", title: title, width: width) }
        let width = max(320, min(width, 2000))
        let ids = Set(nodes.map(\.id))
        var children: [Int: [Node]] = [:]
        var roots: [Node] = []
        for n in nodes {
            if let p = n.parentId, ids.contains(p) { children[p, default: []].append(n) } else { roots.append(n) }
        }
        var rows: [(node: Node, depth: Int, parentRow: Int?)] = []
        func walk(_ n: Node, _ depth: Int, _ parentRow: Int?) {
            let row = rows.count
            rows.append((n, depth, parentRow))
            for c in children[n.id] ?? [] { walk(c, depth + 1, row) }
        }
        for r in roots { walk(r, 0, nil) }

        let rowHeight = 26.0
        let indent = 22.0
        let top = 62.0
        let pad = 10.0
        let fontSize = 13.0
        let height = Int((top + rowHeight * Double(rows.count) + pad).rounded(.up))
        let id = ChartFrame.id(kind: "spread", title: title, salt: rows.count)
        let origins = rows.filter { $0.node.mark == .origin }.map { $0.node.label + ($0.node.note.isEmpty ? "" : "（\($0.node.note)）") }
        let adopters = rows.filter { $0.node.mark == .adopter }.map { $0.node.label + ($0.node.note.isEmpty ? "" : "（\($0.node.note)）") }
        // The labels say the language (a title may quote a Chinese name on an English page).
        let chinese = originLabel.unicodeScalars.contains { $0.value >= 0x3400 && $0.value <= 0x9FFF }
        let separator = chinese ? "、" : ", "
        let description = ChartFrame.describe(
            [
                (originLabel, origins.isEmpty ? ChartFrame.emDash : origins.joined(separator: separator)),
                (adopterLabel + " (" + String(adopters.count) + ")", adopters.isEmpty ? ChartFrame.emDash : adopters.joined(separator: separator))
            ], title: title)
        let interactive = rows.contains { SVGWriter.safeHref($0.node.link) != nil }
        var out = SVGWriter(capacity: 2048 + rows.count * 360)
        ChartFrame.open(
            &out, kind: "spread", id: id, width: width, height: height, title: title, description: description, interactive: interactive,
            capWidth: true)
        ChartFrame.heading(&out, title: title, x: pad, y: 20, maxWidth: Double(width) - 2 * pad)
        // The legend: the shapes say what the colours say.
        marker(&out, .origin, x: pad + 7, y: 40)
        legendText(&out, originLabel, x: pad + 18, y: 44)
        let second = pad + 30 + TextMetrics.width(originLabel, fontSize: 12)
        marker(&out, .adopter, x: second + 7, y: 40)
        legendText(&out, adopterLabel, x: second + 18, y: 44)

        for (i, row) in rows.enumerated() {
            let y = top + rowHeight * Double(i) + rowHeight / 2
            let x = pad + 7 + indent * Double(row.depth)
            if let p = row.parentRow {
                let px = pad + 7 + indent * Double(rows[p].depth)
                let py = top + rowHeight * Double(p) + rowHeight / 2
                out.raw("<path class=\"rc-spread-edge\" fill=\"none\" stroke=\"#9e9e9e\" stroke-width=\"1\" d=\"M")
                out.num(px)
                out.raw(" ")
                out.num(py + 7)
                out.raw("V")
                out.num(y)
                out.raw("H")
                out.num(x - 8)
                out.raw("\"/>")
            }
        }
        for (i, row) in rows.enumerated() {
            let n = row.node
            let y = top + rowHeight * Double(i) + rowHeight / 2
            let x = pad + 7 + indent * Double(row.depth)
            let text = n.label + (n.note.isEmpty ? "" : (chinese ? "（" + n.note + "）" : " (" + n.note + ")"))
            let linked = out.openLink(n.link, label: text)
            out.raw("<g class=\"rc-spread-node rc-spread-")
            out.raw(n.mark == .origin ? "origin" : (n.mark == .adopter ? "adopter" : "other"))
            out.raw("\">")
            marker(&out, n.mark, x: x, y: y)
            let fitted = TextMetrics.truncate(text, maxWidth: Double(width) - x - 16 - pad, fontSize: fontSize)
            out.raw("<text")
            out.attr("x", x + 12)
            out.attr("y", y + fontSize * 0.35)
            out.raw(" font-size=\"13\"")
            if n.mark != .none { out.raw(" font-weight=\"bold\"") } else { out.raw(" fill=\"" + ChartFrame.secondaryText + "\"") }
            out.raw(">")
            out.text(fitted.text)
            if fitted.truncated { out.title(text) }
            out.raw("</text></g>")
            out.closeLink(linked)
        }
        ChartFrame.close(&out)
        return out.out
    }

    /// Origin: a filled blue diamond; adopter: a filled green circle with a white tick; other: a small hollow grey circle.
    static func marker(_ out: inout SVGWriter, _ mark: Mark, x: Double, y: Double) {
        switch mark {
        case .origin:
            out.raw("<path fill=\"" + ChartPalette.blue + "\" stroke=\"#0d47a1\" d=\"M")
            out.num(x)
            out.raw(" ")
            out.num(y - 7)
            out.raw("L")
            out.num(x + 7)
            out.raw(" ")
            out.num(y)
            out.raw("L")
            out.num(x)
            out.raw(" ")
            out.num(y + 7)
            out.raw("L")
            out.num(x - 7)
            out.raw(" ")
            out.num(y)
            out.raw("Z\"/>")
        case .adopter:
            out.raw("<circle fill=\"" + ChartPalette.green + "\" stroke=\"#1b5e20\" r=\"6\"")
            out.attr("cx", x)
            out.attr("cy", y)
            out.raw("/><path fill=\"none\" stroke=\"#ffffff\" stroke-width=\"1.6\" d=\"M")
            out.num(x - 3)
            out.raw(" ")
            out.num(y)
            out.raw("L")
            out.num(x - 1)
            out.raw(" ")
            out.num(y + 2.5)
            out.raw("L")
            out.num(x + 3.2)
            out.raw(" ")
            out.num(y - 2.5)
            out.raw("\"/>")
        case .none:
            out.raw("<circle fill=\"#ffffff\" stroke=\"" + ChartPalette.grey + "\" stroke-width=\"1.2\" r=\"3.5\"")
            out.attr("cx", x)
            out.attr("cy", y)
            out.raw("/>")
        }
    }

    static func legendText(_ out: inout SVGWriter, _ text: String, x: Double, y: Double) {
        out.raw("<text")
        out.attr("x", x)
        out.attr("y", y)
        out.raw(" font-size=\"12\">")
        out.text(text)
        out.raw("</text>")
    }
}
