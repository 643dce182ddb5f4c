using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Gratifikasi;

public class IndexModel(ReporterGratifications gratifications)
    : ReporterIndexPage<GratificationListItem, GratificationDetail>(gratifications, r => r.RegistrationNumber);
