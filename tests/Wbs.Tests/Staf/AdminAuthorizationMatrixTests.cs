using Wbs.Tests.Gratifikasi;
using Wbs.Tests.Pengaduan;
using Wbs.Web.Features.Pengaduan;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Domain;
using Wbs.Web.Features.Staf;

namespace Wbs.Tests.Staf;

/// <summary>What a request answers: a page, the sign-in or refusal redirect of the staff cookie, or an API status.</summary>
public enum Answer
{
    Ok,
    Login,
    Denied,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
}

/// <summary>One staff page or endpoint and the answer each kind of caller gets.</summary>
public sealed record MatrixRow(string Request, Answer Anonymous, Answer Reporter, Answer Verifikator, Answer Inspektur, Answer Upg, Answer Admin, object? Body = null)
{
    /// <summary>A staff page: callers without a staff session are sent to the staff sign-in.</summary>
    public static MatrixRow Page(string path, Answer v, Answer i, Answer u, Answer a) => new("GET " + path, Answer.Login, Answer.Login, v, i, u, a);

    /// <summary>A staff API call: no token is 401, a reporter's token 403.</summary>
    public static MatrixRow Api(string request, Answer v, Answer i, Answer u, Answer a, object? body = null) =>
        new(request, Answer.Unauthorized, Answer.Forbidden, v, i, u, a, body);

    public Answer For(string caller) => caller switch
    {
        "anonim" => Anonymous,
        "pelapor" => Reporter,
        StaffRoles.Verifikator => Verifikator,
        StaffRoles.Inspektur => Inspektur,
        StaffRoles.Upg => Upg,
        StaffRoles.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };
}

/// <summary>
/// Every staff page and endpoint × every role, plus a reporter and an anonymous visitor. {assigned} is a report
/// assigned to the Verifikator, {unassigned} one assigned to nobody, {gratification} a gratification report, {staffId} a staff account. Adding a page is
/// adding one row.
/// </summary>
public sealed class AdminAuthorizationMatrixTests(AdminAuthorizationMatrixTests.Setup setup) : IClassFixture<AdminAuthorizationMatrixTests.Setup>
{
    private const Answer Ok = Answer.Ok;
    private const Answer Denied = Answer.Denied;
    private const Answer Forbidden = Answer.Forbidden;
    private const Answer NotFound = Answer.NotFound;
    private const Answer Conflict = Answer.Conflict;

    public static readonly MatrixRow[] Rows =
    [
        MatrixRow.Page("/Staf", v: Ok, i: Ok, u: Ok, a: Ok),
        MatrixRow.Page("/Staf?status=Diterima&terlambat=true", v: Ok, i: Ok, u: Ok, a: Ok),
        MatrixRow.Page("/Staf/Pengaduan/{assigned}", v: Ok, i: Ok, u: Denied, a: Denied),
        MatrixRow.Page("/Staf/Pengaduan/{unassigned}", v: NotFound, i: Ok, u: Denied, a: Denied),
        MatrixRow.Page("/Staf/Gratifikasi", v: Denied, i: Denied, u: Ok, a: Denied),
        MatrixRow.Page("/Staf/Gratifikasi?status=Diajukan&terlambat=true&lewatBatas=true&nomor=GRT", v: Denied, i: Denied, u: Ok, a: Denied),
        MatrixRow.Page("/Staf/Gratifikasi/{gratification}", v: Denied, i: Denied, u: Ok, a: Denied),
        MatrixRow.Page("/Staf/Gratifikasi/GRT-1999-99999", v: Denied, i: Denied, u: NotFound, a: Denied),
        MatrixRow.Page("/Staf/Admin", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/Petugas", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/Petugas/Tambah", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/Petugas/Ubah/{staffId}", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/JenisPelanggaran", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/Unit", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/HariLibur", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/HariLibur?tahun=2027", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/Pengaturan", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Admin/Retensi", v: Denied, i: Denied, u: Denied, a: Ok),
        MatrixRow.Page("/Staf/Ekspor?format=xlsx", v: Ok, i: Ok, u: Denied, a: Denied),
        MatrixRow.Page("/Staf/Ekspor?format=csv&status=Diterima", v: Ok, i: Ok, u: Denied, a: Denied),
        MatrixRow.Api("GET /api/v1/staff/reports", v: Ok, i: Ok, u: Forbidden, a: Forbidden),
        MatrixRow.Api("GET /api/v1/staff/reports?status=Diterima&overdue=false&page=1&pageSize=10", v: Ok, i: Ok, u: Forbidden, a: Forbidden),
        MatrixRow.Api("GET /api/v1/staff/reports/{assigned}", v: Ok, i: Ok, u: Forbidden, a: Forbidden),
        MatrixRow.Api("GET /api/v1/staff/reports/{unassigned}", v: NotFound, i: Ok, u: Forbidden, a: Forbidden),
        MatrixRow.Api("GET /api/v1/staff/reports/ADU-1999-99999", v: NotFound, i: NotFound, u: Forbidden, a: Forbidden),
        // Diterima cannot become Selesai: reaching the workflow (409) proves the caller got through, and nothing changes.
        MatrixRow.Api("POST /api/v1/staff/reports/{assigned}/status", v: Conflict, i: Conflict, u: Forbidden, a: Forbidden,
            new { status = "Selesai", publicNote = "Selesai.", outcome = "terbukti" }),
        MatrixRow.Api("POST /api/v1/staff/reports/{unassigned}/status", v: NotFound, i: Conflict, u: Forbidden, a: Forbidden,
            new { status = "Selesai", publicNote = "Selesai.", outcome = "terbukti" }),
    ];

    public static readonly string[] Callers = ["anonim", "pelapor", StaffRoles.Verifikator, StaffRoles.Inspektur, StaffRoles.Upg, StaffRoles.Admin];

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows)
        {
            foreach (var caller in Callers)
            {
                data.Add(row.Request, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Request_ByEachCaller_AnswersAsTheMatrixSays(string request, string caller)
    {
        var row = Rows.Single(r => r.Request == request);
        var expected = row.For(caller);
        var (method, path) = (request.Split(' ')[0], setup.Fill(request.Split(' ', 2)[1]));
        var isApi = path.StartsWith("/api/", StringComparison.Ordinal);
        var client = isApi ? setup.ApiClientOf(caller) : setup.PageClientOf(caller);

        using var message = new HttpRequestMessage(new HttpMethod(method), path);
        if (row.Body is not null)
        {
            message.Content = JsonContent.Create(row.Body);
        }

        using var response = await client.SendAsync(message);

        var actual = Classify(response);
        Assert.True(actual == expected, $"{caller}: {request} answered {(int)response.StatusCode} {response.Headers.Location} ({actual}), expected {expected}.");
        // Every staff page and endpoint, whatever it answers, carries the hardened headers; staff pages hold no inline script or style.
        Assert.Contains("frame-ancestors 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        if (expected == Answer.Ok && !isApi && response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var page = await PageClient.ParseAsync(response);
            Assert.Empty(page.QuerySelectorAll("script:not([src]), [style]"));
            if (path.StartsWith("/Staf/Admin", StringComparison.Ordinal))
            {
                Assert.NotNull(page.QuerySelector("nav.admin-nav"));
            }
        }
    }

    [Fact]
    public async Task PostStatus_Refused_LeavesTheReportUnchanged()
    {
        var detail = await setup.Inspektur.GetJsonAsync("/api/v1/staff/reports/" + setup.Assigned);

        Assert.Equal("Diterima", detail.GetProperty("status").GetString());
        Assert.DoesNotContain(detail.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "StatusChanged");
    }

    private static Answer Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) : null;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Answer.Ok,
            HttpStatusCode.Redirect when location == "/Staf/Masuk" => Answer.Login,
            HttpStatusCode.Redirect when location == "/Staf/Ditolak" => Answer.Denied,
            HttpStatusCode.Unauthorized => Answer.Unauthorized,
            HttpStatusCode.Forbidden => Answer.Forbidden,
            HttpStatusCode.NotFound => Answer.NotFound,
            HttpStatusCode.Conflict => Answer.Conflict,
            _ => throw new InvalidOperationException($"Unexpected answer {(int)response.StatusCode} {response.Headers.Location}"),
        };
    }

