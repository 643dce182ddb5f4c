using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Web.Features.Staf.Admin;

/// <summary>
/// The notification queue as the Admin watches it: how many wait, went and failed, and the failures with their error
/// and attempts. No content exists to show; staff addresses appear masked, and a reporter's notice only as "pelapor".
/// </summary>
public class NotifikasiModel(WbsDbContext db, NotificationContacts contacts) : PageModel
{
    public sealed record Failure(string Recipient, string Kind, string Channel, int Attempts, string? Error, DateTime? NextAttemptAt, bool GivenUp);

    public int Pending { get; private set; }
    public int Sent { get; private set; }
    public int Failed { get; private set; }
    public int Retrying { get; private set; }
    public List<Failure> Failures { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var outbox = db.Outbox.AsNoTracking();
        Pending = await outbox.CountAsync(m => m.SentAt == null && !m.Failed, ct);
        Sent = await outbox.CountAsync(m => m.SentAt != null, ct);
        Failed = await outbox.CountAsync(m => m.Failed, ct);
        Retrying = await outbox.CountAsync(m => m.SentAt == null && !m.Failed && m.Attempts > 0, ct);
        var rows = await outbox.Where(m => m.Failed || (m.SentAt == null && m.Attempts > 0))
            .OrderByDescending(m => m.NextAttemptAt).Take(100).ToListAsync(ct);
        var staffIds = rows.Select(r => r.RecipientRef).Where(r => r.StartsWith("user:", StringComparison.Ordinal)).Select(r => r[5..]).Distinct().ToList();
        var staffNames = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id) && u.IsStaff).ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        foreach (var row in rows)
        {
            Failures.Add(new Failure(await RecipientAsync(row.RecipientRef, staffNames, ct), KindText(row.Kind), row.Channel, row.Attempts, row.LastError, row.NextAttemptAt, row.Failed));
        }
    }

    private async Task<string> RecipientAsync(string recipient, Dictionary<string, string> staffNames, CancellationToken ct)
    {
        if (recipient == RecipientRefs.Webhook)
        {
            return "webhook";
        }

        if (!recipient.StartsWith("user:", StringComparison.Ordinal) || !staffNames.TryGetValue(recipient[5..], out var name))
        {
            return "pelapor";
        }

        var contact = await contacts.GetAsync(recipient, ct);
        return contact is null ? $"{name} (alamat dihapus)" : $"{name} ({RecipientRefs.Mask(contact.Value.Address)})";
    }

    public static string KindText(NotificationKind kind) => kind switch
    {
        NotificationKind.NewReport => "Laporan baru",
        NotificationKind.Assignment => "Disposisi",
        NotificationKind.ReporterReply => "Balasan pelapor",
        NotificationKind.ReporterCompletion => "Kelengkapan pelapor",
        NotificationKind.NewSignIn => "Masuk baru",
        NotificationKind.TwoFactorReset => "Reset autentikator",
        NotificationKind.DeadlineDigest => "Ringkasan tenggat",
        NotificationKind.ReporterUpdate => "Pembaruan untuk pelapor",
        _ => kind.ToString(),
    };
}
