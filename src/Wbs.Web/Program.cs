using Wbs.Web.Api;
using Wbs.Web.Cli;
using Wbs.Web.Data;
using Wbs.Web.Evidence;
using Wbs.Web.Infrastructure;

// A worker cleaning one untrusted file: no host, no settings, no database, no keys.
if (CleaningWorkerProgram.IsWorker(args))
{
    return CleaningWorkerProgram.Run(args);
}

// Help needs no settings, data folder, database or keys.
if (CliHelp.IsAsked(args))
{
    return CliHelp.Write(Console.Out, args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = CommandLine.HostArgs(args),
    ContentRootPath = ContentRoot.ForPublishedBuild(),
});

// Logs never carry report content or anything that fingerprints a reporter.
builder.Logging.AddWbsLogging();

// Settings, the database, accounts, pages and the API, each grouped with its reason.
builder.Services.AddWbsOptions(builder.Configuration);
builder.Services.AddWbsDatabase();
builder.Services.AddWbsAccounts();
builder.Services.AddWbsServices(builder.Configuration);
builder.Services.AddWbsWeb();
builder.Services.AddWbsApi();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// Run from a build folder (bin/Release) outside Development, the compressed copies of the static files still live in
// obj/: without this their endpoints would answer empty bodies. A published folder has no such map and is unaffected.
builder.WebHost.UseStaticWebAssets();

var app = builder.Build();

// "backup restore" needs the database still empty, and "backup verify" leaves it alone.
if (CommandLine.RunsBeforeDatabase(args))
{
    return await CommandLine.RunAsync(app.Services, args);
}

await app.Services.PrepareDatabaseAsync();

// "dotnet run -- demo-data" and the other commands use the same services, then exit without serving.
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app.Services, args);
}

app.UseWbsPipeline();
app.MapWbsEndpoints();

await app.RunAsync();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
