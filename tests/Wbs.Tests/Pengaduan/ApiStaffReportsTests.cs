using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Staf;
using Wbs.Web.Features.Pengaduan;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Tests.Pengaduan;

/// <summary>GET /api/v1/staff/reports and /{number}: filters, paging, the full content for staff, never the reporter's identity.</summary>
public sealed class ApiStaffReportsTests(ApiStaffReportsTests.Setup setup) : IClassFixture<ApiStaffReportsTests.Setup>
{
    [Fact]
    public async Task List_Paged_CoversEveryReportOnce_NewestFirst()
    {
        var first = await setup.Inspektur.GetJsonAsync("/api/v1/staff/reports?pageSize=5&page=1");
        var second = await setup.Inspektur.GetJsonAsync("/api/v1/staff/reports?pageSize=5&page=2");

        Assert.Equal(setup.Numbers.Count, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pageCount").GetInt32());
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        var numbers = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("registrationNumber").GetString()!).ToList();
        Assert.Equal(Enumerable.Reverse(setup.Numbers), numbers);
        Assert.Equal(2, second.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task List_Filters_ByStatusTypeUnitHandlerAndNumber()
    {
        async Task<List<string>> Numbers(string query) =>
            (await setup.Inspektur.GetJsonAsync("/api/v1/staff/reports?pageSize=100&" + query)).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("registrationNumber").GetString()!).Order().ToList();

        Assert.Equal([setup.Verified], await Numbers("status=Verifikasi"));
        Assert.Equal([setup.Verified], await Numbers("status=verifikasi"));
        Assert.Equal([setup.Suap], await Numbers($"violationTypeId={setup.SuapId}"));
        Assert.Equal([setup.InDinkes], await Numbers($"unitId={setup.DinkesId}"));
        Assert.Equal([setup.Assigned], await Numbers("handler=" + setup.Verifikator.UserName));
        Assert.Equal([setup.Assigned], await Numbers("handler=" + setup.Verifikator.Id));
        Assert.Equal(setup.Numbers.Where(n => n != setup.Assigned).Order().ToList(), await Numbers("handler=-"));
        Assert.Equal([setup.Numbers[2]], await Numbers("number=" + setup.Numbers[2].ToLowerInvariant()));
        Assert.Empty(await Numbers("overdue=true"));
    }

    [Fact]
    public async Task List_WithUnknownStatusOrBadDate_Answers400()
    {
        using var status = await setup.Inspektur.Http.GetAsync("/api/v1/staff/reports?status=Hilang");
        using var date = await setup.Inspektur.Http.GetAsync("/api/v1/staff/reports?from=kemarin");

        Assert.Equal(HttpStatusCode.BadRequest, status.StatusCode);
        Assert.True((await ApiClient.JsonAsync(status)).GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
    }

    [Fact]
    public async Task Detail_HasTheContentMaskedPhoneAndInternalNotes_ButNoContact()
    {
        using var response = await setup.Inspektur.Http.GetAsync("/api/v1/staff/reports/" + setup.Verified);

        var text = await response.Content.ReadAsStringAsync();
        var detail = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Pungutan dalam pengurusan izin usaha", detail.GetProperty("title").GetString());
        Assert.Equal("Pak Anu", detail.GetProperty("reportedPersons")[0].GetProperty("name").GetString());
        var phone = setup.ReporterAccount.PhoneNumber;
        Assert.Equal("•••••" + phone[^3..], detail.GetProperty("reporterPhone").GetString());
        Assert.DoesNotContain(phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(setup.ReporterAccount.Username, text, StringComparison.Ordinal);
        Assert.True(detail.GetProperty("reporterHasEmail").GetBoolean());
        Assert.DoesNotContain("rahasia@", text, StringComparison.Ordinal);
        var change = detail.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Diperiksa kelengkapannya.", change.GetProperty("internalNote").GetString());
        Assert.Equal(setup.InspekturAccount.UserName, change.GetProperty("actor").GetString());
        Assert.Equal(["Perlu Dilengkapi", "Ditindaklanjuti", "Diteruskan", "Ditolak"], detail.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Detail_ByVerifikator_OnlyForAssignedReports()
    {
        using var api = await BackOfficeStaff.ApiAsync(setup.Factory, setup.Verifikator, enrol: false);

        using var mine = await api.Http.GetAsync("/api/v1/staff/reports/" + setup.Assigned);
        using var other = await api.Http.GetAsync("/api/v1/staff/reports/" + setup.Verified);
        var list = await api.GetJsonAsync("/api/v1/staff/reports");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(setup.Verifikator.UserName, (await ApiClient.JsonAsync(mine)).GetProperty("assignedTo").GetString());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal([setup.Assigned], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("registrationNumber").GetString()));
    }

    [Fact]
    public async Task StaffEndpoints_WithAReporterToken_Answer403_AndWithoutAToken401()
    {
        using var reporterList = await setup.Reporter.Http.GetAsync("/api/v1/staff/reports");
        using var anonymous = await setup.Factory.CreateClient().GetAsync("/api/v1/staff/reports/" + setup.Verified);

        Assert.Equal(HttpStatusCode.Forbidden, reporterList.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task StaffLogin_ReusedOrWrongCode_Answers401()
    {
        var member = await BackOfficeStaff.CreateAsync(setup.Factory, StaffRoles.Inspektur);
        await BackOfficeStaff.EnrolAsync(setup.Factory, member);
        var code = await BackOfficeStaff.CodeAsync(setup.Factory, member);
        using var client = setup.Factory.CreateClient();

        using var first = await BackOfficeStaff.LoginAsync(client, member, code);
        using var reused = await BackOfficeStaff.LoginAsync(client, member, code);
        using var without = await BackOfficeStaff.LoginAsync(client, member, null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheStaffEndpoints()
    {
        var document = await setup.Reporter.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.True(paths.GetProperty("/api/v1/staff/reports").TryGetProperty("get", out var list));
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "status");
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "pageSize");
        Assert.True(paths.GetProperty("/api/v1/staff/reports/{registrationNumber}").TryGetProperty("get", out _));
        var status = paths.GetProperty("/api/v1/staff/reports/{registrationNumber}/status").GetProperty("post");
        foreach (var code in new[] { "200", "400", "403", "404", "409" })
        {
            Assert.True(status.GetProperty("responses").TryGetProperty(code, out _), $"POST status documents no {code}.");
        }
    }

    public sealed class Setup : IAsyncLifetime
    {
        public WbsFactory Factory { get; } = new();
        public ApiClient Reporter { get; private set; } = null!;
        public Reporter ReporterAccount { get; private set; } = null!;
        public ApiClient Inspektur { get; private set; } = null!;
        public TestStaff InspekturAccount { get; private set; } = null!;
        public TestStaff Verifikator { get; private set; } = null!;
        public List<string> Numbers { get; } = [];
        public string Verified => Numbers[0];
        public string Suap => Numbers[1];
        public string InDinkes => Numbers[3];
        public string Assigned => Numbers[4];
        public int SuapId { get; private set; }
        public int DinkesId { get; private set; }

        public async Task InitializeAsync()
        {
            Reporter = Factory.CreateApiClient();
            ReporterAccount = await Reporter.SignUpAsync(Infrastructure.Reporter.New(email: "pelapor.rahasia@contoh.id"));
            for (var i = 0; i < 7; i++)
            {
                Numbers.Add(await Reporter.CreateValidReportAsync(new ComplaintBuilder
                {
                    ViolationType = i == 1 ? "Suap" : "Pungutan Liar",
                    Unit = i == 3 ? "Dinas Kesehatan" : "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                }));
            }

            SuapId = (await Reporter.ViolationTypesAsync())["Suap"];
            var units = await Reporter.GetJsonAsync("/api/v1/units");
            DinkesId = units.EnumerateArray().Single(u => u.GetProperty("name").GetString() == "Dinas Kesehatan").GetProperty("id").GetInt32();
            InspekturAccount = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur);
            Inspektur = await BackOfficeStaff.ApiAsync(Factory, InspekturAccount);
            using (var moved = await Inspektur.Http.PostAsJsonAsync($"/api/v1/staff/reports/{Verified}/status", new { status = "Verifikasi", internalNote = "Diperiksa kelengkapannya." }))
            {
                Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            }

            Verifikator = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Verifikator);
            await BackOfficeStaff.EnrolAsync(Factory, Verifikator);
            await using var scope = Factory.CreateScope();
            var reports = scope.ServiceProvider.GetRequiredService<StaffComplaints>();
            var actor = new StaffActor(InspekturAccount.Id, InspekturAccount.UserName, new HashSet<string> { StaffRoles.Inspektur });
            Assert.Equal(OutcomeKind.Ok, (await reports.AssignAsync(actor, Assigned, Verifikator.Id, default)).Kind);
        }

        public Task DisposeAsync()
        {
            Reporter.Dispose();
            Inspektur.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
