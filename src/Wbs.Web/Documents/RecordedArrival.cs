using Wbs.Web.Domain;

namespace Wbs.Web.Documents;

/// <summary>How a complaint recorded by staff arrived, printed on its receipt.</summary>
public sealed record RecordedArrival(ComplaintChannel Channel, DateOnly? ReceivedOn);
