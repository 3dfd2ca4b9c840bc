import Foundation

/// Releases nested containers iteratively.
///
/// Swift frees an object graph recursively: dropping a list nested 200,000 deep runs 200,000
/// nested deinits and overflows the stack. Containers hand their elements to this per-thread
/// queue instead; the outermost deinit drains it in a loop, so the depth stays constant.
final class DeferredRelease {
    private var pending: [[Value]] = []
    private var draining = false

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { pointer in
            if let p = pointer { Unmanaged<DeferredRelease>.fromOpaque(p).release() }
        }
        return k
    }()

    private static var current: DeferredRelease {
        if let p = pthread_getspecific(key) {
            return Unmanaged<DeferredRelease>.fromOpaque(p).takeUnretainedValue()
        }
        let r = DeferredRelease()
        pthread_setspecific(key, Unmanaged.passRetained(r).toOpaque())
        return r
    }

    /// Takes ownership of `values` and releases them without recursion.
    static func release(_ values: inout [Value]) {
        guard values.contains(where: \.ownsHeapChildren) else { return }
        let r = current
        r.pending.append(values)
        values = []
        if r.draining { return }
        r.draining = true
        while !r.pending.isEmpty {
            _ = r.pending.removeLast()   // element deinits append to `pending` instead of recursing
        }
        r.draining = false
    }
}

extension Value {
    /// Whether releasing this value can cascade into further container releases.
    var ownsHeapChildren: Bool {
        switch self {
        case .list, .tuple, .dict, .object: return true
        default: return false
        }
    }
}
