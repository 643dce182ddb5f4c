using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Data;
using Wbs.Web.Security;

namespace Wbs.Tests.Security;

public class KeyRotationTests
{
    [Fact]
    public async Task Rotate_RewrapsEveryDataKey_AndContentStillOpens()
    {
        using var factory = new WbsFactory();
        var reporter = await ApiReporter.RegisterAsync(factory.CreateClient(), "rajawali");
        var number = await reporter.SubmitAsync(ApiReporter.ValidFields("ROT"), ("a.png", ApiReporter.Png()));
        using var gratificationForm = Api.GratificationApiForm.Of(GratificationSamples.Draft(Api.GratificationApiForm.Today));
        var created = await reporter.Client.PostAsync("/api/v1/gratifications", gratificationForm);
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var gratification = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("registrationNumber").GetString();
        var ring = factory.Services.GetRequiredService<MasterKeyRing>();
        var before = ring.Newest.Id;

        RotationResult result;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RotateAsync(CancellationToken.None);
        }

        Assert.NotEqual(before, result.NewMasterKeyId);
        Assert.True(result.Rewrapped >= 4, "the complaint's, the gratification report's, its identity's and the reporter's contact keys are re-wrapped");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WbsDbContext>();
            Assert.All(await db.DataKeys.ToListAsync(), k => Assert.Equal(result.NewMasterKeyId, k.MasterKeyId));
        }

        // A fresh process has no unwrapped keys in memory: open the content through the new master key only.
        factory.Services.GetRequiredService<DataKeyCache>().Clear();
        var detail = await reporter.Client.GetStringAsync($"/api/v1/reports/{number}");
        Assert.Contains("Pungutan izin usahaROT", detail, StringComparison.Ordinal);
        Assert.Contains(before, ring.All.Select(k => k.Id));

        // The next rotation removes the key that nothing needs any more.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var second = await scope.ServiceProvider.GetRequiredService<KeyRotation>().RotateAsync(CancellationToken.None);
            Assert.Contains(before, second.Pruned);
        }

        Assert.DoesNotContain(before, ring.All.Select(k => k.Id));
        factory.Services.GetRequiredService<DataKeyCache>().Clear();
        Assert.Contains("Pungutan izin usahaROT", await reporter.Client.GetStringAsync($"/api/v1/reports/{number}"), StringComparison.Ordinal);
        var gratificationDetail = await reporter.Client.GetStringAsync($"/api/v1/gratifications/{gratification}");
        Assert.Contains(GratificationSamples.Nik, gratificationDetail, StringComparison.Ordinal);
        Assert.Contains("PT Sinar Kaltim Abadi", gratificationDetail, StringComparison.Ordinal);
    }
}
