using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wbs.Web.Accounts;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Evidence;
using Wbs.Web.Reports;
using Wbs.Web.Security;
using Wbs.Web.Staff;
using Wbs.Web.Statistik;

namespace Wbs.Web.Infrastructure;

public static class ServiceRegistration
{
    public static IServiceCollection AddWbsOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WbsOptions>(configuration.GetSection(WbsOptions.Section));
        services.Configure<AgencyOptions>(configuration.GetSection(AgencyOptions.Section));
        services.Configure<EvidenceOptions>(configuration.GetSection(EvidenceOptions.Section));
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
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<WbsDbContext>()
            .AddErrorDescriber<IndonesianIdentityErrors>()
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
        });

        // Requests carrying a bearer token are authenticated by it, all others by the cookie.
        services.AddAuthentication(options => options.DefaultAuthenticateScheme = "wbs")
            .AddPolicyScheme("wbs", "Cookie or bearer", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, bearer => bearer.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddStaffCookie();
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicies.Reporter, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser()

                // A staff token is not a reporter: staff work through the staff API only.
                .RequireAssertion(context => !context.User.HasClaim(StaffAuth.StaffClaim, "1")))
            .AddStaffPolicies();
        return services;
    }

    public static IServiceCollection AddWbsServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KeyOptions>(configuration.GetSection(KeyOptions.Section));
        services.AddSingleton<MasterKeyRing>();
        services.AddSingleton<DataKeyCache>();
        services.AddScoped<IContentCipher, EnvelopeCipher>();
        services.AddScoped<ContentSealer>();
        services.AddScoped<AuditLog>();
        services.AddScoped<KeyRotation>();
        services.AddSingleton<EvidenceIntake>();
        services.AddScoped<ReporterAccounts>();
        services.AddScoped<ReportSubmission>();
        services.AddScoped<ReportIntake>();
        services.Configure<DeadlineOptions>(configuration.GetSection(DeadlineOptions.Section));
        services.AddMemoryCache();
        services.AddScoped<Deadlines>();
        services.AddScoped<ReporterActions>();
        services.AddScoped<ReporterReplies>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffReports>();
        services.AddScoped<StaffEvidence>();
        services.AddScoped<InboxExport>();
        services.AddScoped<StaffSignIn>();
        services.AddWbsRateLimits(configuration);
        services.AddScoped<ReporterReports>();
        services.AddScoped<Gratifikasi.GratificationSubmission>();
        services.AddScoped<Gratifikasi.ReporterGratifications>();
        services.AddScoped<Gratifikasi.UpgGratifications>();
        services.AddScoped<Documents.Receipts>();
        services.AddScoped<Documents.KpkForms>();
        services.AddWbsRuntimeSettings();
        services.AddWbsStatistics();
        services.AddScoped<Demo.DemoData>();
        return services;
    }

    /// <summary>Server-rendered pages that work without script; uploads are read by <see cref="UploadReading"/> into sealed buffers.</summary>
    public static IServiceCollection AddWbsWeb(this IServiceCollection services)
    {
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Pengaduan");
            pages.Conventions.AuthorizeFolder("/Gratifikasi");
            pages.Conventions.AuthorizeFolder("/Staf", StaffAuth.Policy);
            pages.Conventions.AuthorizeFolder("/Staf/Admin", StaffAuth.AdminPolicy);
            pages.Conventions.AuthorizeFolder("/Staf/Gratifikasi", StaffAuth.UpgPolicy);
            pages.Conventions.AllowAnonymousToPage("/Staf/Masuk");
            pages.Conventions.AllowAnonymousToPage("/Staf/Autentikator");
            pages.Conventions.AllowAnonymousToPage("/Staf/Ditolak");
        }).AddMvcOptions(mvc => mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
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

public static class ApiPolicies
{
    public const string Reporter = "api-reporter";
}
