using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Notifications;

namespace Wbs.Web.Features.Gratifikasi;

/// <summary>
/// A gratification reporter's optional notification address for one of their reports. It is given per report because
/// the report is owned by a keyed reference that cannot be turned back into the account; another reporter's number
/// answers 404.
/// </summary>
[Authorize]
public class PemberitahuanModel(NotificationContacts contacts, WbsDbContext db, UserManager<AppUser> users, ReporterGratifications gratifications)
    : ReporterNotificationPage(contacts, db)
{
    [FromRoute(Name = "nomor")]
    public string Number { get; set; } = "";

    public override string UpdateSentence => "Ada pembaruan pada laporan gratifikasi Anda — masuk ke akun Anda untuk membukanya";

    public override string Subject => "Untuk laporan gratifikasi " + Number + ".";

    protected override async Task<string?> OwnerAsync() =>
        users.GetUserId(User) is { } id && await gratifications.OwnIdAsync(id, Number, HttpContext.RequestAborted) is { } reportId
            ? RecipientRefs.Gratification(reportId)
            : null;
}
