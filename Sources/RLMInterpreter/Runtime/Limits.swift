import Foundation
import Synchronization

/// Resource limits for a run. Every limit ends runaway work with an exception the model can
/// read; see Docs/security.md for defaults and what survives a limit.
public struct Limits: Sendable {
    /// Wall-clock seconds per run; nil for none.
    public var timeout: Double?
    /// Bytes the program's own objects may occupy (checked before size-predictable
    /// allocations and against the process's resident memory growth); nil for none.
    public var maxMemoryBytes: Int?
    /// Bytes of printed output kept per run; the rest is dropped with a marker.
    public var maxOutputBytes: Int?
    /// Python call depth (RecursionError beyond it).
    public var recursionLimit: Int

    public init(timeout: Double? = nil, maxMemoryBytes: Int? = nil, maxOutputBytes: Int? = nil,
                recursionLimit: Int = 1000) {
        self.timeout = timeout
        self.maxMemoryBytes = maxMemoryBytes
        self.maxOutputBytes = maxOutputBytes
        self.recursionLimit = recursionLimit
    }
}

/// Which limit ended a run.
public enum LimitKind: String, Sendable {
    case timeout
    case memory
    case cancelled
}

/// Thrown when a run must stop (timeout, cancellation, memory). It is not a Python exception,
/// so `except Exception:` and `except BaseException:` cannot swallow it and keep looping;
/// `finally` blocks still run. The session reports it as a TimeoutError / MemoryError /
/// KeyboardInterrupt traceback line.
public struct LimitExceeded: Error, CustomStringConvertible {
    public let kind: LimitKind
    public let message: String
    public var pythonTypeName: String {
        switch kind {
        case .timeout: return "TimeoutError"
        case .memory: return "MemoryError"
        case .cancelled: return "KeyboardInterrupt"
        }
    }
    public var description: String { "\(pythonTypeName): \(message)" }
}

/// An error a host function throws to end the run on the host's behalf (the engine's
/// `FINAL(answer)`). Like a limit, it passes through every `except` clause of the program,
/// including `except BaseException:`; `finally` blocks run. The run's result carries it.
public protocol ControlSignal: Error {}

/// A cancellation flag the host can set from any thread.
public final class CancellationFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public func reset() { flag.store(false, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

extension Interp {
    /// How many cheap ticks pass between clock and flag checks. A tick is a loop iteration or
    /// a call; 1024 of the tightest ones take ~50 µs, so limits are seen well within 100 ms.
    static let ticksPerCheck = 1024

    /// Called on every loop iteration and call; occasionally checks the clock and the flag.
    @inline(__always)
    func tick() throws {
        ticksUntilCheck &-= 1
        if ticksUntilCheck <= 0 { try checkLimits() }
    }

    /// A tick at a point where running Python code is safe (a statement-level loop
    /// iteration, a comprehension step, entering a Python function): also closes abandoned
    /// generators. Inside native operations (iterating a dict, collecting an iterator) only
    /// `tick()` is used.
    @inline(__always)
    func safeTick() throws {
        ticksUntilCheck &-= 1
        if ticksUntilCheck <= 0 {
            try checkLimits()
            if !abandonedGenerators.isEmpty { try closeAbandonedGenerators() }
        }
    }

    /// Runs the pending `finally` blocks of generators dropped while suspended. As in
    /// CPython, an exception they raise is ignored; a limit or control signal propagates.
    func closeAbandonedGenerators() throws {
        while !abandonedGenerators.isEmpty {
            let batch = abandonedGenerators
            abandonedGenerators = []
            for g in batch {
                do {
                    try g.close(self)
                } catch is PyException {
                }
            }
        }
    }

    /// Drops abandoned generators without running their finally blocks.
    func discardAbandonedGenerators() {
        let wasShutDown = isShutDown
        isShutDown = true
        while !abandonedGenerators.isEmpty {
            var batch = abandonedGenerators
            abandonedGenerators = []
            batch.removeAll()   // the frames' values are released here, outside any access to the list
        }
        isShutDown = wasShutDown
    }

    /// Checks time, cancellation and memory now.
    func checkLimits() throws {
        // While abandoned generators wait, every tick checks, so the next safe one closes them.
        ticksUntilCheck = abandonedGenerators.isEmpty ? Interp.ticksPerCheck : 0
        if cancellation.isCancelled {
            throw LimitExceeded(kind: .cancelled, message: "the run was cancelled")
        }
        if let deadline = deadline, DispatchTime.now().uptimeNanoseconds >= deadline {
            throw LimitExceeded(kind: .timeout, message: "the run exceeded its time limit of \(formatSeconds(limits.timeout ?? 0)) s")
        }
        if let max = limits.maxMemoryBytes {
            checksSinceMemory += 1
            if checksSinceMemory >= 16 {
                checksSinceMemory = 0
                let grown = residentBytes() - baselineResidentBytes
                if grown > max {
                    throw LimitExceeded(kind: .memory, message: "the run exceeded its memory limit of \(max >> 20) MB")
                }
            }
        }
    }

    /// Refuses an allocation of `bytes` that would break the memory limit, before making it.
    func reserve(bytes: Int) throws {
        let limit = limits.maxMemoryBytes ?? Interp.hardAllocationCap
        if bytes > limit {
            throw PyException(BuiltinTypes.memoryError, "cannot allocate \(bytes) bytes (memory limit \(limit >> 20) MB)")
        }
    }

    /// With no memory limit set, single allocations beyond this are still refused: they
    /// would take the whole machine down rather than fail.
    static let hardAllocationCap = 8 << 30

    /// Seconds left before the deadline (for host waits), or nil without a timeout.
    var secondsLeft: Double? {
        guard let d = deadline else { return nil }
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= d ? 0 : Double(d - now) / 1e9
    }

    /// Prepares the per-run limit state.
    func beginRun() {
        ticksUntilCheck = Interp.ticksPerCheck
        checksSinceMemory = 0
        recursionLimit = limits.recursionLimit
        if let t = limits.timeout {
            deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, t) * 1e9)
        } else {
            deadline = nil
        }
        if limits.maxMemoryBytes != nil { baselineResidentBytes = residentBytes() }
        output.limit = limits.maxOutputBytes
    }
}

private func formatSeconds(_ s: Double) -> String {
    s == s.rounded() ? String(Int(s)) : String(s)
}

/// The process's resident set size, from /proc (Linux); 0 where unavailable.
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}
