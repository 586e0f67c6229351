import Foundation

/// How far an uploaded workbook or document may expand while it is read: the one place these limits live.
///
/// A zip of a few hundred kilobytes can inflate to gigabytes (one cell of 200 MB compresses to 200 KB), and a
/// small sheet can name one long shared string a million times, so the size of the upload says nothing about the
/// work it makes. The readers check each limit as they inflate and parse, and stop at the first one passed: a part
/// is never inflated whole before it is checked.
public struct UploadLimits: Sendable, Equatable {
    /// One part of the zip once inflated (a sheet's XML, the shared strings, word/document.xml). A sheet of
    /// 100,000 ledger rows (`reform import-bench`) is about 65 MB.
    public var maxPartBytes: Int
    /// All the parts read from one file, together.
    public var maxTotalBytes: Int
    /// Inflated bytes per compressed byte of a part. Spreadsheets and documents compress 5–20 times; a zip bomb
    /// a thousand times. Checked once a part has passed `ratioGraceBytes`, so small, very regular parts pass.
    public var maxCompressionRatio: Int
    public var ratioGraceBytes: Int
    /// Cells of one sheet that hold a value or a formula (a CSV file's fields, empty ones included: each is kept).
    /// A 100,000-row ledger of 15 columns has 1,500,000.
    public var maxCellsPerSheet: Int
    /// Characters of text in the cells of one sheet; a shared string counts each time a cell names it.
    public var maxCharactersPerSheet: Int
    /// Seconds an import's dry run (read, match, check, store the draft) may take before it is stopped.
    public var maxDryRunSeconds: Int

    public init(
        maxPartBytes: Int = 128 * 1024 * 1024, maxTotalBytes: Int = 256 * 1024 * 1024, maxCompressionRatio: Int = 100,
        ratioGraceBytes: Int = 1024 * 1024, maxCellsPerSheet: Int = 2_000_000, maxCharactersPerSheet: Int = 40_000_000,
        maxDryRunSeconds: Int = 60
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioGraceBytes = ratioGraceBytes
        self.maxCellsPerSheet = maxCellsPerSheet
        self.maxCharactersPerSheet = maxCharactersPerSheet
        self.maxDryRunSeconds = maxDryRunSeconds
    }

    /// The defaults above.
    public static let standard = UploadLimits()
}
