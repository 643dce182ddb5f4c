using Wbs.Web.Features.LaporanBerkala;
using Wbs.Web.Notifications;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Features.Akun;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Gratifikasi;
using Wbs.Web.Features.Kasus;
using Wbs.Web.Features.Pengaduan;
using Wbs.Web.Documents;
using Wbs.Web.Features.Lacak;
using Wbs.Web.Security;
using Wbs.Web.Features.Staf;
using Wbs.Web.Features.Statistik;
using Wbs.Web.Infrastructure.Metrics;

namespace Wbs.Web.Infrastructure;

public static class ServiceRegistration
{
    public static IServiceCollection AddWbsOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WbsOptions>(configuration.GetSection(WbsOptions.Section));
        services.Configure<AgencyOptions>(configuration.GetSection(AgencyOptions.Section));
        services.Configure<EvidenceOptions>(configuration.GetSection(EvidenceOptions.Section));
        services.Configure<StaffSecurityOptions>(configuration.GetSection(StaffSecurityOptions.Section));
        services.Configure<RequestOptions>(configuration.GetSection(RequestOptions.Section));
        services.AddSingleton<UploadBuffers>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AgencyClock>();
        return services;
    }

    /// <summary>Identity for pseudonymous reporters: cookies for pages, bearer tokens for the API.</summary>
    public static IServiceCollection AddWbsAccounts(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // No hard lock by failed passwords (anyone could lock anyone out): SignInBackoff slows a name down instead.
                options.Lockout.AllowedForNewUsers = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<WbsDbContext>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddPasswordValidator<PasswordStrength>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "wbs.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Akun/Masuk";
            cookie.LogoutPath = "/Akun/Keluar";
            cookie.AccessDeniedPath = "/Akun/Masuk";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(2);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionRevocation.ValidateCookieAsync;
            cookie.Events.OnRedirectToLogin = StaffAuth.RelativeRedirect;
            cookie.Events.OnRedirectToAccessDenied = StaffAuth.RelativeRedirect;
        });

        // Requests carrying a bearer token are authenticated by it, all others by the cookie.
        services.AddAuthentication(options => options.DefaultAuthenticateScheme = "wbs")
            .AddPolicyScheme("wbs", "Cookie or bearer", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, bearer =>
            {
                bearer.BearerTokenExpiration = TimeSpan.FromHours(1);
                bearer.Events.OnMessageReceived = SessionRevocation.CheckBearerAsync;
            })
            .AddStaffCookie();
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Reporter, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser()

                // An account's token: an anonymous report's token (Features/Lacak) reaches only that report's endpoints.
                .RequireClaim(System.Security.Claims.ClaimTypes.NameIdentifier)

                // A staff token is not a reporter: staff work through the staff API only.
                .RequireAssertion(context => !context.User.HasClaim(StaffAuth.StaffClaim, "1")))
            .AddStaffPolicies();
        return services;
    }

    /// <summary>The application's services, one group per feature or shared mechanism; each group registers its own.</summary>
    public static IServiceCollection AddWbsServices(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys, sealing and audit first: every feature below stores or reads sealed data through them.
        services.AddWbsSecurity(configuration);

        // Evidence is checked and cleaned the same way for every report kind; the worker pool is one per node.
        // The accessor lets intake hand the cleaned copies' sealed spools to the request, which deletes them at its end.
        services.AddHttpContextAccessor();
        services.AddSingleton<EvidenceIntake>();

        // The shared case core the two report kinds below are built on.
        services.AddCaseCore(configuration);
        services.AddPeriodicReports();
        services.AddComplaints();
        services.AddGratifications(configuration);

        // Complaints without an account: access codes, the Lacak session and its guessing limits.
        services.AddWbsLacak(configuration);

        // Reporter accounts, the back office, the public figures and the downloadable documents.
        services.AddReporterAccounts();
        services.AddStaff();

        // Notifications without content: the outbox, its channels and the one-node sender.
        services.AddNotifications(configuration);

        // Metrics for Prometheus, off unless a port is set.
        services.AddWbsMetrics(configuration);
        services.AddWbsStatistics();
        services.AddDocuments();

        // Admin-saved agency and deadline settings; after the configuration bindings above, so saved values win.
        services.AddWbsRuntimeSettings();

        // Only the demo-data command uses it; registered so it can call the submission services.
        services.AddScoped<Demo.DemoData>();
        return services;
    }

    private static readonly string[] ReportFeatures = ["/Pengaduan", "/Gratifikasi"];
    private static readonly string[] ReporterPages = ["Index", "Tambah", "Detail", "TandaTerima"];

    /// <summary>Server-rendered pages that work without script; uploads are read by <see cref="UploadReading"/> into sealed buffers.</summary>
    public static IServiceCollection AddWbsWeb(this IServiceCollection services)
    {
        services.AddRazorPages(pages =>
        {
            // One folder per feature: a feature's reporter pages, its staff pages (Staf/, at /Staf/... addresses) and its code.
            pages.RootDirectory = "/Features";
            foreach (var feature in ReportFeatures)
            {
                foreach (var page in ReporterPages)
                {
                    pages.Conventions.AuthorizePage($"{feature}/{page}");
                }

                pages.Conventions.AuthorizeFolder($"{feature}/Staf", StaffAuth.Policy);
            }

            pages.Conventions.AuthorizeFolder("/Staf", StaffAuth.Policy);
            pages.Conventions.AuthorizeFolder("/Staf/Admin", StaffAuth.AdminPolicy);
            pages.Conventions.AuthorizeFolder("/Gratifikasi/Staf", StaffAuth.UpgPolicy);
            pages.Conventions.AllowAnonymousToPage("/Staf/Masuk");
            pages.Conventions.AllowAnonymousToPage("/Staf/Autentikator");
            pages.Conventions.AllowAnonymousToPage("/Staf/GantiSandi");
            pages.Conventions.AllowAnonymousToPage("/Staf/Ditolak");
        }).AddMvcOptions(mvc =>
        {
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            mvc.ModelBinderProviders.Insert(0, new LineEndingsBinderProvider());
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "wbs.af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__RequestVerificationToken";
        });
        services.AddOptions<FormOptions>().Configure<Microsoft.Extensions.Options.IOptions<EvidenceOptions>>((form, evidence) =>
        {
            // Each part may be as large as a whole report; per-file limits give a clearer message after reading.
            form.MultipartBodyLengthLimit = evidence.Value.MaxReportBytes + UploadLimits.FormOverheadBytes;
            form.ValueCountLimit = 512;
        });
        services.AddProblemDetails();

        // A stalled or trickling body is cut off; the grace period and low rate still let a slow phone finish.
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>().Configure<Microsoft.Extensions.Options.IOptions<RequestOptions>>((kestrel, requests) =>
            kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(
                requests.Value.MinBodyBytesPerSecond, TimeSpan.FromSeconds(requests.Value.MinBodyRateGraceSeconds)));
        return services;
    }
}
