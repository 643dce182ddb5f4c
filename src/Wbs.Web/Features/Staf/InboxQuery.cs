using Wbs.Web.Features.Pengaduan;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Staf;

/// <summary>
/// The inbox filters as query parameters, shared by the staff API and the export:
/// status, channel, violationTypeId, unitId, handler (a staff id or user name; "-" for unassigned), overdue, number,
/// from and to (submission dates, yyyy-MM-dd, in the agency's time zone), page and pageSize.
/// </summary>
public sealed record InboxQuery
{
    /// <summary>A status by name: "Verifikasi", "PerluDilengkapi" or "Perlu Dilengkapi".</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>A channel by name: "Surat", "KotakPengaduan", "RujukanSp4nLapor", "Web" …</summary>
    [FromQuery(Name = "channel")]
    public string? Channel { get; init; }

    [FromQuery(Name = "violationTypeId")]
    public int? ViolationTypeId { get; init; }

    [FromQuery(Name = "unitId")]
    public int? UnitId { get; init; }

    /// <summary>The assigned Verifikator's id or user name; "-" for reports nobody is assigned to.</summary>
    [FromQuery(Name = "handler")]
    public string? Handler { get; init; }

    [FromQuery(Name = "overdue")]
    public bool? Overdue { get; init; }

    /// <summary>A registration number or a part of one.</summary>
    [FromQuery(Name = "number")]
    public string? Number { get; init; }

    /// <summary>First submission date (yyyy-MM-dd).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Last submission date (yyyy-MM-dd).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    /// <summary>5 to 100; 25 when absent.</summary>
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    /// <summary>
    /// Takes the staff inbox page's own parameter names (kanal, jenis, unit, petugas, terlambat, nomor) where the English ones
    /// are absent, so an export link can carry the inbox's query string as it is.
    /// </summary>
    public InboxQuery WithInboxNames(IQueryCollection query)
    {
        static int? Int(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        static bool? Bool(string? text) => bool.TryParse(text, out var value) ? value : null;
        return this with
        {
            Channel = Channel ?? (string?)query["kanal"],
            ViolationTypeId = ViolationTypeId ?? Int(query["jenis"]),
            UnitId = UnitId ?? Int(query["unit"]),
            Handler = Handler ?? (string?)query["petugas"],
            Overdue = Overdue ?? Bool(query["terlambat"]),
            Number = Number ?? (string?)query["nomor"],
        };
    }

    /// <summary>The filter, or invalid with Indonesian messages keyed by parameter when a value cannot be understood.</summary>
    public async Task<Outcome<ComplaintInboxFilter>> ToFilterAsync(WbsDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        ComplaintStatus? status = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            status = StatusNames.Parse(Status);
            if (status is null)
            {
                errors["status"] = $"Status tidak dikenal. Pilih dari: {string.Join(", ", Enum.GetValues<ComplaintStatus>().Select(s => s.Display()))}.";
            }
        }

        ComplaintChannel? channel = null;
        if (!string.IsNullOrWhiteSpace(Channel))
        {
            channel = ComplaintChannelText.Parse(Channel);
            if (channel is null)
            {
                errors["channel"] = $"Kanal tidak dikenal. Pilih dari: {string.Join(", ", Enum.GetValues<ComplaintChannel>())}.";
            }
        }

        var from = ParseDate(From, "from", errors);
        var to = ParseDate(To, "to", errors);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).Without<ComplaintInboxFilter>();
        }

        var handler = Handler?.Trim();
        if (!string.IsNullOrEmpty(handler) && handler != "-")
        {
            handler = await db.Users.AsNoTracking().Where(u => u.IsStaff && (u.Id == handler || u.UserName == handler))
                .Select(u => u.Id).FirstOrDefaultAsync(ct) ?? handler;
        }

        return Outcome.With(new ComplaintInboxFilter(status, ViolationTypeId, UnitId, handler, Overdue == true, Number, Page ?? 1, PageSize ?? 25, from, to, channel));
    }

    /// <summary>The filter as text for the audit log (no free text other than the number searched for).</summary>
    public static string Describe(ComplaintInboxFilter filter)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && (value is not string s || s.Length > 0))
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={value}"));
            }
        }

        Add("status", filter.Status);
        Add("channel", filter.Channel);
        Add("violationTypeId", filter.ViolationTypeId);
        Add("unitId", filter.UnitId);
        Add("handler", filter.HandlerId);
        Add("overdue", filter.OverdueOnly ? "true" : null);
        Add("number", filter.Number?.Trim());
        Add("from", filter.SubmittedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", filter.SubmittedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "tanpa filter" : string.Join(" ", parts);
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[name] = $"{name} harus berupa tanggal yyyy-MM-dd.";
        return null;
    }
}
