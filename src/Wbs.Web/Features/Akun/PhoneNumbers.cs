namespace Wbs.Web.Features.Akun;

/// <summary>Indonesian mobile numbers: accepts 08…, +628… and 628… with spaces or dashes; stores 08….</summary>
public static class PhoneNumbers
{
    public static string? NormalizeMobile(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var t = input.Trim();
        var plus = t.StartsWith('+');
        var digits = new string(t.Where(c => c is not (' ' or '-' or '.' or '(' or ')' or '+')).ToArray());
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        if (digits.StartsWith("62", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..];
        }
        else if (plus)
        {
            return null;
        }

        return digits.StartsWith("08", StringComparison.Ordinal) && digits.Length is >= 10 and <= 13 ? digits : null;
    }

    /// <summary>
    /// "•••••789": the last three digits and a fixed mask, enough for staff to tell two numbers apart or to confirm a
    /// number the reporter names, not to narrow it down (no operator prefix, no length).
    /// </summary>
    public static string Mask(string phone) =>
        phone.Length <= 6 ? Hidden : Hidden + phone[^3..];

    private const string Hidden = "•••••";
}
