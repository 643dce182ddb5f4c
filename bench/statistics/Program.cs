using Wbs.StatisticsBench;

// bench fill --reports N [--Key=Value settings as for the app]
// bench measure --url http://127.0.0.1:PORT [--seconds S] [--concurrency C] [--cold K] [settings]
// bench kpi [--runs R] [settings]: times the Laporan Berkala figures (and its xlsx and PDF) for last year and a quarter
// bench retention --expire N [settings]: closes N reports as Ditolak with their last day behind, then times one retention run
// bench signin --url http://127.0.0.1:PORT --username NAME --password P [settings]: prints a signed-in staff cookie
// bench drop [settings]: removes the PostgreSQL database named in ConnectionStrings:Wbs
if (args.Length == 0 || args[0] is not ("fill" or "measure" or "drop" or "kpi" or "retention" or "signin"))
{
    Console.Error.WriteLine("Usage: StatisticsBench fill --reports N [--Wbs:DatabaseProvider=Postgres --ConnectionStrings:Wbs=... --Wbs:DataFolder=...]");
    Console.Error.WriteLine("       StatisticsBench kpi [--runs 5] [same settings]");
    Console.Error.WriteLine("       StatisticsBench measure --url http://127.0.0.1:PORT [--seconds 10] [--concurrency 8] [--cold 20] [same settings]");
    return 2;
}

var options = BenchOptions.Parse(args.Skip(1).ToArray());
return args[0] switch
{
    "fill" => await Filler.RunAsync(options),
    "drop" => await Databases.DropPostgresAsync(options),
    "kpi" => await KpiMeasurer.RunAsync(options),
    "retention" => await RetentionMeasurer.RunAsync(options),
    "signin" => await InboxStaff.SignInAsync(options),
    _ => await Measurer.RunAsync(options),
};
