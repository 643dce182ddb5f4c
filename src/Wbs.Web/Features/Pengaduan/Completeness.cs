namespace Wbs.Web.Features.Pengaduan;

/// <summary>Which of the six 5W+1H questions a draft answers; the server's view, which script only previews.</summary>
public sealed record Completeness(bool What, bool Who, bool Where, bool When, bool Why, bool How)
{
    public static Completeness Of(ComplaintDraft input) => new(
        What: input.ViolationTypeId is not null && !string.IsNullOrWhiteSpace(input.Title) && !string.IsNullOrWhiteSpace(input.Description),
        Who: input.ReportedPersons.Any(p => !string.IsNullOrWhiteSpace(p.Name)),
        Where: !string.IsNullOrWhiteSpace(input.Location),
        When: !string.IsNullOrWhiteSpace(input.IncidentDate),
        Why: !string.IsNullOrWhiteSpace(input.Why),
        How: !string.IsNullOrWhiteSpace(input.How));

    public int Count => new[] { What, Who, Where, When, Why, How }.Count(x => x);
}
