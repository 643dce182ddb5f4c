namespace Wbs.Web.Domain;

/// <summary>
/// The form of ADU-YYYY-NNNNN / GRT-YYYY-NNNNN numbers; the sequences are taken in the submission's transaction (RegistrationSequence).
/// </summary>
public static class RegistrationNumbers
{
    public const string ComplaintPrefix = "ADU";
    public const string GratificationPrefix = "GRT";

    public static string Format(string prefix, int year, int sequence) => $"{prefix}-{year:D4}-{sequence:D5}";

    /// <summary>Normalises what a person typed ("adu-2026-7", spaces) to the stored form, or null when it is not a number.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var parts = input.Trim().ToUpperInvariant().Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts[0] is not (ComplaintPrefix or GratificationPrefix)
            || !int.TryParse(parts[1], out var year) || year is < 2000 or > 9999
            || !int.TryParse(parts[2], out var seq) || seq is < 1 or > 99999)
        {
            return null;
        }

        return Format(parts[0], year, seq);
    }
}
