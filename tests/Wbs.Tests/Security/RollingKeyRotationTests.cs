using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Tests.Security;

/// <summary>The rotation procedure of docs/SECURITY.md with keys in configuration, on two app hosts sharing one database.</summary>
public class RollingKeyRotationTests
{
    private static readonly string K1 = "k1:" + Convert.ToBase64String(Enumerable.Repeat((byte)1, 32).ToArray());
    private static readonly string K2 = "k2:" + Convert.ToBase64String(Enumerable.Repeat((byte)2, 32).ToArray());

    private static HttpClient As(WbsFactory node, ApiReporter reporter)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = reporter.Client.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static async Task<string> WrappedByAsync(WbsFactory node, string number)
    {
        await using var scope = node.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
        var id = await db.Complaints.Where(r => r.RegistrationNumber == number).Select(r => r.Id).SingleAsync();
        return await db.DataKeys.Where(k => k.Id == id).Select(k => k.MasterKeyId).SingleAsync();
    }

    [Fact]
    public async Task NewKeyOnOneNode_IsNotUsedUntilKeysRotate_AndANodeWithoutItAnswers503ForThatReportOnly()
    {
        using var nodeA = new WbsFactory();
        nodeA.Settings["Wbs:Keys:MasterKeys"] = K1;
        var reporter = await ApiReporter.RegisterAsync(nodeA.CreateClient(), "bergulir." + Guid.NewGuid().ToString("N")[..6]);
        var first = await reporter.SubmitAsync(ApiReporter.ValidFields("R1"));

        // Step 1: node B restarts knowing k1;k2. k2 appearing there does not make it active.
        using var nodeB = nodeA.AnotherNode();
        nodeB.Settings["Wbs:Keys:MasterKeys"] = K1 + ";" + K2;
        var onB = new ApiReporter(As(nodeB, reporter));
        var second = await onB.SubmitAsync(ApiReporter.ValidFields("R2"));
        Assert.Equal("k1", await WrappedByAsync(nodeB, second));
        var readOnA = await reporter.Client.GetAsync($"/api/v1/reports/{second}");
        Assert.Equal(HttpStatusCode.OK, readOnA.StatusCode);

        using var inspektur = await (await StaffMember.CreateAsync(nodeA, StaffRoles.Inspektur)).BrowserAsync();

        // An operator runs keys rotate too early, while node A still has only k1.
        await using (var scope = nodeB.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RotateAsync(CancellationToken.None);
            Assert.Equal("k2", result.NewMasterKeyId);
        }

        var third = await onB.SubmitAsync(ApiReporter.ValidFields("R3"));
        Assert.Equal("k2", await WrappedByAsync(nodeB, third));
        var refused = await reporter.Client.GetAsync($"/api/v1/reports/{third}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("kunci enkripsinya belum tersedia", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The reporter's list and the staff inbox on node A keep working and show every report.
        var list = await reporter.Client.GetAsync("/api/v1/reports");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listed = await list.Content.ReadAsStringAsync();
        Assert.All(new[] { first, second, third }, n => Assert.Contains(n, listed, StringComparison.Ordinal));
        Assert.Contains("Pungutan izin usahaR1", listed, StringComparison.Ordinal);
        var inbox = await inspektur.GetPageAsync("/Staf");
        Assert.All(new[] { first, second, third }, n => Assert.Contains(n, inbox.Body!.TextContent, StringComparison.Ordinal));
        var detail = await inspektur.Http.GetAsync(AduanPage.Url(third));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, detail.StatusCode);

        // Step 2 of the procedure: node A restarts with k1;k2 and reads it.
        using var nodeA2 = nodeA.AnotherNode();
        nodeA2.Settings["Wbs:Keys:MasterKeys"] = K1 + ";" + K2;
        var readAfter = await As(nodeA2, reporter).GetAsync($"/api/v1/reports/{third}");
        Assert.Equal(HttpStatusCode.OK, readAfter.StatusCode);
        Assert.Contains("Pungutan izin usahaR3", await readAfter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
