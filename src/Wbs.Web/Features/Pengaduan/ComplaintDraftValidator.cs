using System.Globalization;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Pengaduan;

/// <summary>The server's checks of a draft. Keys of <see cref="Errors"/> are the API's field names.</summary>
public static class ComplaintDraftValidator
{
    public const int MaxReportedPersons = 20;

    public static (ComplaintContent? Content, Dictionary<string, string> Errors) Validate(
        ComplaintDraft draft, ISet<int> activeViolationTypes, ISet<int> activeUnits, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var title = Required(draft.Title, "title", "Judul pengaduan wajib diisi.", 200, "Judul pengaduan paling banyak 200 karakter.", errors);
        var description = Required(draft.Description, "description", "Uraian kejadian (What) wajib diisi.", 20000, "Uraian kejadian paling banyak 20.000 karakter.", errors);
        if (draft.ViolationTypeId is not { } typeId || !activeViolationTypes.Contains(typeId))
        {
            errors["violationTypeId"] = "Pilih jenis pelanggaran.";
        }

        if (draft.UnitId is { } unitId && !activeUnits.Contains(unitId))
        {
            errors["unit"] = "Unit kerja / OPD yang dipilih tidak dikenal.";
        }

        var persons = ReportedPersons(draft.ReportedPersons, errors);
        var location = Required(draft.Location, "location", "Lokasi kejadian (Where) wajib diisi.", 500, "Lokasi kejadian paling banyak 500 karakter.", errors);
        var start = IncidentDate(draft.IncidentDate, today, errors);
        var end = IncidentDateEnd(draft.IncidentDateEnd, start, today, errors);
        var why = Clean(draft.Why);
        var how = Clean(draft.How);
        var witnesses = Clean(draft.Witnesses);
        if (why?.Length > 10000 || how?.Length > 10000 || witnesses?.Length > 2000)
        {
            errors[why?.Length > 10000 ? "why" : how?.Length > 10000 ? "how" : "witnesses"] = "Isian terlalu panjang.";
        }

        var loss = EstimatedLoss(draft.EstimatedLoss, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ComplaintContent
        {
            Title = title!,
            Description = description!,
            ReportedPersons = persons,
            Witnesses = witnesses,
            Location = location!,
            IncidentDate = start!.Value,
            IncidentDateEnd = end,
            Why = why,
            How = how,
            EstimatedLoss = loss,
        }, errors);
    }

    private static string? Required(string? value, string key, string missing, int max, string tooLong, Dictionary<string, string> errors)
    {
        var clean = Clean(value);
        if (clean is null)
        {
            errors[key] = missing;
        }
        else if (clean.Length > max)
        {
            errors[key] = tooLong;
        }

        return clean;
    }

    /// <summary>The named persons (Who): rows left wholly empty are dropped, every other one needs a name.</summary>
    private static List<ReportedPerson> ReportedPersons(IEnumerable<ReportedPersonDraft> rows, Dictionary<string, string> errors)
    {
        var persons = rows
            .Select(p => new { Name = Clean(p.Name), Position = Clean(p.Position), Unit = Clean(p.Unit) })
            .Where(p => p.Name is not null || p.Position is not null || p.Unit is not null)
            .ToList();
        if (persons.Count == 0)
        {
            errors["reportedPersons"] = "Sebutkan sedikitnya satu terlapor (Who): nama pihak yang bertanggung jawab.";
        }
        else if (persons.Count > MaxReportedPersons)
        {
            errors["reportedPersons"] = $"Paling banyak {MaxReportedPersons} terlapor dalam satu pengaduan.";
        }
        else if (persons.Any(p => p.Name is null))
        {
            errors["reportedPersons"] = "Setiap terlapor wajib diberi nama (boleh nama panggilan atau ciri yang Anda ketahui).";
        }
        else if (persons.Any(p => p.Name!.Length > 150 || p.Position?.Length > 150 || p.Unit?.Length > 200))
        {
            errors["reportedPersons"] = "Nama atau jabatan terlapor terlalu panjang.";
        }

        return persons.Select(p => new ReportedPerson(p.Name!, p.Position, p.Unit)).ToList();
    }

    private static DateOnly? IncidentDate(string? value, DateOnly today, Dictionary<string, string> errors)
    {
        if (Clean(value) is not { } startText)
        {
            errors["incidentDate"] = "Tanggal kejadian (When) wajib diisi; jika ragu, isi perkiraan awalnya.";
        }
        else if (!TryParseDate(startText, out var parsed))
        {
            errors["incidentDate"] = "Tanggal kejadian tidak valid; gunakan format tttt-bb-hh, misalnya 2026-03-17.";
        }
        else if (parsed > today)
        {
            errors["incidentDate"] = "Tanggal kejadian tidak boleh di masa depan.";
        }
        else
        {
            return parsed;
        }

        return null;
    }

    /// <summary>The optional last day of an incident that lasted; the same day as the first counts as none.</summary>
    private static DateOnly? IncidentDateEnd(string? value, DateOnly? start, DateOnly today, Dictionary<string, string> errors)
    {
        if (Clean(value) is not { } endText)
        {
            return null;
        }

        if (!TryParseDate(endText, out var parsed))
        {
            errors["incidentDateEnd"] = "Tanggal akhir kejadian tidak valid; gunakan format tttt-bb-hh.";
        }
        else if (parsed > today)
        {
            errors["incidentDateEnd"] = "Tanggal akhir kejadian tidak boleh di masa depan.";
        }
        else if (start is { } s && parsed < s)
        {
            errors["incidentDateEnd"] = "Tanggal akhir tidak boleh sebelum tanggal awal kejadian.";
        }
        else
        {
            return parsed == start ? null : parsed;
        }

        return null;
    }

    private static decimal? EstimatedLoss(string? value, Dictionary<string, string> errors)
    {
        if (Clean(value) is not { } lossText)
        {
            return null;
        }

        if (TryParseRupiah(lossText, out var parsed))
        {
            return parsed;
        }

        errors["estimatedLoss"] = "Perkiraan nilai kerugian harus berupa angka rupiah, misalnya 15000000 atau 15.000.000.";
        return null;
    }

    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The largest amount accepted: Rp 1.000 triliun, far above any plausible report.</summary>
    public const decimal MaxRupiah = 1_000_000_000_000_000m;

    /// <summary>
    /// Accepts "15000000", "15.000.000", "Rp 15.000.000" and "15.000.000,00". Dots must group thousands, so
    /// "350000.50" (an English decimal point) and "1.50.000" are refused rather than read as another amount.
    /// </summary>
    public static bool TryParseRupiah(string text, out decimal value)
    {
        value = 0;
        var t = text.Trim();
        if (t.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            t = t[2..].TrimStart('.', ' ');
        }

        if (t.EndsWith(",00", StringComparison.Ordinal) || t.EndsWith(",0", StringComparison.Ordinal))
        {
            t = t[..t.LastIndexOf(',')];
        }

        t = t.Replace(" ", "", StringComparison.Ordinal);
        var groups = t.Split('.');
        if (groups.Length > 1 && (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return false;
        }

        t = string.Concat(groups);
        return t.Length is > 0 and <= 18 && t.All(char.IsAsciiDigit)
            && decimal.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value <= MaxRupiah;
    }
}
