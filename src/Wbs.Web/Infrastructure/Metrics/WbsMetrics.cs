using System.Diagnostics.Metrics;

namespace Wbs.Web.Infrastructure.Metrics;

/// <summary>
/// The app's own instruments (meter "Wbs"). Labels are fixed, small sets of words (kind of report, database
/// system, kind of file, outcome): never a registration number, a user, an address, a path or a user agent.
/// </summary>
public sealed class WbsMetrics
{
    public const string MeterName = "Wbs";

    private readonly Counter<long> submissions;
    private readonly Histogram<double> databaseTime;
    private readonly Histogram<double> cleaningTime;

    public WbsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        submissions = meter.CreateCounter<long>("wbs.submissions", "{report}", "Reports stored (committed), by kind.");
        databaseTime = meter.CreateHistogram<double>("wbs.db.command.duration", "s", "Time of each database command.");
        cleaningTime = meter.CreateHistogram<double>("wbs.evidence.cleaning.duration", "s", "Time of cleaning one evidence file in its worker, by file kind and outcome.");
    }

    /// <param name="kind">"complaint" or "gratification".</param>
    public void Submitted(string kind, int count) =>
        submissions.Add(count, new KeyValuePair<string, object?>("wbs.report.kind", kind));

    public void DatabaseCommand(TimeSpan took, string system, bool failed) =>
        databaseTime.Record(took.TotalSeconds,
            new KeyValuePair<string, object?>("db.system", system),
            new KeyValuePair<string, object?>("wbs.outcome", failed ? "error" : "ok"));

    /// <param name="kind">The file kind by content (jpg, png, pdf, ...), from the fixed list of kinds.</param>
    public void Cleaned(string kind, bool accepted, TimeSpan took) =>
        cleaningTime.Record(took.TotalSeconds,
            new KeyValuePair<string, object?>("wbs.evidence.kind", kind),
            new KeyValuePair<string, object?>("wbs.outcome", accepted ? "cleaned" : "refused"));
}
