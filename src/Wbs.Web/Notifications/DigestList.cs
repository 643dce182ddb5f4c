using System.Globalization;
using System.Text;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Notifications;

/// <summary>
/// The cases a deadline digest lists, as stored on its outbox row and as worded in the mail: the registration number
/// and the deadline, past-due first, at most <see cref="MaxCases"/> (the rest are counted, and the inbox shows them).
/// </summary>
public static class DigestList
{
    public const int MaxCases = 40;

    /// <summary>"ADU-2026-00001 2026-12-05 !" is 27 characters; room for <see cref="MaxCases"/> lines and the count.</summary>
    public const int MaxLength = 1200;

    public static string Encode(IEnumerable<(string Number, DateOnly DueOn)> cases, DateOnly today)
    {
        var ordered = cases.DistinctBy(c => c.Number).OrderBy(c => c.DueOn).ThenBy(c => c.Number, StringComparer.Ordinal).ToList();
        var lines = ordered.Take(MaxCases)
            .Select(c => $"{c.Number} {c.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(c.DueOn < today ? " !" : "")}")
            .ToList();
        if (ordered.Count > MaxCases)
        {
            lines.Add("+" + (ordered.Count - MaxCases).ToString(CultureInfo.InvariantCulture));
        }

        return string.Join('\n', lines);
    }

    /// <summary>The list as the mail says it; a stored line that does not parse is left out rather than echoed.</summary>
    public static string Describe(string? stored)
    {
        var text = new StringBuilder();
        foreach (var line in (stored ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('+') && int.TryParse(line.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var more))
            {
                text.Append(CultureInfo.InvariantCulture, $"- dan {more} laporan lain\n");
                continue;
            }

            var parts = line.Split(' ');
            if (parts.Length is 2 or 3 && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                && parts[0].Length <= 40 && parts[0].All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                var late = parts.Length == 3 ? " (sudah lewat)" : "";
                text.Append(CultureInfo.InvariantCulture, $"- {parts[0]}: tenggat {due.ToString("d MMMM yyyy", Culture.Indonesian)}{late}\n");
            }
        }

        return text.ToString();
    }
}
