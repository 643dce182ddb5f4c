namespace Wbs.Web.Domain;

/// <summary>
/// One step in the life of an object kept at the UPG (barang titipan), from receipt until KPK's decision is carried
/// out: where it is, since when, and who handled it. Only ever appended to; the register reads the latest entry.
/// Written by the UPG, so it holds no reporter content.
/// </summary>
public class GiftCustodyEntry
{
    public long Id { get; set; }
    public Guid ReportId { get; set; }
    public CustodyStep Step { get; set; }

    /// <summary>The day the step happened (the agency's date).</summary>
    public DateOnly On { get; set; }

    /// <summary>Where the object is after this step (a room, a safe, "KPK", "diserahkan kepada penerima").</summary>
    public required string Place { get; set; }

    /// <summary>Who handled the object in this step, as the UPG writes it (name and office).</summary>
    public required string HandledBy { get; set; }

    /// <summary>The staff account that recorded the step.</summary>
    public required string RecordedById { get; set; }

    public DateTime RecordedAt { get; set; }
}
