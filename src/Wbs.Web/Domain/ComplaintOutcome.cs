namespace Wbs.Web.Domain;

public enum ComplaintOutcome
{
    Terbukti,
    TidakTerbukti,
}
