import Foundation

/// What one file's reading has used of its `UploadLimits`: the bytes inflated from all its parts, and the time,
/// through a check the caller supplies (the App's clock; none for the command line and the tests that need none).
/// Shared by every part and sheet read from the file, so it is a class; the count is behind a lock.
public final class UploadBudget: @unchecked Sendable {
    public let limits: UploadLimits
    private let isPastDeadline: @Sendable () -> Bool
    private let lock = NSLock()
    private var inflated = 0

    public init(limits: UploadLimits = .standard, isPastDeadline: @escaping @Sendable () -> Bool = { false }) {
        self.limits = limits
        self.isPastDeadline = isPastDeadline
    }

    /// Throws when the time is up.
    public func checkTime() throws {
        if isPastDeadline() { throw UploadLimitExceeded.time(seconds: limits.maxDryRunSeconds) }
    }

    /// After each inflated chunk: `partBytes` of `part` so far, from `compressedBytes` in the zip, `count` of them new.
    func inflated(_ count: Int, part: String, partBytes: Int, compressedBytes: UInt64) throws {
        if partBytes > limits.maxPartBytes { throw UploadLimitExceeded.partBytes(part: part, limit: limits.maxPartBytes) }
        try checkRatio(part: part, inflated: UInt64(partBytes), compressed: compressedBytes)
        let total = lock.withLock {
            inflated += count
            return inflated
        }
        if total > limits.maxTotalBytes { throw UploadLimitExceeded.totalBytes(limit: limits.maxTotalBytes) }
        try checkTime()
    }

    private func checkRatio(part: String, inflated: UInt64, compressed: UInt64) throws {
        if inflated > UInt64(limits.ratioGraceBytes), inflated > UInt64(limits.maxCompressionRatio) * max(compressed, 1) {
            throw UploadLimitExceeded.compressionRatio(part: part, limit: limits.maxCompressionRatio)
        }
    }
}
