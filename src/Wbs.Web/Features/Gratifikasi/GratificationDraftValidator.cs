using System.Globalization;
using Wbs.Web.Features.Akun;
using Wbs.Web.Domain;
using Wbs.Web.Features.Pengaduan;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>The server's checks of a gratification draft. Keys of the errors are the API's field names.</summary>
public static class GratificationDraftValidator
{
    public static (GratificationIdentity? Identity, GratificationContent? Content, Dictionary<string, string> Errors) Validate(
        GratificationDraft draft, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var identity = IdentityOf(draft, today, errors);
        var content = ContentOf(draft, today, errors);
        return errors.Count > 0 ? (null, null, errors) : (identity, content, errors);
    }

    /// <summary>The reporter's identity (the KPK form's part I), or null when any of it is wrong; its errors are added.</summary>
    private static GratificationIdentity? IdentityOf(GratificationDraft draft, DateOnly today, Dictionary<string, string> errors)
    {
        var before = errors.Count;
        var text = new TextChecks(errors);
        var identity = new GratificationIdentity
        {
            FullName = text.Required(draft.FullName, "fullName", "Nama lengkap pelapor wajib diisi.", 150)!,
            Nik = Nik(draft.Nik, errors)!,
            Nip = Nip(draft.Nip, today, errors),
            Position = text.Required(draft.Position, "position", "Jabatan / pangkat wajib diisi.", 150)!,
            Unit = text.Required(draft.Unit, "unit", "Unit kerja wajib diisi.", 200)!,
            Institution = text.Required(draft.Institution, "institution", "Instansi wajib diisi.", 200)!,
            PhoneNumber = ReporterPhone(draft.PhoneNumber, errors)!,
            Email = Email(draft.Email, errors),
            Address = text.Optional(draft.Address, "address", 500),
        };
        return errors.Count == before ? identity : null;
    }

    /// <summary>The giver, the occasion and the gift (the KPK form's parts II and III), or null when any of it is wrong.</summary>
    private static GratificationContent? ContentOf(GratificationDraft draft, DateOnly today, Dictionary<string, string> errors)
    {
        var before = errors.Count;
        var text = new TextChecks(errors);
        var reportType = Choice<GratificationReportType>(draft.ReportType, "reportType", "Pilih jenis laporan: penerimaan atau penolakan gratifikasi.", errors);
        var giverName = text.Required(draft.GiverName, "giverName", "Nama pemberi (orang, kelompok, atau perusahaan) wajib diisi; tulis \"tidak diketahui\" bila memang tidak tahu.", 200);
        var giverOccupation = text.Optional(draft.GiverOccupation, "giverOccupation", 200);
        var giverAddress = text.Optional(draft.GiverAddress, "giverAddress", 500);
        var giverPhone = GiverPhone(draft.GiverPhone, errors);
        var relationship = Choice<GiverRelationship>(draft.Relationship, "relationship", "Pilih hubungan Anda dengan pemberi.", errors);
        var relationshipOther = Other(text, relationship == GiverRelationship.Lainnya, draft.RelationshipOther, "relationshipOther", "Jelaskan hubungan Anda dengan pemberi.");
        var occasion = Choice<GiftOccasion>(draft.Occasion, "occasion", "Pilih peristiwa atau alasan pemberian.", errors);
        var occasionOther = Other(text, occasion == GiftOccasion.Lainnya, draft.OccasionOther, "occasionOther", "Jelaskan peristiwa atau alasan pemberian.");
        var objectType = Choice<GiftObjectType>(draft.ObjectType, "objectType", "Pilih jenis objek gratifikasi.", errors);
        var objectDescription = text.Required(draft.ObjectDescription, "objectDescription", "Uraian objek gratifikasi wajib diisi (misalnya jumlah, merek, ukuran).", 2000);
        var value = EstimatedValue(draft.EstimatedValue, errors);
        var received = ReceivedDate(draft.ReceivedDate, today, errors);
        var receivedPlace = text.Required(draft.ReceivedPlace, "receivedPlace", "Tempat penerimaan wajib diisi.", 500);
        var objectLocation = Choice<GiftLocation>(draft.ObjectLocation, "objectLocation", "Pilih di mana objek gratifikasi berada sekarang.", errors);
        var chronology = text.Required(draft.Chronology, "chronology", "Kronologi penerimaan wajib diisi.", 20000);
        if (errors.Count != before)
        {
            return null;
        }

        return new GratificationContent
        {
            ReportType = reportType!.Value,
            GiverName = giverName!,
            GiverOccupation = giverOccupation,
            GiverAddress = giverAddress,
            GiverPhone = giverPhone,
            Relationship = relationship!.Value,
            RelationshipOther = relationshipOther,
            Occasion = occasion!.Value,
            OccasionOther = occasionOther,
            ObjectType = objectType!.Value,
            ObjectDescription = objectDescription!,
            EstimatedValue = value!.Value,
            ReceivedDate = received!.Value,
            ReceivedPlace = receivedPlace!,
            ObjectLocation = objectLocation!.Value,
            Chronology = chronology!,
        };
    }

