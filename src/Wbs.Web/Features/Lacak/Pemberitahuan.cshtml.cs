using Wbs.Web.Data;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Notifications;

namespace Wbs.Web.Features.Lacak;

/// <summary>The anonymous reporter's optional notification address, for the report their Lacak session opened.</summary>
public class PemberitahuanModel(NotificationContacts contacts, WbsDbContext db) : ReporterNotificationPage(contacts, db)
{
    protected override async Task<string?> OwnerAsync() =>
        await LacakSession.CurrentAsync(HttpContext) is { } reportId ? RecipientRefs.Anonymous(reportId) : null;
}