    /// <summary>One app, one reporter, one staff member per role, two reports (one assigned to the Verifikator).</summary>
    public sealed class Setup : IAsyncLifetime
    {
        private readonly Dictionary<string, HttpClient> pages = [];
        private readonly Dictionary<string, HttpClient> apis = [];

        public WbsFactory Factory { get; } = new();
        public string Assigned { get; private set; } = "";
        public string Unassigned { get; private set; } = "";
        public string StaffId { get; private set; } = "";
        public string GratificationNumber { get; private set; } = "";
        public ApiClient Inspektur { get; private set; } = null!;

        public string Fill(string path) =>
            path.Replace("{assigned}", Assigned, StringComparison.Ordinal)
                .Replace("{unassigned}", Unassigned, StringComparison.Ordinal)
                .Replace("{gratification}", GratificationNumber, StringComparison.Ordinal)
                .Replace("{staffId}", StaffId, StringComparison.Ordinal);

        public HttpClient PageClientOf(string caller) => pages[caller];

        public HttpClient ApiClientOf(string caller) => apis[caller];

        public async Task InitializeAsync()
        {
            var reporterApi = Factory.CreateApiClient();
            await reporterApi.SignUpAsync();
            Assigned = await reporterApi.CreateValidReportAsync();
            Unassigned = await reporterApi.CreateValidReportAsync();
            apis["pelapor"] = reporterApi.Http;
            apis["anonim"] = Factory.CreateApiClient().Http;

            var reporterPages = Factory.CreatePageClient();
            await reporterPages.RegisterAsync();
            pages["pelapor"] = reporterPages.Http;
            pages["anonim"] = Factory.CreatePageClient().Http;
            GratificationNumber = (await Gratification.SubmitAsync(Factory, UpgFixture.Today)).Number;

            foreach (var role in StaffRoles.All)
            {
                var staff = await BackOfficeStaff.CreateAsync(Factory, role);
                pages[role] = (await BackOfficeStaff.PagesAsync(Factory, staff)).Http;
                var api = await BackOfficeStaff.ApiAsync(Factory, staff);
                apis[role] = api.Http;
                if (role == StaffRoles.Verifikator)
                {
                    StaffId = staff.Id;
                    await AssignAsync(Assigned, staff.Id);
                }

                if (role == StaffRoles.Inspektur)
                {
                    Inspektur = api;
                }
            }
        }

        public Task DisposeAsync()
        {
            foreach (var client in pages.Values.Concat(apis.Values))
            {
                client.Dispose();
            }

            Factory.Dispose();
            return Task.CompletedTask;
        }

        private async Task AssignAsync(string number, string verifikatorId)
        {
            var inspektur = await BackOfficeStaff.CreateAsync(Factory, StaffRoles.Inspektur);
            await using var scope = Factory.CreateScope();
            var reports = scope.ServiceProvider.GetRequiredService<StaffComplaints>();
            var outcome = await reports.AssignAsync(new StaffActor(inspektur.Id, inspektur.UserName, new HashSet<string> { StaffRoles.Inspektur }), number, verifikatorId, default);
            Assert.Equal(OutcomeKind.Ok, outcome.Kind);
        }
    }
}
