using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus;

/// <summary>Filters both inboxes share.</summary>
public static class CaseQueries
{
    /// <summary>
    /// The case with the number typed, when it is a whole number in any spelling; otherwise every case whose number
    /// contains what was typed. Nothing typed filters nothing.
    /// </summary>
    public static IQueryable<T> WithNumber<T>(this IQueryable<T> query, string? typed)
        where T : class, ICase
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return query;
        }

        var number = RegistrationNumbers.Normalize(typed);
        var fragment = typed.Trim().ToUpperInvariant();
#pragma warning disable CA1862 // Translated to SQL; numbers are stored upper case, so an ordinal match on the upper-cased fragment is right.
        return number is null ? query.Where(r => r.RegistrationNumber.Contains(fragment)) : query.Where(r => r.RegistrationNumber == number);
#pragma warning restore CA1862
    }
}
