using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Api;

public class ReportsApiTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Create_ValidReport_Returns201WithNumberStatusAndTime()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        using var response = await api.CreateReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiClient.JsonAsync(response);
        Assert.Equal(["registrationNumber", "status", "submittedAt"], body.EnumerateObject().Select(p => p.Name));
        var number = body.GetProperty("registrationNumber").GetString()!;
        Assert.Matches($"^ADU-{AgencyTime.Year}-\\d{{5}}$", number);
        Assert.Equal("Diterima", body.GetProperty("status").GetString());
        var submittedAt = body.GetProperty("submittedAt").GetDateTimeOffset();
        Assert.InRange(submittedAt, before, DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.EndsWith($"/api/v1/reports/{number}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_EmptyForm_Returns400NamingEachRequiredField()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        using var empty = new MultipartFormDataContent { { new StringContent(""), "title" } };

        using var response = await api.Http.PostAsync("/api/v1/reports", empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiClient.JsonAsync(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.Equal(
            ["description", "incidentDate", "location", "reportedPersons", "title", "violationTypeId"],
            errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("Judul pengaduan wajib diisi.", errors.GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task Create_BadValues_Returns400NamingEachBadField()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var report = new ComplaintBuilder
        {
            IncidentDate = "17-03-2026",
            EstimatedLoss = "banyak",
            Unit = "Dinas Yang Tidak Ada",
        };

        using var response = await api.CreateReportAsync(report);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiClient.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(["estimatedLoss", "incidentDate", "unit"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Create_UnknownViolationTypeAndBrokenPersonsJson_Returns400NamingBoth()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        using var content = new MultipartFormDataContent
        {
            { new StringContent("Judul"), "title" },
            { new StringContent("Uraian"), "description" },
            { new StringContent("999999"), "violationTypeId" },
            { new StringContent("[{nama: tanpa kutip"), "reportedPersons" },
            { new StringContent("Lokasi"), "location" },
            { new StringContent("2026-03-17"), "incidentDate" },
        };

        using var response = await api.Http.PostAsync("/api/v1/reports", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiClient.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(["reportedPersons", "violationTypeId"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.StartsWith("reportedPersons harus berupa larik JSON", errors.GetProperty("reportedPersons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ReturnsOnlyTheCallersReportsWithTheContractFields()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var first = await api.CreateValidReportAsync(new ComplaintBuilder { Title = "Pertama", ViolationType = "Suap" });
        var second = await api.CreateValidReportAsync(new ComplaintBuilder { Title = "Kedua", ViolationType = "Korupsi" });
        using var someoneElse = factory.CreateApiClient();
        await someoneElse.SignUpAsync();
        await someoneElse.CreateValidReportAsync(new ComplaintBuilder { Title = "Milik orang lain" });

        var list = await api.GetJsonAsync("/api/v1/reports");

        Assert.Equal(2, list.GetArrayLength());
        foreach (var item in list.EnumerateArray())
        {
            Assert.Equal(
                ["registrationNumber", "title", "violationType", "status", "submittedAt", "updatedAt"],
                item.EnumerateObject().Select(p => p.Name));
            Assert.Equal("Diterima", item.GetProperty("status").GetString());
            Assert.Equal(item.GetProperty("submittedAt").GetDateTimeOffset(), item.GetProperty("updatedAt").GetDateTimeOffset());
        }

        var byNumber = list.EnumerateArray().ToDictionary(i => i.GetProperty("registrationNumber").GetString()!);
        Assert.Equal("Pertama", byNumber[first].GetProperty("title").GetString());
        Assert.Equal("Suap", byNumber[first].GetProperty("violationType").GetString());
        Assert.Equal("Kedua", byNumber[second].GetProperty("title").GetString());
        Assert.Equal("Korupsi", byNumber[second].GetProperty("violationType").GetString());
    }

    [Fact]
    public async Task Detail_HasTheContentHistoryAndAttachments()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var report = new ComplaintBuilder
        {
            ReportedPersons = [new("Pak Anu", "Kepala Seksi", "DPMPTSP"), new("Bu Ina")],
            IncidentDateEnd = "2026-03-20",
        }.WithFiles(SampleFiles.Png("foto-loket.png"));
        var number = await api.CreateValidReportAsync(report);

        var detail = await api.GetJsonAsync($"/api/v1/reports/{number}");

        Assert.Equal(number, detail.GetProperty("registrationNumber").GetString());
        Assert.Equal(report.Title, detail.GetProperty("title").GetString());
        Assert.Equal(report.Description, detail.GetProperty("description").GetString());
        Assert.Equal("Pungutan Liar", detail.GetProperty("violationType").GetString());
        Assert.Equal((await api.ViolationTypesAsync())["Pungutan Liar"], detail.GetProperty("violationTypeId").GetInt32());
        Assert.Equal(report.Unit, detail.GetProperty("unit").GetString());
        Assert.Equal(report.Location, detail.GetProperty("location").GetString());
        Assert.Equal("2026-03-17", detail.GetProperty("incidentDate").GetString());
        Assert.Equal("2026-03-20", detail.GetProperty("incidentDateEnd").GetString());
        Assert.Equal(1_500_000m, detail.GetProperty("estimatedLoss").GetDecimal());
        var persons = detail.GetProperty("reportedPersons");
        Assert.Equal(2, persons.GetArrayLength());
        Assert.Equal("Kepala Seksi", persons[0].GetProperty("position").GetString());
        Assert.Equal(JsonValueKind.Null, persons[1].GetProperty("position").ValueKind);
        Assert.Equal("Diterima", detail.GetProperty("status").GetString());

        var history = Assert.Single(detail.GetProperty("history").EnumerateArray());
        Assert.Equal(["status", "note", "at"], history.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Diterima", history.GetProperty("status").GetString());
        Assert.Equal("Pengaduan diterima dan menunggu verifikasi.", history.GetProperty("note").GetString());

        var attachment = Assert.Single(detail.GetProperty("attachments").EnumerateArray());
        Assert.Equal(["id", "fileName", "contentType", "size", "removedMetadata"], attachment.EnumerateObject().Select(p => p.Name));
        Assert.Equal("foto-loket.png", attachment.GetProperty("fileName").GetString());
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        Assert.True(attachment.GetProperty("size").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Array, attachment.GetProperty("removedMetadata").ValueKind);
        Assert.All(attachment.GetProperty("removedMetadata").EnumerateArray(), m => Assert.Equal(JsonValueKind.String, m.ValueKind));
    }

    [Fact]
    public async Task Download_OwnAttachment_ReturnsTheFileAsAnAttachment()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var number = await api.CreateValidReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Pdf("kuitansi.pdf")));
        var attachment = (await api.GetJsonAsync($"/api/v1/reports/{number}")).GetProperty("attachments")[0];

        using var download = await api.Http.GetAsync($"/api/v1/reports/{number}/attachments/{attachment.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("kuitansi.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(attachment.GetProperty("size").GetInt64(), bytes.LongLength);
        Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8));
    }

    [Fact]
    public async Task Detail_UnknownNumberOrAttachment_Returns404ProblemDetails()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var number = await api.CreateValidReportAsync();

        using var unknownReport = await api.Http.GetAsync("/api/v1/reports/ADU-2026-99999");
        using var notANumber = await api.Http.GetAsync("/api/v1/reports/bukan-nomor");
        using var unknownFile = await api.Http.GetAsync($"/api/v1/reports/{number}/attachments/{Guid.NewGuid()}");

        foreach (var response in new[] { unknownReport, notANumber, unknownFile })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Calls_WithoutAValidToken_Return401()
    {
        using var owner = factory.CreateApiClient();
        await owner.SignUpAsync();
        var number = await owner.CreateValidReportAsync(new ComplaintBuilder().WithFiles(SampleFiles.Png()));
        var attachmentId = (await owner.GetJsonAsync($"/api/v1/reports/{number}")).GetProperty("attachments")[0].GetProperty("id").GetString();
        using var anonymous = factory.CreateApiClient();
        using var forged = factory.CreateApiClient();
        forged.UseToken("bukan-token-yang-sah");

        foreach (var api in new[] { anonymous, forged })
        {
            using var list = await api.Http.GetAsync("/api/v1/reports");
            using var detail = await api.Http.GetAsync($"/api/v1/reports/{number}");
            using var download = await api.Http.GetAsync($"/api/v1/reports/{number}/attachments/{attachmentId}");
            using var create = await api.Http.PostAsync("/api/v1/reports", new ComplaintBuilder().ApiForm(await owner.ViolationTypesAsync()));

            foreach (var response in new[] { list, detail, download, create })
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized,
                    $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.PathAndQuery} answered {(int)response.StatusCode} without a valid token.");
            }
        }

        Assert.Single((await owner.GetJsonAsync("/api/v1/reports")).EnumerateArray());
    }

    [Fact]
    public async Task Calls_WithTheBrowsersCookieInsteadOfAToken_Return401()
    {
        using var browser = factory.CreatePageClient();
        await browser.RegisterAsync();

        using var list = await browser.Http.GetAsync("/api/v1/reports");

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
    }

    [Fact]
    public async Task Create_JsonBody_Returns415()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        using var json = new StringContent(JsonSerializer.Serialize(new { title = "x" }));
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await api.Http.PostAsync("/api/v1/reports", json);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/reports")).GetArrayLength());
    }
}
