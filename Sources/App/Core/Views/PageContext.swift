import Mustache

/// What a page template renders: the page's typed view model, then what the layout reads (strings, the user, the
/// language switch…). Templates name the view model's properties as before (`{{total}}`, `{{#plans}}`); a property
/// that is nil reads as absent.
///
/// The view model is turned into dictionaries once, before rendering: Mustache would otherwise reflect on a struct at
/// every lookup, which made the ledger's 100 rows render about six times slower than from dictionaries.
struct PageContext: MustacheParent {
    let view: [String: Any]
    let frame: [String: Any]

    init(view: Any, frame: [String: Any]) {
        self.view = Self.tree(view) as? [String: Any] ?? [:]
        self.frame = frame
    }

    func child(named name: String) -> Any? { view[name] ?? frame[name] }

    /// Structs become dictionaries of their stored properties, arrays and optionals are walked, the rest is kept.
    static func tree(_ value: Any) -> Any? {
        switch value {
        case is String, is Int, is Double, is Bool: return value
        case let dictionary as [String: Any]: return dictionary.compactMapValues(tree)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            var object: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let v = tree(child.value) { object[label] = v }
            }
            return object
        case .collection, .set:
            return mirror.children.compactMap { tree($0.value) }
        case .optional:
            return mirror.children.first.flatMap { tree($0.value) }
        default:
            return value
        }
    }
}
