import Foundation
import RLMInterpreter
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches many files at once: worker threads take files in listing order from a shared
/// counter, each with its own compiled pattern and read buffer. Each file is opened in its
/// folder, which is reached from the searched folder one component at a time without
/// following links (FolderCursor), so nothing outside can be reached through a link or a
/// swap; only regular files are read, and binary ones (a NUL byte in the first 8000 bytes)
/// are skipped.
///
/// Results are deterministic: once `maxResults` matches are found no new file is started,
/// the files already started finish, and the first `maxResults` matches in listing order are
/// kept, which is exactly what a sequential search would keep.
final class ParallelGrep: @unchecked Sendable {
    struct FileMatches {
        let index: Int
        var matches: [Grep.Match]
    }

    let workspace: Workspace
    let directory: FileDescriptor
    /// The searched folder's workspace-relative path, which result paths start with.
    let directoryPath: String
    let paths: [String]
    let pattern: String
    let ignoreCase: Bool
    let maxResults: Int
    let maxLineBytes: Int
    let threads: Int

    private let next = Atomic<Int>(0)
    private let found = Atomic<Int>(0)
    private let stop = Atomic<Bool>(false)
    private let results = Mutex<[FileMatches]>([])
    private let folders = Mutex<[String]>([])
    private let searched = Atomic<Int>(0)
    private let binary = Atomic<Int>(0)
    private let failure = Mutex<Error?>(nil)

    /// Bytes read per window of a large file (smaller files are read whole).
    static let windowSize = 4 << 20

    init(workspace: Workspace, directory: FileDescriptor, directoryPath: String, paths: [String], pattern: String,
         ignoreCase: Bool, maxResults: Int, maxLineBytes: Int, threads: Int) {
        self.workspace = workspace
        self.directory = directory
        self.directoryPath = directoryPath
        self.paths = paths
        self.pattern = pattern
        self.ignoreCase = ignoreCase
        self.maxResults = maxResults
        self.maxLineBytes = maxLineBytes
        self.threads = max(1, min(threads, paths.count))
    }

    struct Outcome {
        /// In listing order, at most maxResults.
        var matches: [Grep.Match]
        /// More matches exist than were kept.
        var truncated: Bool
        var filesSearched: Int
        var binaryFiles: Int
        /// Listed paths that turned out to be folders (submodules): the caller lists them.
        var folders: [String]
    }

