using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Security;
using Wbs.Tests.Staf;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Tests.Notifications;

/// <summary>Staff with addresses, a complaint full of canaries, and direct views of the outbox for the notification tests.</summary>
public static class NotifyTestKit
{
    /// <summary>Strings of a complaint's content and its reporter's contact that no notification may ever carry.</summary>
    public static readonly string[] Canaries =
        ["KnrJudul", "KnrUraian", "KnrTerlapor", "KnrJabatan", "KnrUnitKerja", "KnrSaksi", "KnrLokasi", "KnrMengapa", "KnrModus", "kanari.surel", "77731415"];

    public static void UseFastSender(WbsFactory factory)
    {
        factory.Settings["Wbs:Notifications:PollSeconds"] = "0.2";
        factory.Settings["Wbs:PublicBaseUrl"] = "https://wbs.inspektorat.example.go.id";
    }

    public static async Task<(TestStaff Staff, string Address)> StaffWithAddressAsync(WbsFactory factory, params string[] roles)
    {
        var staff = await BackOfficeStaff.CreateAsync(factory, roles);
        var address = staff.UserName + "@inspektorat.example.go.id";
        await using var scope = factory.CreateScope();
        await scope.ServiceProvider.GetRequiredService<NotificationContacts>()
            .SetAsync(RecipientRefs.User(staff.Id), address, NotificationContacts.StaffDefaults(roles), includeNumber: true, default);
        await scope.ServiceProvider.GetRequiredService<WbsDbContext>().SaveChangesAsync();
        return (staff, address);
    }

    public static async Task<(ApiReporter Reporter, string Number)> SubmitCanaryComplaintAsync(WbsFactory factory)
    {
        var reporter = await ApiReporter.RegisterAsync(factory.CreateClient(), "kanari." + Guid.NewGuid().ToString("N")[..8], "+62 812-7773-1415", "kanari.surel@contoh.id");
        var number = await reporter.SubmitAsync(new Dictionary<string, string>
        {
            ["title"] = "KnrJudul pungutan",
            ["description"] = "KnrUraian kejadian",
            ["violationTypeId"] = "4",
            ["reportedPersons"] = "[{\"name\":\"KnrTerlapor\",\"position\":\"KnrJabatan\",\"unit\":\"KnrUnitKerja\"}]",
            ["witnesses"] = "KnrSaksi",
            ["location"] = "KnrLokasi",
            ["incidentDate"] = "2026-10-01",
            ["why"] = "KnrMengapa",
            ["how"] = "KnrModus",
        });
        return (reporter, number);
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(WbsFactory factory)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WbsDbContext>().Outbox.AsNoTracking().ToListAsync();
    }

    /// <summary>Queues messages straight into the outbox, as events would.</summary>
    public static async Task QueueAsync(WbsFactory factory, string staffId, int count)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var now = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
        {
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), RecipientRef = RecipientRefs.User(staffId), Channel = NotificationChannels.Email,
                Kind = NotificationKind.NewReport, RegistrationNumber = $"WBS-2026-{i + 1:D5}", CreatedAt = now, NextAttemptAt = now,
            });
        }

        await db.SaveChangesAsync();
    }

    public static void AssertNoCanary(string text)
    {
        foreach (var canary in Canaries)
        {
            Assert.DoesNotContain(canary, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
