#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed by a large, passing piece of work back to the system.
///
/// glibc keeps freed heap pages for reuse, so a server that once decoded a whole catalogue (building the
/// search index, scoring every dataset) stayed hundreds of megabytes larger than it needs for good.
/// `malloc_trim` returns the free pages; it costs a few milliseconds, so it is called after such work,
/// never per request.
public enum FreedMemory {
    public static func release() {
        #if canImport(Glibc)
        trim?(0)
        #endif
    }

    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    /// Looked up at run time: Swift's Glibc module does not import `malloc.h`, where it is declared.
    private static let trim: Trim? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
    #endif
}