    /// Runs the search on dedicated threads (never on Swift's cooperative pool). Cancelling
    /// the calling task stops the workers at their next file.
    func run() async throws -> Outcome {
        if paths.isEmpty { return Outcome(matches: [], truncated: false, filesSearched: 0, binaryFiles: 0, folders: []) }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                let thread = Thread { [self] in
                    DispatchQueue.concurrentPerform(iterations: threads) { _ in work() }
                    done.resume()
                }
                thread.start()
            }
        } onCancel: {
            stop.store(true, ordering: .relaxed)
        }
        try Task.checkCancellation()
        if let error = failure.withLock({ $0 }) { throw error }
        var all = results.withLock { $0 }
        all.sort { $0.index < $1.index }
        var matches: [Grep.Match] = []
        matches.reserveCapacity(min(maxResults, all.reduce(0) { $0 + $1.matches.count }))
        var truncated = false
        for file in all {
            let room = maxResults - matches.count
            if file.matches.count > room {
                matches.append(contentsOf: file.matches.prefix(room))
                truncated = true
                break
            }
            matches.append(contentsOf: file.matches)
        }
        return Outcome(matches: matches, truncated: truncated, filesSearched: searched.load(ordering: .relaxed),
                       binaryFiles: binary.load(ordering: .relaxed), folders: folders.withLock { $0 })
    }

    /// One worker: take the next file until none are left or enough was found.
    private func work() {
        let searcher: LineSearcher
        do {
            searcher = try LineSearcher(pattern: pattern, ignoreCase: ignoreCase)
        } catch {
            failure.withLock { $0 = $0 ?? error }
            return
        }
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 << 10, alignment: 16)
        defer { buffer.deallocate() }
        var cursor = FolderCursor(workspace: workspace, start: directory)
        while !stop.load(ordering: .relaxed) && found.load(ordering: .relaxed) < maxResults {
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < paths.count else { return }
            do {
                try search(index, searcher, &buffer, &cursor)
            } catch {
                failure.withLock { $0 = $0 ?? error }
                stop.store(true, ordering: .relaxed)
            }
        }
    }

    private func search(_ index: Int, _ searcher: LineSearcher, _ buffer: inout UnsafeMutableRawBufferPointer,
                        _ cursor: inout FolderCursor) throws {
        let path = paths[index]
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let folder = cursor.open(slash.map { path[..<$0] } ?? "") else { return }
        let fd = openat(folder.raw, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return }   // gone, a symbolic link, unreadable: not searched
        let file = FileDescriptor(fd)
        guard let status = try? file.status() else { return }
        switch EntryKind(mode: status.st_mode) {
        case .regular: break
        case .directory:
            folders.withLock { $0.append(path) }
            return
        default: return
        }
        searched.add(1, ordering: .relaxed)
        let size = Int(status.st_size)
        if size > buffer.count && buffer.count < ParallelGrep.windowSize {
            let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: min(max(size + 1, buffer.count * 2), ParallelGrep.windowSize), alignment: 16)
            buffer.deallocate()
            buffer = grown
        }
        var lines: [Grep.Match] = []
        let shownPath = directoryPath.isEmpty ? path : directoryPath + "/" + path
        var carried = 0          // bytes of an unfinished line kept at the buffer's start
        var lineBase = 1         // line number of the buffer's first byte
        var total = 0
        var first = true
        reading: while true {
            var filled = carried
            var atEnd = false
            // Fill the buffer (a small file in one read), noting the end of the file.
            while filled < buffer.count {
                let n = file.read(into: buffer.baseAddress! + filled, count: buffer.count - filled)
                if n <= 0 { atEnd = true; break }
                filled += n
                total += n
                if total >= size && filled < buffer.count { atEnd = true; break }
            }
            let bytes = UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: filled)
            if first {
                first = false
                if TextContent.binaryMarker(UnsafeRawBufferPointer(bytes)) != nil {
                    binary.add(1, ordering: .relaxed)
                    return
                }
            }
            var end = filled
            if !atEnd {
                // Search whole lines only; the unfinished last line waits for the next window.
                guard let lastNewline = bytes.lastIndex(of: 0x0A) else {
                    // One line longer than the buffer: grow it.
                    let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
                    grown.copyMemory(from: UnsafeRawBufferPointer(buffer))
                    buffer.deallocate()
                    buffer = grown
                    carried = filled
                    continue reading
                }
                end = lastNewline + 1
            }
            let base = bytes.baseAddress!
            var countedTo = 0
            var countedLine = lineBase
            var full = false
            try searcher.search(UnsafeBufferPointer(start: base, count: end)) { lineStart, lineEnd in
                countedLine += LineSearcher.countLines(base, from: countedTo, to: lineStart)
                countedTo = lineStart
                lines.append(Grep.Match(path: shownPath, line: countedLine, text: lineText(base + lineStart, count: lineEnd - lineStart)))
                full = lines.count >= maxResults
                return !full
            }
            if atEnd || full { break }
            lineBase = countedLine + LineSearcher.countLines(base, from: countedTo, to: end)
            carried = filled - end
            if carried > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + end, carried) }
        }
        guard !lines.isEmpty else { return }
        found.add(lines.count, ordering: .relaxed)
        results.withLock { $0.append(FileMatches(index: index, matches: lines)) }
    }

    /// A matched line as text: without a final "\r", cut at `maxLineBytes` on a character
    /// boundary with a marker.
    private func lineText(_ start: UnsafePointer<UInt8>, count: Int) -> String {
        var n = count
        if n > 0 && start[n - 1] == 0x0D { n -= 1 }
        guard n > maxLineBytes else { return String(decoding: UnsafeBufferPointer(start: start, count: n), as: UTF8.self) }
        var cut = maxLineBytes
        while cut > 0 && start[cut] & 0xC0 == 0x80 { cut -= 1 }
        return String(decoding: UnsafeBufferPointer(start: start, count: cut), as: UTF8.self) + "… [line cut at \(maxLineBytes) of \(n) bytes]"
    }
}

/// The folder of the file a grep worker opens, reached from the searched folder one component
/// at a time with O_NOFOLLOW (a symbolic link on the way, even one swapped in a moment ago,
/// cannot be entered), its real path checked once. Listings come in path order, so the folder
/// is usually the previous file's and is kept open.
struct FolderCursor {
    let workspace: Workspace
    let start: FileDescriptor
    private var path: Substring = ""
    private var current: FileDescriptor?

    init(workspace: Workspace, start: FileDescriptor) {
        self.workspace = workspace
        self.start = start
    }

    /// The open folder `relative` (to the searched folder), or nil when it cannot be
    /// reached without leaving it or following a link.
    mutating func open(_ relative: Substring) -> FileDescriptor? {
        if relative.isEmpty { return start }
        if relative == path, let current { return current }
        var folder = start
        for component in relative.split(separator: "/") {
            guard component != "..", component != ".",
                  let next = openEntry(in: folder.raw, String(component), flags: O_RDONLY | O_DIRECTORY) else { return nil }
            folder = next
        }
        guard (try? workspace.requireInside(folder, path: String(relative))) != nil else { return nil }
        path = relative
        current = folder
        return folder
    }
}
