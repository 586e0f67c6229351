import Foundation
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import Testing

@testable import App

/// The background jobs: run once, retried with back-off, cancelled, taken over when a worker dies, never run twice.
@Suite(.serialized)
struct JobQueueTests {
    struct Numbers: Codable { var count: Int }

    /// Counts how often each job ran.
    final class Runs: Sendable {
        let box = NIOLockedValueBox<[Int: Int]>([:])
        func add(_ id: Int) { box.withLockedValue { $0[id, default: 0] += 1 } }
        var all: [Int: Int] { box.withLockedValue { $0 } }
    }

    func worker(_ services: AppServices, _ handlers: [JobHandler], concurrency: Int = 2) -> JobWorker {
        JobWorker(services: services, handlers: handlers, concurrency: concurrency, logger: TestDatabase.logger)
    }

    @Test func aJobRunsOnceReportsProgressAndKeepsItsResult() async throws {
        try await TestDatabase.withServices { services in
            // given
            let runs = Runs()
            let handler = JobHandler(kind: "count") { context in
                runs.add(context.job.id)
                let payload = try context.decodePayload(Numbers.self)
                for i in 1...payload.count { try await context.progress(done: Int64(i), total: Int64(payload.count), note: "step \(i)") }
                return #"{"counted":\#(payload.count)}"#
            }
            let id = try await services.jobs.enqueue(kind: "count", payload: Numbers(count: 3), createdBy: nil)
            // when
            let ran = await worker(services, [handler]).drain()
            // then
            #expect(ran == 1)
            let job = try #require(try await services.jobs.job(id))
            #expect(job.state == .succeeded)
            #expect(job.result == #"{"counted":3}"#)
            #expect(job.progressDone == 3 && job.progressTotal == 3 && job.progressNote == "step 3")
            #expect(job.percent == 100 && job.attempts == 1 && job.lockedBy == nil && job.finishedAt != nil)
            #expect(runs.all == [id: 1])
            #expect(await worker(services, [handler]).drain() == 0)
        }
    }

    @Test func aFailedAttemptWaitsItsBackOffAndTheLastOneFailsTheJob() async throws {
        try await TestDatabase.withServices { services in
            // given
            let handler = JobHandler(kind: "flaky") { _ in throw URLError(.timedOut) }
            let worker = worker(services, [handler])
            let id = try await services.jobs.enqueue(kind: "flaky", payload: Numbers(count: 0), createdBy: nil, maxAttempts: 3)
            var due = services.clock.now
            for attempt in 1...3 {
                // when: the attempt runs and fails
                let claimed = try #require(try await services.jobs.claim(worker: worker.name, now: due.addingTimeInterval(1)))
                #expect(claimed.attempts == attempt)
                await worker.execute(claimed)
                // then: queued again after its back-off, and not claimable before
                let job = try #require(try await services.jobs.job(id))
                #expect(job.lastError?.contains("URLError") == true)
                if attempt < 3 {
                    let runAt = try #require(Timestamp.date(job.runAt)), failedAt = try #require(Timestamp.date(job.updatedAt))
                    #expect(job.state == .queued)
                    #expect(abs(runAt.timeIntervalSince(failedAt) - JobQueue.backoff(afterAttempt: attempt)) < 0.01)
                    #expect(try await services.jobs.claim(worker: "w1", now: runAt.addingTimeInterval(-1)) == nil)
                    due = runAt
                } else {
                    #expect(job.state == .failed && job.attempts == 3 && job.finishedAt != nil)
                }
            }
            #expect(try await services.jobs.claim(worker: "w1", now: services.clock.now.addingTimeInterval(86_400)) == nil)
        }
    }

    @Test func backOffDoublesUpToAnHour() {
        #expect(JobQueue.backoff(afterAttempt: 1) == 15)
        #expect(JobQueue.backoff(afterAttempt: 2) == 30)
        #expect(JobQueue.backoff(afterAttempt: 5) == 240)
        #expect(JobQueue.backoff(afterAttempt: 20) == 3600)
    }

    @Test func aPermanentFailureIsNotRetriedAndAnUnknownKindIsLeftForAWorkerThatKnowsIt() async throws {
        try await TestDatabase.withServices { services in
            // given
            let handler = JobHandler(kind: "refuse") { _ in throw PermanentJobFailure("the file is not a workbook") }
            let refused = try await services.jobs.enqueue(kind: "refuse", payload: Numbers(count: 0), createdBy: nil)
            let other = try await services.jobs.enqueue(kind: "someone-else", payload: Numbers(count: 0), createdBy: nil)
            // when
            let ran = await worker(services, [handler]).drain()
            // then
            #expect(ran == 1)
            let job = try #require(try await services.jobs.job(refused))
            #expect(job.state == .failed && job.attempts == 1 && job.lastError == "the file is not a workbook")
            #expect(try await services.jobs.job(other)?.state == .queued)
        }
    }

