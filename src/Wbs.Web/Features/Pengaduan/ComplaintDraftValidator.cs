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

        var title = Clean(draft.Title);
        if (title is null)
        {
            errors["title"] = "Judul pengaduan wajib diisi.";
        }
        else if (title.Length > 200)
        {
            errors["title"] = "Judul pengaduan paling banyak 200 karakter.";
        }

        var description = Clean(draft.Description);
        if (description is null)
        {
            errors["description"] = "Uraian kejadian (What) wajib diisi.";
        }
        else if (description.Length > 20000)
        {
            errors["description"] = "Uraian kejadian paling banyak 20.000 karakter.";
        }

        if (draft.ViolationTypeId is not { } typeId || !activeViolationTypes.Contains(typeId))
        {
            errors["violationTypeId"] = "Pilih jenis pelanggaran.";
        }

        if (draft.UnitId is { } unitId && !activeUnits.Contains(unitId))
        {
            errors["unit"] = "Unit kerja / OPD yang dipilih tidak dikenal.";
        }

        var persons = draft.ReportedPersons
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

        var location = Clean(draft.Location);
        if (location is null)
        {
            errors["location"] = "Lokasi kejadian (Where) wajib diisi.";
        }
        else if (location.Length > 500)
        {
            errors["location"] = "Lokasi kejadian paling banyak 500 karakter.";
        }

        DateOnly? start = null;
        if (Clean(draft.IncidentDate) is not { } startText)
        {
            errors["incidentDate"] = "Tanggal kejadian (When) wajib diisi; jika ragu, isi perkiraan awalnya.";
        }
        else if (!TryParseDate(startText, out var parsedStart))
        {
            errors["incidentDate"] = "Tanggal kejadian tidak valid; gunakan format tttt-bb-hh, misalnya 2026-03-17.";
        }
        else if (parsedStart > today)
        {
            errors["incidentDate"] = "Tanggal kejadian tidak boleh di masa depan.";
        }
        else
        {
            start = parsedStart;
        }

        DateOnly? end = null;
        if (Clean(draft.IncidentDateEnd) is { } endText)
        {
            if (!TryParseDate(endText, out var parsedEnd))
            {
                errors["incidentDateEnd"] = "Tanggal akhir kejadian tidak valid; gunakan format tttt-bb-hh.";
            }
            else if (parsedEnd > today)
            {
                errors["incidentDateEnd"] = "Tanggal akhir kejadian tidak boleh di masa depan.";
            }
            else if (start is { } s && parsedEnd < s)
            {
                errors["incidentDateEnd"] = "Tanggal akhir tidak boleh sebelum tanggal awal kejadian.";
            }
            else
            {
                end = parsedEnd == start ? null : parsedEnd;
            }
        }

        var why = Clean(draft.Why);
        var how = Clean(draft.How);
        var witnesses = Clean(draft.Witnesses);
        if (why?.Length > 10000 || how?.Length > 10000 || witnesses?.Length > 2000)
        {
            errors[why?.Length > 10000 ? "why" : how?.Length > 10000 ? "how" : "witnesses"] = "Isian terlalu panjang.";
        }

        decimal? loss = null;
        if (Clean(draft.EstimatedLoss) is { } lossText)
        {
            if (TryParseRupiah(lossText, out var parsedLoss))
            {
                loss = parsedLoss;
            }
            else
            {
                errors["estimatedLoss"] = "Perkiraan nilai kerugian harus berupa angka rupiah, misalnya 15000000 atau 15.000.000.";
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ComplaintContent
        {
            Title = title!,
            Description = description!,
            ReportedPersons = persons.Select(p => new ReportedPerson(p.Name!, p.Position, p.Unit)).ToList(),
            Witnesses = witnesses,
            Location = location!,
            IncidentDate = start!.Value,
            IncidentDateEnd = end,
            Why = why,
            How = how,
            EstimatedLoss = loss,
        }, errors);
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
