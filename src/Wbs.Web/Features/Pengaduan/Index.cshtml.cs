using Wbs.Web.Features.Kasus;

namespace Wbs.Web.Features.Pengaduan;

public class IndexModel(ReporterComplaints reports) : ReporterIndexPage<ComplaintListItem, ComplaintDetail>(reports, r => r.RegistrationNumber);
