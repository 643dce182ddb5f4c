using System.Collections.Concurrent;

namespace Wbs.Web.Security;

/// <summary>Unwrapped data keys kept in memory for a while, so reading a list does not unwrap a key per row.</summary>
public sealed class DataKeyCache
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<Guid, byte[]> keys = new();

    public byte[]? TryGet(Guid scope) => keys.TryGetValue(scope, out var key) ? key : null;

    public void Set(Guid scope, byte[] key)
    {
        if (keys.Count >= MaxEntries)
        {
            keys.Clear();
        }

        keys[scope] = key;
    }

    public void Clear() => keys.Clear();
}