    private static string? Nik(string? value, Dictionary<string, string> errors)
    {
        var nik = Digits(value);
        if (nik is null)
        {
            errors["nik"] = "NIK wajib diisi.";
        }
        else if (nik.Length != 16 || !nik.All(char.IsAsciiDigit))
        {
            errors["nik"] = "NIK harus terdiri dari 16 angka, sesuai KTP.";
        }

        return nik;
    }

    private static string? Nip(string? value, DateOnly today, Dictionary<string, string> errors)
    {
        var nip = Digits(value);
        if (nip is not null && (nip.Length != 18 || !nip.All(char.IsAsciiDigit)))
        {
            errors["nip"] = "NIP harus terdiri dari 18 angka; kosongkan bila Anda bukan PNS.";
        }
        else if (nip is not null && !IsNipShaped(nip, today))
        {
            errors["nip"] = "NIP tidak sesuai susunannya: 8 angka tanggal lahir (ttttbbhh), 6 angka bulan pengangkatan (ttttbb), 1 angka jenis kelamin (1 atau 2), lalu 3 angka urut.";
        }

        return nip;
    }

    private static string? ReporterPhone(string? value, Dictionary<string, string> errors)
    {
        var phone = Phone(value);
        if (ComplaintDraftValidator.Clean(value) is null)
        {
            errors["phoneNumber"] = "Nomor telepon wajib diisi, agar UPG dapat menghubungi Anda.";
        }
        else if (phone is null)
        {
            errors["phoneNumber"] = "Nomor telepon tidak valid; tulis misalnya 081234567890 atau 0548 41234.";
        }

        return phone;
    }

    private static string? Email(string? value, Dictionary<string, string> errors)
    {
        var email = ComplaintDraftValidator.Clean(value);
        if (email is not null && (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out var mail) || !mail.Host.Contains('.', StringComparison.Ordinal)))
        {
            errors["email"] = "Alamat email tidak valid.";
        }

