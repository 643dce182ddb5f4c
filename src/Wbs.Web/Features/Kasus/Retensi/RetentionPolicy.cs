using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.Web.Data;
using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus.Retensi;

/// <summary>The years of each final status: the Admin's saved row, else the configuration's defaults.</summary>
public sealed class RetentionPolicy(WbsDbContext db, IOptions<RetentionOptions> options)
{
    public const int MinYears = 1;
    public const int MaxYears = 50;

    public async Task<RetentionSettings> CurrentAsync(CancellationToken ct) =>
        await db.RetentionSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == RetentionSettings.SingletonId, ct) ?? Defaults(options.Value);

    public static RetentionSettings Defaults(RetentionOptions o) => new()
    {
        ComplaintSelesaiYears = o.ComplaintSelesaiYears,
        ComplaintDitolakYears = o.ComplaintDitolakYears,
        ComplaintDiteruskanYears = o.ComplaintDiteruskanYears,
        GratificationSelesaiYears = o.GratificationSelesaiYears,
        GratificationTidakDapatDitindaklanjutiYears = o.GratificationTidakDapatDitindaklanjutiYears,
    };

    /// <summary>Years for a case's final status; null while it is open.</summary>
    public static int? YearsFor(RetentionSettings s, ICase found) => found switch
    {
        Complaint { Status: ComplaintStatus.Selesai } => s.ComplaintSelesaiYears,
        Complaint { Status: ComplaintStatus.Ditolak } => s.ComplaintDitolakYears,
        Complaint { Status: ComplaintStatus.Diteruskan } => s.ComplaintDiteruskanYears,
        GratificationReport { Status: GratificationStatus.Selesai } => s.GratificationSelesaiYears,
        GratificationReport { Status: GratificationStatus.TidakDapatDitindaklanjuti } => s.GratificationTidakDapatDitindaklanjutiYears,
        _ => null,
    };
}
