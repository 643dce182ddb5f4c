using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Notifications;

namespace Wbs.Web.Features.Akun;

/// <summary>An account holder's optional notification address, for updates on their complaints.</summary>
[Authorize]
public class PemberitahuanModel(NotificationContacts contacts, WbsDbContext db, UserManager<AppUser> users) : ReporterNotificationPage(contacts, db)
{
    public override string Subject => "Untuk pengaduan Anda. Pemberitahuan laporan gratifikasi diatur di halaman laporan gratifikasi itu sendiri.";

    protected override Task<string?> OwnerAsync() =>
        Task.FromResult(users.GetUserId(User) is { } id ? RecipientRefs.User(id) : null);
}