        return email;
    }

    private static string? GiverPhone(string? value, Dictionary<string, string> errors)
    {
        if (ComplaintDraftValidator.Clean(value) is not { } typed)
        {
            return null;
        }

        var phone = Phone(typed);
        if (phone is null)
        {
            errors["giverPhone"] = "Nomor telepon pemberi tidak valid.";
        }

        return phone;
    }

    /// <summary>The "lainnya" explanation: required when that choice is made, dropped when another one is.</summary>
    private static string? Other(TextChecks text, bool chosen, string? value, string key, string message)
    {
        var other = chosen ? text.Required(value, key, message, 200) : text.Optional(value, key, 200);
        return chosen ? other : null;
    }

    private static decimal? EstimatedValue(string? value, Dictionary<string, string> errors)
    {
        if (ComplaintDraftValidator.Clean(value) is not { } valueText)
        {
            errors["estimatedValue"] = "Nilai nominal atau taksiran (Rp) wajib diisi; isi perkiraan bila tidak tahu pasti.";
        }
        else if (!ComplaintDraftValidator.TryParseRupiah(valueText, out var parsed))
        {
            errors["estimatedValue"] = "Nilai harus berupa angka rupiah, misalnya 1500000 atau 1.500.000.";
        }
        else if (parsed == 0)
        {
            errors["estimatedValue"] = "Nilai harus lebih dari nol; isi perkiraan bila tidak tahu pasti.";
        }
        else
        {
            return parsed;
        }

        return null;
    }

    private static DateOnly? ReceivedDate(string? value, DateOnly today, Dictionary<string, string> errors)
    {
        if (ComplaintDraftValidator.Clean(value) is not { } dateText)
        {
            errors["receivedDate"] = "Tanggal penerimaan wajib diisi.";
        }
        else if (!TryParseDate(dateText, out var parsed))
        {
            errors["receivedDate"] = "Tanggal penerimaan tidak valid; gunakan format tttt-bb-hh, misalnya 2026-03-17.";
        }
        else if (parsed > today)
        {
            errors["receivedDate"] = "Tanggal penerimaan tidak boleh di masa depan.";
        }
        else if (parsed < today.AddYears(-10))
        {
            errors["receivedDate"] = "Tanggal penerimaan terlalu jauh di masa lalu; periksa tahunnya.";
        }
        else
        {
            return parsed;
        }

        return null;
    }

    /// <summary>Reads a yyyy-MM-dd date as typed, for the deadline preview; null when it is not one.</summary>
    public static DateOnly? ParseDate(string? text) =>
        ComplaintDraftValidator.Clean(text) is { } t && TryParseDate(t, out var date) ? date : null;

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static T? Choice<T>(string? value, string key, string message, Dictionary<string, string> errors)
        where T : struct, Enum
    {
        var parsed = GratificationText.Parse<T>(value);
        if (parsed is null)
        {
            errors[key] = message;
        }

        return parsed;
    }

    /// <summary>A civil servant's NIP: birth date, month of appointment (after the 18th birthday), sex (1 or 2), sequence.</summary>
    private static bool IsNipShaped(string nip, DateOnly today)
    {
        if (!DateOnly.TryParseExact(nip[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)
            || born.Year < 1940 || born > today.AddYears(-17))
        {
            return false;
        }

        var appointedYear = int.Parse(nip[8..12], CultureInfo.InvariantCulture);
        var appointedMonth = int.Parse(nip[12..14], CultureInfo.InvariantCulture);
        return appointedMonth is >= 1 and <= 12 && appointedYear > born.Year + 16 && appointedYear <= today.Year
            && nip[14] is '1' or '2';
    }

    /// <summary>NIK and NIP are often written with spaces or dots; those are dropped.</summary>
    private static string? Digits(string? value) =>
        ComplaintDraftValidator.Clean(value)?.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    /// <summary>A mobile number is stored as 08…; a landline keeps its digits (6 to 15).</summary>
    private static string? Phone(string? value)
    {
        if (PhoneNumbers.NormalizeMobile(value) is { } mobile)
        {
            return mobile;
        }

        var t = ComplaintDraftValidator.Clean(value);
        if (t is null || !t.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '+'))
        {
            return null;
        }

        var digits = new string(t.Where(char.IsAsciiDigit).ToArray());
        return digits.Length is >= 6 and <= 15 ? t : null;
    }

    private sealed class TextChecks(Dictionary<string, string> errors)
    {
        public string? Required(string? value, string key, string message, int max)
        {
            var clean = ComplaintDraftValidator.Clean(value);
            if (clean is null)
            {
                errors[key] = message;
            }
            else if (clean.Length > max)
            {
                errors[key] = $"Isian paling banyak {max.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))} karakter.";
            }

            return clean;
        }

        public string? Optional(string? value, string key, int max)
        {
            var clean = ComplaintDraftValidator.Clean(value);
            if (clean?.Length > max)
            {
                errors[key] = $"Isian paling banyak {max.ToString("N0", CultureInfo.GetCultureInfo("id-ID"))} karakter.";
            }

            return clean;
        }
    }
}
