import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed SVG element tree, so tests can prove output is well-formed XML and inspect it.
final class SVGNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [SVGNode] = []
    /// Character data directly inside this element.
    fileprivate(set) var text = ""
    /// Text and child elements in document order.
    private var content: [Piece] = []
    /// Strong on purpose: a test may hold only a child and still walk up (test trees are small and short-lived).
    private(set) var parent: SVGNode?

    private enum Piece {
        case text(String)
        case element(SVGNode)
    }

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(_ attribute: String) -> String? { attributes[attribute] }

    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    func hasClass(_ name: String) -> Bool { classes.contains(name) }

    /// This element and all elements below it, in document order.
    var descendants: [SVGNode] {
        var result: [SVGNode] = [self]
        for child in children { result += child.descendants }
        return result
    }

    func all(_ name: String) -> [SVGNode] { descendants.filter { $0.name == name } }

    func all(withClass cls: String) -> [SVGNode] { descendants.filter { $0.hasClass(cls) } }

    /// Text of this element and its descendants, excluding `<title>` tooltips.
    var visibleText: String {
        guard name != "title" else { return "" }
        var result = ""
        for piece in content {
            switch piece {
            case .text(let t): result += t
            case .element(let e): result += e.visibleText
            }
        }
        return result
    }

    /// The `<title>` children's text.
    var titles: [String] { children.filter { $0.name == "title" }.map(\.text) }

    /// Parses `svg`; nil (with the parser's error recorded by `#expect` in callers) when not well-formed.
    static func parse(_ svg: String) -> SVGNode? {
        let builder = Builder()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        return root
    }

    fileprivate func append(_ child: SVGNode) {
        child.parent = self
        children.append(child)
        content.append(.element(child))
    }

    fileprivate func appendText(_ string: String) {
        text += string
        content.append(.text(string))
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: SVGNode?
        var stack: [SVGNode] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            let node = SVGNode(name: elementName, attributes: attributeDict)
            if let top = stack.last { top.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.appendText(string)
        }
    }
}
