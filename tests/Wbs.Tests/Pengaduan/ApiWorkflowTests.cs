using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Staf;
using Wbs.Web.Features.Pengaduan;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;

namespace Wbs.Tests.Pengaduan;

/// <summary>Every status transition of the complaint workflow through POST /api/v1/staff/reports/{number}/status, allowed or not.</summary>
public sealed class ApiWorkflowTests(ApiWorkflowTests.Setup setup) : IClassFixture<ApiWorkflowTests.Setup>
{
    // The way an Inspektur takes a new report to each status.
    private static readonly Dictionary<ComplaintStatus, ComplaintStatus[]> PathTo = new()
    {
        [ComplaintStatus.Diterima] = [],
        [ComplaintStatus.Verifikasi] = [ComplaintStatus.Verifikasi],
        [ComplaintStatus.PerluDilengkapi] = [ComplaintStatus.Verifikasi, ComplaintStatus.PerluDilengkapi],
        [ComplaintStatus.Ditindaklanjuti] = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti],
        [ComplaintStatus.Diteruskan] = [ComplaintStatus.Verifikasi, ComplaintStatus.Diteruskan],
        [ComplaintStatus.Ditolak] = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditolak],
        [ComplaintStatus.Selesai] = [ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Selesai],
    };

    // Written out from the published workflow rather than read from the code under test.
    private static readonly HashSet<(ComplaintStatus, ComplaintStatus)> Allowed =
    [
        (ComplaintStatus.Diterima, ComplaintStatus.Verifikasi),
        (ComplaintStatus.Verifikasi, ComplaintStatus.PerluDilengkapi),
        (ComplaintStatus.Verifikasi, ComplaintStatus.Ditindaklanjuti),
        (ComplaintStatus.Verifikasi, ComplaintStatus.Diteruskan),
        (ComplaintStatus.Verifikasi, ComplaintStatus.Ditolak),
        (ComplaintStatus.PerluDilengkapi, ComplaintStatus.Verifikasi),
        (ComplaintStatus.PerluDilengkapi, ComplaintStatus.Ditolak),
        (ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Selesai),
        (ComplaintStatus.Ditindaklanjuti, ComplaintStatus.Diteruskan),
    ];

    public static TheoryData<ComplaintStatus, ComplaintStatus> EveryPair()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintStatus>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            foreach (var to in Enum.GetValues<ComplaintStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public async Task PostStatus_FromEachStatusToEachStatus_AllowsOnlySectionSixTransitions(ComplaintStatus from, ComplaintStatus to)
    {
        var number = await setup.ReportInAsync(from);

        using var response = await setup.PostStatusAsync(number, Complete(to));

        var detail = await setup.Inspektur.GetJsonAsync("/api/v1/staff/reports/" + number);
        if (Allowed.Contains((from, to)))
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{from} -> {to} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var body = await ApiClient.JsonAsync(response);
            Assert.Equal(to.Display(), body.GetProperty("status").GetString());
            Assert.Equal(to.Display(), detail.GetProperty("status").GetString());
            var last = detail.GetProperty("history").EnumerateArray().Last();
            Assert.Equal(to.Display(), last.GetProperty("status").GetString());
            Assert.Equal($"Catatan publik {to}", last.GetProperty("publicNote").GetString());
            Assert.Equal($"Catatan internal {to}", last.GetProperty("internalNote").GetString());
            Assert.Equal(to.IsFinal(), body.GetProperty("dueOn").ValueKind == JsonValueKind.Null);
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{from} -> {to} answered {(int)response.StatusCode}, expected 409.");
            var problem = await ApiClient.JsonAsync(response);
            Assert.Contains(from.Display(), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(from.Display(), detail.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task PostStatus_SelesaiWithOutcome_StoresTheOutcome()
    {
        var number = await setup.ReportInAsync(ComplaintStatus.Ditindaklanjuti);

        using var response = await setup.PostStatusAsync(number, new { status = "Selesai", publicNote = "Pemeriksaan selesai.", outcome = "tidak terbukti" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await setup.Inspektur.GetJsonAsync("/api/v1/staff/reports/" + number);
        Assert.Equal("tidak terbukti", detail.GetProperty("outcome").GetString());
        Assert.Empty(detail.GetProperty("allowedNext").EnumerateArray());
    }

    [Fact]
    public async Task PostStatus_Diteruskan_StoresTheBody()
    {
        var number = await setup.ReportInAsync(ComplaintStatus.Verifikasi);

        using var response = await setup.PostStatusAsync(number, new { status = "Diteruskan", publicNote = "Diteruskan ke KPK.", forwardedTo = "KPK" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("KPK", (await ApiClient.JsonAsync(response)).GetProperty("forwardedTo").GetString());
    }

    public static TheoryData<ComplaintStatus, string, string[]> MissingParts() => new()
    {
        { ComplaintStatus.Verifikasi, """{"status":"PerluDilengkapi"}""", ["publicNote"] },
        { ComplaintStatus.Verifikasi, """{"status":"Perlu Dilengkapi","publicNote":"  "}""", ["publicNote"] },
        { ComplaintStatus.Verifikasi, """{"status":"Ditolak","internalNote":"hanya internal"}""", ["publicNote"] },
        { ComplaintStatus.PerluDilengkapi, """{"status":"Ditolak"}""", ["publicNote"] },
        { ComplaintStatus.Verifikasi, """{"status":"Diteruskan","publicNote":"Diteruskan."}""", ["forwardedTo"] },
        { ComplaintStatus.Verifikasi, """{"status":"Diteruskan"}""", ["publicNote", "forwardedTo"] },
        { ComplaintStatus.Ditindaklanjuti, """{"status":"Diteruskan","publicNote":"Ke APH.","forwardedTo":" "}""", ["forwardedTo"] },
        { ComplaintStatus.Ditindaklanjuti, """{"status":"Selesai","publicNote":"Selesai."}""", ["outcome"] },
        { ComplaintStatus.Ditindaklanjuti, """{"status":"Selesai","outcome":"terbukti"}""", ["publicNote"] },
        { ComplaintStatus.Ditindaklanjuti, """{"status":"Selesai"}""", ["publicNote", "outcome"] },
        { ComplaintStatus.Ditindaklanjuti, """{"status":"Selesai","publicNote":"Selesai.","outcome":"mungkin"}""", ["outcome"] },
        { ComplaintStatus.Verifikasi, """{"status":"Dibatalkan"}""", ["status"] },
        { ComplaintStatus.Verifikasi, """{}""", ["status"] },
    };

    [Theory]
    [MemberData(nameof(MissingParts))]
    public async Task PostStatus_WithoutRequiredNoteOutcomeOrTarget_Answers400NamingTheField(ComplaintStatus from, string json, string[] fields)
    {
        var number = await setup.ReportInAsync(from);

        using var response = await setup.Inspektur.Http.PostAsync($"/api/v1/staff/reports/{number}/status",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ApiClient.JsonAsync(response)).GetProperty("errors");
        Assert.Equal(fields.Order(), errors.EnumerateObject().Select(e => e.Name).Order());
        var detail = await setup.Inspektur.GetJsonAsync("/api/v1/staff/reports/" + number);
        Assert.Equal(from.Display(), detail.GetProperty("status").GetString());
    }

    [Fact]
    public async Task PostStatus_ByVerifikatorOnAssignedReport_ChangesIt_AndOtherReportsAnswer404()
    {
        var verifikator = await BackOfficeStaff.CreateAsync(setup.Factory, StaffRoles.Verifikator);
        using var api = await BackOfficeStaff.ApiAsync(setup.Factory, verifikator);
        var mine = await setup.ReportInAsync(ComplaintStatus.Diterima);
        var other = await setup.ReportInAsync(ComplaintStatus.Diterima);
        await setup.AssignAsync(mine, verifikator.Id);

        using var changed = await api.Http.PostAsJsonAsync($"/api/v1/staff/reports/{mine}/status", new { status = "Verifikasi" });
        using var refused = await api.Http.PostAsJsonAsync($"/api/v1/staff/reports/{other}/status", new { status = "Verifikasi" });
        var list = await api.GetJsonAsync("/api/v1/staff/reports?pageSize=100");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal([mine], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("registrationNumber").GetString()));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var untouched = await setup.Inspektur.GetJsonAsync("/api/v1/staff/reports/" + other);
        Assert.Equal("Diterima", untouched.GetProperty("status").GetString());
    }

    private static object Complete(ComplaintStatus to) => new
    {
        status = to.ToString(),
        publicNote = $"Catatan publik {to}",
        internalNote = $"Catatan internal {to}",
        outcome = to == ComplaintStatus.Selesai ? "terbukti" : null,
        forwardedTo = to == ComplaintStatus.Diteruskan ? "Ombudsman" : null,
    };

    public sealed class Setup : IAsyncLifetime
    {
        public WbsFactory Factory { get; } = new() { Settings = { ["Wbs:RateLimits:SubmissionsPerAccountPerHour"] = "1000" } };
        public ApiClient Inspektur { get; private set; } = null!;
        public ApiClient Reporter { get; private set; } = null!;
        public TestStaff InspekturAccount { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Reporter = Factory.CreateApiClient();
            await Reporter.SignUpAsync();
            InspekturAccount = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur);
            Inspektur = await BackOfficeStaff.ApiAsync(Factory, InspekturAccount);
        }

        public Task<HttpResponseMessage> PostStatusAsync(string number, object body) =>
            Inspektur.Http.PostAsJsonAsync($"/api/v1/staff/reports/{number}/status", body);

        /// <summary>A new report taken to <paramref name="status"/> through the API.</summary>
        public async Task<string> ReportInAsync(ComplaintStatus status)
        {
            var number = await Reporter.CreateValidReportAsync();
            foreach (var step in PathTo[status])
            {
                using var response = await PostStatusAsync(number, Complete(step));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"Could not take {number} to {step}: {await response.Content.ReadAsStringAsync()}");
            }

            return number;
        }

        public async Task AssignAsync(string number, string verifikatorId)
        {
            await using var scope = Factory.CreateScope();
            var reports = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Wbs.Web.Features.Pengaduan.StaffComplaints>(scope.ServiceProvider);
            var actor = new StaffActor(InspekturAccount.Id, InspekturAccount.UserName, new HashSet<string> { StaffRoles.Inspektur });
            Assert.Equal(Wbs.Web.Features.Kasus.OutcomeKind.Ok, (await reports.AssignAsync(actor, number, verifikatorId, default)).Kind);
        }

        public Task DisposeAsync()
        {
            Inspektur.Dispose();
            Reporter.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
