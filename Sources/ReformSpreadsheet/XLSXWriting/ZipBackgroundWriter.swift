import Foundation

/// Runs a `ZipStreamWriter` on a thread of its own, so deflating a sheet takes a second core while the rows are
/// still being written. The caller hands over 1 MiB chunks through a bounded queue (at most `maximumQueuedChunks`
/// waiting; `enqueue` blocks when it is full) and takes emptied buffers back, so memory stays flat.
///
/// Errors on the thread are kept and thrown by the next `enqueue` or by `finish`; the jobs after a failure are
/// dropped. `abandon` (or deinit) stops the thread, waits for it and closes the file without a directory.
final class ZipBackgroundWriter: @unchecked Sendable {
    enum Job: Sendable {
        case begin(String)
        case data([UInt8])
        case end
        case whole(String, [UInt8])
    }

    static let maximumQueuedChunks = 4

    private let zip: ZipStreamWriter
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var jobs: [Job] = []
    private var head = 0
    private var queuedChunks = 0
    private var spare: [[UInt8]] = []
    private var failure: Error?
    private var stopping = false
    private var dropping = false
    private var running = true

    init(zip: ZipStreamWriter) {
        self.zip = zip
        let thread = Thread { [self] in run() }
        thread.name = "reform-zip-deflate"
        thread.start()
    }

    deinit {
        // The thread holds `self` while it runs, so by now it has ended; only the file is left.
        zip.abandon()
    }

    var path: String { zip.path }

    /// Queues a job; blocks while `maximumQueuedChunks` chunks wait. Throws the thread's error, if any.
    func enqueue(_ job: Job) throws {
        condition.lock()
        defer { condition.unlock() }
        if case .data = job {
            while queuedChunks >= Self.maximumQueuedChunks && failure == nil { condition.wait() }
        }
        if let failure { throw failure }
        guard !stopping else { throw SpreadsheetError.writerMisuse("the zip is already finished") }
        if case .data = job { queuedChunks += 1 }
        jobs.append(job)
        condition.broadcast()
    }

    /// An empty buffer with room for a chunk: one the thread has deflated, or a new one.
    func takeBuffer(capacity: Int) -> [UInt8] {
        condition.lock()
        let buffer = spare.popLast()
        condition.unlock()
        if let buffer { return buffer }
        var fresh: [UInt8] = []
        fresh.reserveCapacity(capacity)
        return fresh
    }

    /// Waits for every queued job, then writes the central directory and closes the file.
    func finish() throws {
        try stopAndWait(dropJobs: false)
        try zip.finish()
    }

    /// Stops the thread, dropping what is queued, and closes the file unfinished.
    func abandon() {
        try? stopAndWait(dropJobs: true)
        zip.abandon()
    }

    private func stopAndWait(dropJobs: Bool) throws {
        condition.lock()
        defer { condition.unlock() }
        stopping = true
        if dropJobs { dropping = true }
        condition.broadcast()
        while running { condition.wait() }
        if let failure, !dropJobs { throw failure }
    }

    private func run() {
        while true {
            condition.lock()
            while head == jobs.count && !stopping { condition.wait() }
            if head == jobs.count || dropping {
                running = false
                jobs.removeAll()
                head = 0
                condition.broadcast()
                condition.unlock()
                return
            }
            var job = jobs[head]
            jobs[head] = .end  // let go of the chunk's storage here
            head += 1
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            }
            let failed = failure != nil
            condition.unlock()

            var error: Error?
            var emptied: [UInt8]?
            if !failed {
                do {
                    switch job {
                    case .begin(let name): try zip.beginEntry(name)
                    case .data(let chunk):
                        try zip.write(chunk)
                        emptied = chunk
                    case .end: try zip.endEntry()
                    case .whole(let name, let data): try zip.addEntry(name, data: data)
                    }
                } catch let thrown {
                    error = thrown
                }
            }
            if case .data = job {
                job = .end  // the chunk's only owner is now `emptied`, so it is emptied in place
                if var buffer = emptied {
                    emptied = nil
                    buffer.removeAll(keepingCapacity: true)
                    emptied = buffer
                }
                condition.lock()
                queuedChunks -= 1
                if let emptied, spare.count < Self.maximumQueuedChunks { spare.append(emptied) }
                if let error, failure == nil { failure = error }
                condition.broadcast()
                condition.unlock()
            } else if let error {
                condition.lock()
                if failure == nil { failure = error }
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}