    @Test func cancellingAQueuedJobStopsItAndARunningOneStopsAtItsNextProgressReport() async throws {
        try await TestDatabase.withServices { services in
            // given
            let runs = Runs()
            let queued = try await services.jobs.enqueue(kind: "long", payload: Numbers(count: 0), createdBy: nil)
            // when
            let afterCancel = try await services.jobs.requestCancel(queued)
            // then
            #expect(afterCancel?.state == .cancelled)

            // given: a running job whose handler is asked to stop half way
            let running = try await services.jobs.enqueue(kind: "long", payload: Numbers(count: 0), createdBy: nil)
            let handler = JobHandler(kind: "long") { context in
                runs.add(context.job.id)
                try await context.progress(done: 1, total: 10)
                _ = try await services.jobs.requestCancel(context.job.id)
                try await context.progress(done: 2, total: 10)
                Issue.record("the handler went on after a cancel")
                return nil
            }
            // when
            await worker(services, [handler]).drain()
            // then
            let job = try #require(try await services.jobs.job(running))
            #expect(job.state == .cancelled && job.cancelRequested && job.progressDone == 2)
            #expect(runs.all == [running: 1])
            // A finished job stays as it is.
            #expect(try await services.jobs.requestCancel(running)?.state == .cancelled)
            #expect(try await services.jobs.requestCancel(999_999) == nil)
        }
    }

    @Test func aJobWhoseWorkerDiedIsTakenOverAndTheDeadWorkerCanNoLongerFinishIt() async throws {
        try await TestDatabase.withServices { services in
            // given: w1 claims a job and then stops reporting
            let id = try await services.jobs.enqueue(kind: "k", payload: Numbers(count: 0), createdBy: nil)
            let start = services.clock.now
            _ = try #require(try await services.jobs.claim(worker: "w1", now: start))
            #expect(try await services.jobs.claim(worker: "w2", now: start.addingTimeInterval(JobQueue.leaseSeconds - 5)) == nil)
            // when: its lease runs out
            let taken = try #require(try await services.jobs.claim(worker: "w2", now: start.addingTimeInterval(JobQueue.leaseSeconds + 1)))
            // then
            #expect(taken.id == id && taken.lockedBy == "w2" && taken.attempts == 2)
            await #expect(throws: JobQueue.LostLease.self) {
                _ = try await services.jobs.heartbeat(id, worker: "w1", done: 1, total: 2, note: "")
            }
            try await services.jobs.succeed(id, worker: "w1", result: "stale")
            #expect(try await services.jobs.job(id)?.state == .running)
            try await services.jobs.succeed(id, worker: "w2", result: "fresh")
            #expect(try await services.jobs.job(id)?.result == "fresh")
        }
    }

    @Test func twoWorkersDrainingTogetherRunEveryJobExactlyOnce() async throws {
        try await TestDatabase.withServices { services in
            // given
            let runs = Runs()
            let handler = JobHandler(kind: "once") { context in
                runs.add(context.job.id)
                try await context.progress(done: 1, total: 1)
                return nil
            }
            var ids: [Int] = []
            for i in 0..<30 { ids.append(try await services.jobs.enqueue(kind: "once", payload: Numbers(count: i), createdBy: nil)) }
            let a = worker(services, [handler], concurrency: 3), b = worker(services, [handler], concurrency: 3)
            // when
            async let ranA = a.drain()
            async let ranB = b.drain()
            let total = await ranA + ranB
            // then
            #expect(total == 30)
            #expect(runs.all.count == 30 && runs.all.values.allSatisfy { $0 == 1 })
            let counts = try await services.jobs.counts()
            #expect(counts[.succeeded] == 30 && counts[.queued] == nil && counts[.running] == nil)
        }
    }

    @Test func aStoppingServerGivesItsJobBackWithoutCountingTheAttempt() async throws {
        try await TestDatabase.withServices { services in
            // given: the first run is interrupted as a shutdown interrupts it, the second completes
            let runs = Runs()
            let id = try await services.jobs.enqueue(kind: "k", payload: Numbers(count: 0), createdBy: nil)
            let handler = JobHandler(kind: "k") { context in
                runs.add(context.job.id)
                if runs.all[context.job.id] == 1 { throw CancellationError() }
                return nil
            }
            // when
            await worker(services, [handler]).drain()
            // then
            let job = try #require(try await services.jobs.job(id))
            #expect(runs.all == [id: 2])
            #expect(job.state == .succeeded && job.attempts == 1 && job.lockedBy == nil)
        }
    }
}
