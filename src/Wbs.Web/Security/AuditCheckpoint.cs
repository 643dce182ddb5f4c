using System.Globalization;

namespace Wbs.Web.Security;

/// <summary>A signed head of the audit chain, printed by "audit checkpoint" for an auditor to keep outside the system.</summary>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTime At, string Mac)
{
    public override string ToString() =>
        $"{Sequence.ToString(CultureInfo.InvariantCulture)} {Hash} {At.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture)} {Mac}";

    public static AuditCheckpoint? Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 4
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && DateTime.TryParseExact(parts[2], "yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new AuditCheckpoint(sequence, parts[1], at, parts[3])
            : null;
    }
}
