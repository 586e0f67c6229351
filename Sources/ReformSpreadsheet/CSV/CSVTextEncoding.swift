/// The text encodings a CSV file arrives in from offices.
public enum CSVTextEncoding: String, Sendable, Hashable {
    /// UTF-8, with or without a byte order mark (Excel's "CSV UTF-8" writes one; most tools do not).
    case utf8
    /// GB18030, a superset of GBK and GB2312: what Excel and WPS on Chinese Windows write for plain "CSV".
    case gb18030
    /// UTF-16 with a byte order mark: Excel's "Unicode Text", tab-separated.
    case utf16
}
