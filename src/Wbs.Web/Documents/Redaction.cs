using System.Text;

namespace Wbs.Web.Documents;

/// <summary>A piece of a text: shown as written, or blacked out (never drawn, only a bar where it stood).</summary>
public sealed record TextRun(string Text, bool Hidden);

/// <summary>A text with its passages to black out, and how many there are.</summary>
public sealed record RedactedText(IReadOnlyList<TextRun> Runs, int Count)
{
    public static RedactedText Plain(string text) => new([new TextRun(text, false)], 0);

    /// <summary>The text with the blacked-out passages left out (what anyone may read of it).</summary>
    public string Visible => string.Concat(Runs.Where(r => !r.Hidden).Select(r => r.Text));
}

/// <summary>
/// Reads what staff marked to black out: passages wrapped in [[ and ]] in a copy of the text, and phrases blacked out
/// wherever they occur. The marked copy must be the text itself with only the markers added, so nobody changes what the
/// reporter wrote while marking it.
/// </summary>
public static class Redaction
{
    public const string Open = "[[";
    public const string Close = "]]";

    public const string ChangedMessage = "Teks hanya boleh diberi tanda [[ dan ]]; isinya tidak boleh diubah. Muat ulang teks aslinya bila perlu.";

    /// <summary>The runs of <paramref name="marked"/> (null: the text as it is), or an Indonesian message when its markers are broken.</summary>
    public static (RedactedText? Text, string? Error) Apply(string original, string? marked, IReadOnlyList<string> phrases)
    {
        var expected = Normalized(original);
        var plain = new StringBuilder();
        var hidden = new List<bool>();
        var count = 0;
        var open = false;
        var source = Normalized(marked ?? original);
        for (var i = 0; i < source.Length; i++)
        {
            if (string.CompareOrdinal(source, i, Open, 0, 2) == 0)
            {
                if (open)
                {
                    return (null, "Tanda [[ tidak boleh di dalam bagian yang sudah ditandai.");
                }

                open = true;
                count++;
                i++;
                continue;
            }

            if (string.CompareOrdinal(source, i, Close, 0, 2) == 0)
            {
                if (!open)
                {
                    return (null, "Ada tanda ]] tanpa pembuka [[.");
                }

                open = false;
                i++;
                continue;
            }

            plain.Append(source[i]);
            hidden.Add(open);
        }

        if (open)
        {
            return (null, "Ada tanda [[ yang tidak ditutup dengan ]].");
        }

        var text = plain.ToString();
        if (text.Trim() != expected.Trim())
        {
            return (null, ChangedMessage);
        }

        foreach (var phrase in phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (hidden.Skip(at).Take(phrase.Length).Any(h => !h))
                {
                    count++;
                }

                for (var k = at; k < at + phrase.Length; k++)
                {
                    hidden[k] = true;
                }
            }
        }

        return (new RedactedText(Runs(text, hidden), count), null);
    }

    /// <summary>The phrases of a list typed one per line (blank lines and single letters ignored).</summary>
    public static IReadOnlyList<string> Phrases(string? typed) =>
        Normalized(typed ?? "").Split('\n').Select(p => p.Trim()).Where(p => p.Length >= 2).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static List<TextRun> Runs(string text, List<bool> hidden)
    {
        var runs = new List<TextRun>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || hidden[i] != hidden[start])
            {
                if (i > start)
                {
                    runs.Add(new TextRun(text[start..i], hidden[start]));
                }

                start = i;
            }
        }

        return runs;
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
