using Wbs.Web.Domain;

namespace Wbs.Web.Features.Gratifikasi;

public sealed record RegisterStep(CustodyStep Step, DateOnly On, string Place, string HandledBy, string RecordedBy);
