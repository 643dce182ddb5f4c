using System.Net;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Api;

/// <summary>POST /api/v1/gratifications shares the submission limits of /api/v1/reports: per account per hour, and upload sizes.</summary>
public class GratificationsApiLimitsTests
{
    [Fact]
    public async Task Create_PastTheSubmissionLimit_Returns429ProblemAndStoresNothingMore()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:RateLimits:SubmissionsPerAccountPerHour"] = "2";
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();

        await GratificationApiForm.CreateAsync(api);
        using var complaint = await api.CreateReportAsync(new ComplaintBuilder());
        using var third = await GratificationApiForm.PostAsync(api);

        Assert.Equal(HttpStatusCode.Created, complaint.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("Terlalu banyak permintaan", (await ApiClient.JsonAsync(third)).GetProperty("title").GetString());
        Assert.Equal(1, (await api.GetJsonAsync("/api/v1/gratifications")).GetArrayLength());
    }

    [Fact]
    public async Task Create_FileOverTheLimits_AnswersClearlyAndStoresNothing()
    {
        using var factory = new WbsFactory();
        factory.Settings["Wbs:Evidence:MaxFileBytes"] = "60000";
        factory.Settings["Wbs:Evidence:MaxReportBytes"] = "100000";
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();

        using var tooBigFile = await GratificationApiForm.PostAsync(api, null, SampleFiles.LargePng(80_000));
        using var tooBigBody = await GratificationApiForm.PostAsync(api, null, SampleFiles.LargePng(1_300_000));

        Assert.Equal(HttpStatusCode.BadRequest, tooBigFile.StatusCode);
        Assert.True((await ApiClient.JsonAsync(tooBigFile)).GetProperty("errors").TryGetProperty("files", out _));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBigBody.StatusCode);
        Assert.Equal("Kiriman terlalu besar", (await ApiClient.JsonAsync(tooBigBody)).GetProperty("title").GetString());
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/gratifications")).GetArrayLength());
    }
}
