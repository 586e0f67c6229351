/// The cellXfs indexes of styles.xml as `XLSXParts.styles` writes them; one place so cells and the
/// stylesheet cannot disagree.
enum XLSXStyleIndex {
    static let header = 1
    static let text = 2
    static let wrappedText = 3
    static let number = 4
    static let date = 5
    static let dateTime = 6
    static let percent = 7
}
