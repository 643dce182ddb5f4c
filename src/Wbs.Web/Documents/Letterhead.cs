using Wbs.Web.Infrastructure;

namespace Wbs.Web.Documents;

/// <summary>The agency's heading on every document: region, name, address and contact lines from its settings.</summary>
public static class Letterhead
{
    public static void Draw(PdfLayout layout, AgencyOptions agency, string? marking = null)
    {
        if (marking is not null)
        {
            layout.Paragraph(marking, 8, PdfLayout.Style.Bold);
            layout.Space(2);
        }

        if (!string.IsNullOrWhiteSpace(agency.Region))
        {
            layout.Paragraph(agency.Region.ToUpperInvariant(), 10, PdfLayout.Style.Bold, center: true);
        }

        layout.Paragraph(agency.Name.ToUpperInvariant(), 14, PdfLayout.Style.Bold, center: true);
        if (!string.IsNullOrWhiteSpace(agency.Address))
        {
            layout.Paragraph(agency.Address, 9, center: true);
        }

        foreach (var line in agency.ContactLines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            layout.Paragraph(line, 9, center: true);
        }

        layout.Rule(1.5);
    }
}
