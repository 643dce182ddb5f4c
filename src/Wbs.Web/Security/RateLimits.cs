using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Wbs.Web.Security;

/// <summary>
/// ASP.NET Core's limiter on login, registration, password reset, submission and receipt verification. Partitions live in memory only:
/// an address is used as a key for a few minutes and never stored or logged.
/// </summary>
public static class RateLimits
{
    private static readonly (string Path, string Kind)[] Limited =
    [
        ("/Akun/Masuk", "login"), ("/api/v1/auth/login", "login"), ("/Staf/Masuk", "login"), ("/Staf/Autentikator", "login"),
        ("/Akun/Daftar", "register"), ("/api/v1/auth/register", "register"),
        ("/Akun/LupaSandi", "reset"),
        ("/Pengaduan/Tambah", "submit"), ("/api/v1/reports", "submit"),
        ("/Gratifikasi/Tambah", "submit"), ("/api/v1/gratifications", "submit"),
    ];

    public static IServiceCollection AddWbsRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>((options, settings) =>
        {
            var limits = settings.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            options.OnRejected = async (rejected, ct) =>
            {
                var http = rejected.HttpContext;
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(
                        title: "Terlalu banyak permintaan",
                        detail: "Tunggu beberapa menit, lalu coba lagi.",
                        statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
                }
            };
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        // A check opened from a receipt's QR code is a GET with the code: limited like a posted one.
        if (context.Request.Path.Equals("/verifikasi", StringComparison.OrdinalIgnoreCase)
            && (HttpMethods.IsPost(context.Request.Method) || context.Request.Query.ContainsKey("kode")))
        {
            return Window("verify:" + Address(context), limits.VerificationsPerAddressPer10Minutes, TimeSpan.FromMinutes(10));
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var kind = Limited.FirstOrDefault(l => context.Request.Path.StartsWithSegments(l.Path, StringComparison.OrdinalIgnoreCase)).Kind;
        return kind switch
        {
            "login" => Window("login:" + Address(context), limits.LoginPerAddressPerMinute, TimeSpan.FromMinutes(1)),
            "register" => Window("register:" + Address(context), limits.RegistrationPerAddressPer10Minutes, TimeSpan.FromMinutes(10)),
            "reset" => Window("reset:" + Address(context), limits.PasswordResetPerAddressPer10Minutes, TimeSpan.FromMinutes(10)),
            "submit" => Window("submit:" + Account(context), limits.SubmissionsPerAccountPerHour, TimeSpan.FromHours(1)),
            _ => RateLimitPartition.GetNoLimiter(""),
        };
    }

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
        });

    // The connection's own address only: forwarded headers are not trusted and nothing here outlives the window.
    private static string Address(HttpContext context) => (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString();

    // Authentication runs before the limiter, so a signed-in reporter (cookie or bearer token) is limited per account.
    private static string Account(HttpContext context) =>
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Address(context);
}
