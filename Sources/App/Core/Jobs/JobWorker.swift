import Foundation
import Logging
import ServiceLifecycle

/// Runs queued jobs inside `reform serve` (no separate service to run): polls the job table, runs up to
/// `concurrency` jobs at once, and on a graceful shutdown gives running jobs back to the queue. Several instances
/// on one PostgreSQL each run a worker; `JobQueue.claim` keeps them from taking the same job.
package struct JobWorker: Service {
    let services: AppServices
    let handlers: [String: JobHandler]
    let concurrency: Int
    let pollInterval: Duration
    let logger: Logger
    /// Names this worker in `locked_by`: the host, the process and a random part.
    package let name: String

    package init(services: AppServices, handlers: [JobHandler], concurrency: Int, pollInterval: Duration = .seconds(1), logger: Logger) {
        self.services = services
        self.handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        self.concurrency = max(1, concurrency)
        self.pollInterval = pollInterval
        var logger = logger
        logger[metadataKey: "component"] = "jobs"
        self.logger = logger
        self.name = "\(ProcessInfo.processInfo.hostName)#\(ProcessInfo.processInfo.processIdentifier)#\(SecretToken.generate().prefix(8))"
    }

    package func run() async throws {
        logger.info("job worker started", metadata: ["worker": "\(name)", "concurrency": "\(concurrency)"])
        try? await cancelWhenGracefulShutdown {
            try await services.readiness.wait()
            while !Task.isCancelled {
                let ran = await drain()
                if ran == 0 { try await Task.sleep(for: pollInterval) }
            }
        }
        logger.info("job worker stopped", metadata: ["worker": "\(name)"])
    }

    /// Claims and runs jobs, `concurrency` at a time, until none is due; returns how many ran. Tests call it
    /// directly instead of starting the polling loop.
    @discardableResult
    package func drain() async -> Int {
        await withTaskGroup(of: Void.self) { group in
            var running = 0, ran = 0
            while !Task.isCancelled {
                while running < concurrency, let job = await claimNext() {
                    running += 1
                    ran += 1
                    group.addTask { await execute(job) }
                }
                guard running > 0 else { break }
                await group.next()
                running -= 1
            }
            await group.waitForAll()
            return ran
        }
    }

    private func claimNext() async -> Job? {
        do {
            return try await services.jobs.claim(worker: name, kinds: Array(handlers.keys))
        } catch {
            logger.error("claiming a job failed", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// Runs one claimed job and records how it ended.
    package func execute(_ job: Job) async {
        let queue = services.jobs
        var log = logger
        log[metadataKey: "job"] = "\(job.id)"
        log[metadataKey: "kind"] = "\(job.kind)"
        do {
            guard let handler = handlers[job.kind] else { throw PermanentJobFailure("no handler for jobs of kind \(job.kind)") }
            if job.cancelRequested { throw JobCancelled() }
            let result = try await handler.run(JobContext(job: job, services: services, worker: name))
            try await queue.succeed(job.id, worker: name, result: result)
            log.info("job succeeded", metadata: ["attempt": "\(job.attempts)"])
        } catch is JobCancelled {
            try? await queue.markCancelled(job.id, worker: name)
            log.info("job cancelled")
        } catch is JobQueue.LostLease {
            log.warning("job lease lost; another worker has it")
        } catch let failure as PermanentJobFailure {
            try? await queue.fail(job.id, worker: name, error: failure.message, permanent: true)
            log.error("job failed", metadata: ["error": "\(failure.message)"])
        } catch is CancellationError {
            try? await queue.release(job.id, worker: name)
            log.info("job given back (shutting down)")
        } catch {
            try? await queue.fail(job.id, worker: name, error: String(describing: error), permanent: false)
            log.warning("job attempt failed", metadata: ["attempt": "\(job.attempts)", "error": "\(error)"])
        }
    }
}
