using Wbs.Web.Domain;

namespace Wbs.Web.Features.Staf;

/// <summary>Statuses and outcomes as API clients may spell them.</summary>
public static class StatusNames
{
    public static ComplaintStatus? Parse(string? text)
    {
        var key = Squeeze(text);
        return key.Length == 0 ? null : Enum.GetValues<ComplaintStatus>().Select(s => (ComplaintStatus?)s).FirstOrDefault(s => Squeeze(s.ToString()) == key);
    }

    /// <summary>"terbukti", "tidak terbukti", "TidakTerbukti" or "tidak_terbukti".</summary>
    public static ComplaintOutcome? ParseOutcome(string? text) => Squeeze(text) switch
    {
        "terbukti" => ComplaintOutcome.Terbukti,
        "tidakterbukti" => ComplaintOutcome.TidakTerbukti,
        _ => null,
    };

    public static string Display(this ComplaintOutcome outcome) => outcome == ComplaintOutcome.Terbukti ? "terbukti" : "tidak terbukti";

#pragma warning disable CA1308 // A comparison key, never shown: lower case reads naturally for these Indonesian words.
    private static string Squeeze(string? text) =>
        new string((text ?? "").Where(char.IsLetter).ToArray()).ToLowerInvariant();
#pragma warning restore CA1308
}
