using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Web.Data;
using Wbs.Web.Infrastructure;

namespace Wbs.StatisticsBench;

/// <summary>Options of the form --name value; --Key=Value arguments are app settings, passed to the app's own registrations.</summary>
internal sealed class BenchOptions
{
    private readonly Dictionary<string, string> named = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Settings { get; } = [];

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('=', StringComparison.Ordinal))
            {
                options.Settings.Add(args[i]);
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                options.named[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unexpected argument {args[i]}.");
            }
        }

        return options;
    }

    public string? Text(string name) => named.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        named.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The app's own services (database, key ring, sealer, accounts) on the settings given, without a web server.</summary>
    public async Task<WebApplication> BuildAppServicesAsync()
    {
        var builder = WebApplication.CreateBuilder([.. Settings]);
        builder.Logging.AddWbsLogging();
        builder.Services.AddWbsOptions(builder.Configuration);
        builder.Services.AddWbsDatabase();
        builder.Services.AddWbsAccounts();
        builder.Services.AddWbsServices(builder.Configuration);
        var app = builder.Build();
        await app.Services.PrepareDatabaseAsync();
        return app;
    }
}
