import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The process's memory as Linux reports it in /proc/self/status.
enum BenchProcessMemory {
    struct Snapshot: Sendable {
        /// Peak resident set size (VmHWM) in MiB.
        var peakMiB: Double
        /// Current resident set size (VmRSS), and its anonymous and file-backed parts, in MiB.
        var residentMiB: Double
        var anonymousMiB: Double
        var fileMiB: Double
    }

    static func snapshot() -> Snapshot? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        func kib(_ key: String) -> Double? {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else { return nil }
            return line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Double($0) }
        }
        guard let hwm = kib("VmHWM"), let rss = kib("VmRSS") else { return nil }
        return Snapshot(
            peakMiB: hwm / 1024, residentMiB: rss / 1024, anonymousMiB: (kib("RssAnon") ?? 0) / 1024,
            fileMiB: (kib("RssFile") ?? 0) / 1024)
    }

    /// Returns memory freed by the program to the system (glibc keeps it in its arenas otherwise).
    static func releaseFreedMemory() {
        #if canImport(Glibc)
            // malloc.h is not part of Swift's Glibc module: look the function up.
            guard let symbol = dlsym(nil, "malloc_trim") else { return }
            typealias MallocTrim = @convention(c) (Int) -> Int32
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }

    /// Resets VmHWM to the current RSS (Linux ≥ 4.0), so the peak of the measurements excludes generation.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// User and system CPU seconds of the process so far, every thread included.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
