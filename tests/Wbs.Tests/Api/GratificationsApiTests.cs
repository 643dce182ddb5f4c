using System.Globalization;
using System.Net;
using System.Text.Json;
using Wbs.Tests.Evidence;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Api;

public class GratificationsApiTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Create_ValidReport_Returns201WithNumberStatusTimeAndLegalDeadline()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var draft = GratificationSamples.Draft(GratificationApiForm.Today);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        using var response = await GratificationApiForm.PostAsync(api, draft, SampleFiles.Png());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiClient.JsonAsync(response);
        Assert.Equal(["registrationNumber", "status", "submittedAt", "reportDeadline"], body.EnumerateObject().Select(p => p.Name));
        var number = body.GetProperty("registrationNumber").GetString()!;
        Assert.Matches($"^GRT-{AgencyTime.Year}-\\d{{5}}$", number);
        Assert.Equal("Diajukan", body.GetProperty("status").GetString());
        Assert.InRange(body.GetProperty("submittedAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(5));
        var received = DateOnly.ParseExact(draft.ReceivedDate!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(GratificationApiForm.LegalDeadline(received).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body.GetProperty("reportDeadline").GetString());
        Assert.EndsWith($"/api/v1/gratifications/{number}", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DeadlineAcrossYearEndHolidays_SkipsThem()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var draft = GratificationSamples.Draft(GratificationApiForm.Today);
        draft.ReceivedDate = "2026-11-20";

        using var response = await GratificationApiForm.PostAsync(api, draft);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var deadline = (await ApiClient.JsonAsync(response)).GetProperty("reportDeadline").GetString();
        Assert.Equal(GratificationApiForm.LegalDeadline(new DateOnly(2026, 11, 20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), deadline);

        // 24 and 25 December, 1 and 5 January are holidays: four working days later than weekends alone would give.
        Assert.Equal("2027-01-07", deadline);
    }

    [Fact]
    public async Task Create_BadValues_Returns400NamingEachBadField()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var draft = GratificationSamples.Draft(GratificationApiForm.Today);
        draft.Nik = "647401551288000";
        draft.Nip = "19881215201001200";
        draft.ReceivedDate = GratificationApiForm.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        draft.EstimatedValue = "sejuta";
        draft.Relationship = null;
        draft.Occasion = "";
        draft.ObjectType = "emas";
        draft.ObjectLocation = null;
        draft.ReportType = null;

        using var response = await GratificationApiForm.PostAsync(api, draft);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiClient.JsonAsync(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.Equal(
            ["estimatedValue", "nik", "nip", "objectLocation", "objectType", "occasion", "receivedDate", "relationship", "reportType"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("NIK harus terdiri dari 16 angka, sesuai KTP.", errors.GetProperty("nik")[0].GetString());
        Assert.Equal("Tanggal penerimaan tidak boleh di masa depan.", errors.GetProperty("receivedDate")[0].GetString());
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/gratifications")).GetArrayLength());
    }

    [Fact]
    public async Task Create_NotMultipart_Returns415()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();

        using var response = await api.Http.PostAsync("/api/v1/gratifications", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/gratifications")).GetArrayLength());
    }

    [Fact]
    public async Task Create_WithoutToken_Returns401()
    {
        using var api = factory.CreateApiClient();

        using var response = await GratificationApiForm.PostAsync(api);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_ReturnsOnlyTheCallersGratificationsWithCodesAndLabels()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var first = await GratificationApiForm.CreateAsync(api);
        var refused = GratificationSamples.Draft(GratificationApiForm.Today);
        refused.ReportType = "penolakan";
        refused.ObjectType = "Makanan";
        var second = await GratificationApiForm.CreateAsync(api, refused);
        using var other = factory.CreateApiClient();
        await other.SignUpAsync();
        await GratificationApiForm.CreateAsync(other);

        var list = await api.GetJsonAsync("/api/v1/gratifications");

        Assert.Equal(2, list.GetArrayLength());
        var byNumber = list.EnumerateArray().ToDictionary(i => i.GetProperty("registrationNumber").GetString()!);
        Assert.Equal([first, second], byNumber.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["registrationNumber", "reportType", "reportTypeLabel", "objectType", "objectTypeLabel", "status", "receivedDate", "submittedAt", "updatedAt"],
            byNumber[first].EnumerateObject().Select(p => p.Name));
        Assert.Equal("penerimaan", byNumber[first].GetProperty("reportType").GetString());
        Assert.Equal("uang", byNumber[first].GetProperty("objectType").GetString());
        Assert.Equal("Uang / setara uang", byNumber[first].GetProperty("objectTypeLabel").GetString());
        Assert.Equal("penolakan", byNumber[second].GetProperty("reportType").GetString());
        Assert.Equal("Penolakan gratifikasi", byNumber[second].GetProperty("reportTypeLabel").GetString());
        Assert.Equal("makanan", byNumber[second].GetProperty("objectType").GetString());
        Assert.All(list.EnumerateArray(), i => Assert.Equal("Diajukan", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Detail_ShowsGiftIdentityDeadlineHistoryAndCleanedAttachments()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var draft = GratificationSamples.Draft(GratificationApiForm.Today);
        draft.Occasion = "lainnya";
        draft.OccasionOther = "Syukuran kantor baru";
        var number = await GratificationApiForm.CreateAsync(api, draft, new UploadFile("foto-amplop.jpg", ImageSamples.Jpeg(), "image/jpeg"));

        var detail = await api.GetJsonAsync($"/api/v1/gratifications/{number.ToLowerInvariant()}");

        Assert.Equal(number, detail.GetProperty("registrationNumber").GetString());
        Assert.Equal("Diajukan", detail.GetProperty("status").GetString());
        var received = DateOnly.ParseExact(draft.ReceivedDate!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(GratificationApiForm.LegalDeadline(received).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), detail.GetProperty("reportDeadline").GetString());
        Assert.True(detail.GetProperty("reportedInTime").GetBoolean());

        var reporter = detail.GetProperty("reporter");
        Assert.Equal(GratificationSamples.FullName, reporter.GetProperty("fullName").GetString());
        Assert.Equal(GratificationSamples.Nik, reporter.GetProperty("nik").GetString());
        Assert.Equal(GratificationSamples.Nip, reporter.GetProperty("nip").GetString());
        Assert.Equal(GratificationSamples.PhoneNumber, reporter.GetProperty("phoneNumber").GetString());
        Assert.Equal(draft.Institution, reporter.GetProperty("institution").GetString());

        Assert.Equal("penyedia-atau-penerima-layanan", detail.GetProperty("relationship").GetString());
        Assert.Equal("Penyedia barang/jasa, penerima layanan, atau terkait pemeriksaan", detail.GetProperty("relationshipLabel").GetString());
        Assert.Equal("lainnya", detail.GetProperty("occasion").GetString());
        Assert.Equal("Syukuran kantor baru", detail.GetProperty("occasionOther").GetString());
        Assert.Equal("dititipkan-di-upg", detail.GetProperty("objectLocation").GetString());
        Assert.Equal("Dititipkan di UPG", detail.GetProperty("objectLocationLabel").GetString());
        Assert.Equal(2_500_000m, detail.GetProperty("estimatedValue").GetDecimal());
        Assert.Equal(draft.ReceivedDate, detail.GetProperty("receivedDate").GetString());
        Assert.Equal(draft.GiverName, detail.GetProperty("giverName").GetString());
        Assert.Equal(draft.Chronology, detail.GetProperty("chronology").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("forwardedToKpkOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("kpkDecision").ValueKind);

        var history = detail.GetProperty("history");
        Assert.Equal(1, history.GetArrayLength());
        Assert.Equal("Diajukan", history[0].GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(history[0].GetProperty("note").GetString()));

        var attachment = detail.GetProperty("attachments")[0];
        Assert.Equal("foto-amplop.jpg", attachment.GetProperty("fileName").GetString());
        Assert.Equal("image/jpeg", attachment.GetProperty("contentType").GetString());
        Assert.NotEmpty(attachment.GetProperty("removedMetadata").EnumerateArray());

        using var download = await api.Http.GetAsync($"/api/v1/gratifications/{number}/attachments/{attachment.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(attachment.GetProperty("size").GetInt64(), bytes.LongLength);
        Assert.DoesNotContain(ImageSamples.Serial, System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OtherReportersNumber_Returns404OnDetailAttachmentAndReceipt()
    {
        using var owner = factory.CreateApiClient();
        await owner.SignUpAsync();
        var number = await GratificationApiForm.CreateAsync(owner, null, SampleFiles.Png());
        var attachmentId = (await owner.GetJsonAsync($"/api/v1/gratifications/{number}")).GetProperty("attachments")[0].GetProperty("id").GetString();
        using var other = factory.CreateApiClient();
        await other.SignUpAsync();

        foreach (var url in new[] { $"/api/v1/gratifications/{number}", $"/api/v1/gratifications/{number}/attachments/{attachmentId}", $"/api/v1/gratifications/{number}/receipt" })
        {
            using var response = await other.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}.");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(GratificationSamples.FullName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await other.GetJsonAsync("/api/v1/gratifications")).GetArrayLength());
    }

    [Fact]
    public async Task Get_ComplaintNumberUnderGratifications_Returns404()
    {
        using var api = factory.CreateApiClient();
        await api.SignUpAsync();
        var complaint = await api.CreateValidReportAsync();

        using var detail = await api.Http.GetAsync($"/api/v1/gratifications/{complaint}");
        using var receipt = await api.Http.GetAsync($"/api/v1/gratifications/{complaint}/receipt");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
    }

    [Fact]
    public async Task OpenApi_ListsGratificationPathsAndEveryChoiceCode()
    {
        using var api = factory.CreateApiClient();

        using var response = await api.Http.GetAsync("/openapi/v1.json");

        var document = await ApiClient.JsonAsync(response);
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/v1/gratifications", "post"), ("/api/v1/gratifications", "get"),
            ("/api/v1/gratifications/{registrationNumber}", "get"),
            ("/api/v1/gratifications/{registrationNumber}/attachments/{id}", "get"),
            ("/api/v1/gratifications/{registrationNumber}/receipt", "get"),
            ("/api/v1/reports/{registrationNumber}/receipt", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"The OpenAPI document lacks {method} {path}.");
        }

        var create = paths.GetProperty("/api/v1/gratifications").GetProperty("post");
        Assert.True(create.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(create.GetProperty("responses").TryGetProperty("400", out _));
        var description = create.GetProperty("description").GetString()!;
        string[] codes =
        [
            "penerimaan", "penolakan", "keluarga", "penyedia-atau-penerima-layanan", "sesama-pegawai", "tidak-diketahui", "lainnya",
            "acara-kedinasan", "terkait-tugas", "tidak-terkait-tugas", "acara-adat-agama-musibah", "keuntungan-investasi",
            "uang", "makanan", "cendera-mata", "fasilitas", "barang-lainnya", "disimpan-pelapor", "dititipkan-di-upg", "dititipkan-di-kpk",
        ];
        Assert.All(codes, code => Assert.Contains(code, description, StringComparison.Ordinal));
    }
}
