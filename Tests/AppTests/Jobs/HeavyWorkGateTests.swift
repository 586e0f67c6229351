import Foundation
import Hummingbird
import Testing

@testable import App

/// Large work passes the gate a few at a time: the slots run, a bounded line waits, the rest are refused at once.
@Suite struct HeavyWorkGateTests {
    /// A latch the test opens when it wants the held work to finish.
    actor Latch {
        private var open = false
        private var waiting: [CheckedContinuation<Void, Never>] = []
        func wait() async {
            if open { return }
            await withCheckedContinuation { waiting.append($0) }
        }
        func release() {
            open = true
            for c in waiting { c.resume() }
            waiting = []
        }
    }

    actor Log {
        var entries: [String] = []
        func add(_ s: String) { entries.append(s) }
    }

    @Test func slotsRunALineWaitsTheRestAreRefused() async throws {
        // given a gate of one slot and a line of one
        let gate = HeavyWorkGate(slots: 1, maxWaiting: 1)
        let latch = Latch()
        let log = Log()
        // when a first piece of work holds the slot and a second queues behind it
        let first = Task {
            try await gate.run {
                await log.add("first started")
                await latch.wait()
                await log.add("first done")
            }
        }
        while await gate.load.running == 0 { await Task.yield() }
        let second = Task { try await gate.run { await log.add("second ran") } }
        while await gate.load.waiting == 0 { await Task.yield() }
        // then a third is refused at once with 503 and a Retry-After
        await #expect(throws: HTTPError.self) { try await gate.run { await log.add("third ran") } }
        do {
            try await gate.run { await log.add("third ran") }
        } catch let error as HTTPError {
            #expect(error.status == .serviceUnavailable)
            #expect(error.headers[.retryAfter] == String(HeavyWorkGate.retryAfterSeconds))
        }
        #expect(await log.entries == ["first started"])
        // and when the first finishes, the second runs in its slot
        await latch.release()
        try await first.value
        try await second.value
        #expect(await log.entries == ["first started", "first done", "second ran"])
        #expect(await gate.load == (running: 0, waiting: 0))
    }

    @Test func aFailureFreesTheSlot() async throws {
        // given a gate of one slot
        let gate = HeavyWorkGate(slots: 1, maxWaiting: 0)
        struct Boom: Error {}
        // when a piece of work fails
        await #expect(throws: Boom.self) { try await gate.run { throw Boom() } }
        // then the slot is free for the next
        #expect(try await gate.run { 42 } == 42)
        #expect(await gate.load == (running: 0, waiting: 0))
    }
}
