namespace Wbs.Web.Domain;

/// <summary>A report with a registration number; its <see cref="Year"/> is the local year of submission.</summary>
public interface INumberedReport
{
    int Year { get; }
}
