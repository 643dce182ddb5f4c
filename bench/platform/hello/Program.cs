// The reference for bench/platform: Kestrel with the default host and one minimal-API endpoint, no middleware, no
// logging per request. What the app's cheapest answers are measured against, on the same machine in the same run.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
app.MapGet("/", () => "Hello, World!");
await app.RunAsync();
