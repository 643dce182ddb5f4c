using System.Security.Cryptography;

namespace Wbs.Web.Security;

/// <summary>A data key that needs a retention day the ratchet has moved past: the content was erased on schedule.</summary>
public sealed class ContentErasedException(Guid scope, DateOnly erasureDay)
    : CryptographicException($"The data key of scope {scope} expired on {erasureDay:yyyy-MM-dd}; the retention ratchet has moved past it.")
{
    public DateOnly ErasureDay { get; } = erasureDay;
}
