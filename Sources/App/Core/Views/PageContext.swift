import Mustache

/// What a page template renders: the page's typed view model, then what the layout reads (strings, the user, the
/// language switch…). Templates name the view model's properties as before (`{{total}}`, `{{#plans}}`); a property
/// that is nil reads as absent.
struct PageContext: MustacheParent {
    let view: Any
    let frame: [String: Any]

    func child(named name: String) -> Any? {
        if let value = Self.property(name, of: view) { return value }
        return frame[name]
    }

    /// A stored property of a struct by name, with an Optional unwrapped (nil when absent or nil).
    static func property(_ name: String, of object: Any) -> Any? {
        if let dictionary = object as? [String: Any] { return dictionary[name] }
        guard let value = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
