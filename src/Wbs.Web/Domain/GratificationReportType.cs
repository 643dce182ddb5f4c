namespace Wbs.Web.Domain;

public enum GratificationReportType
{
    Penerimaan,
    Penolakan,
}
