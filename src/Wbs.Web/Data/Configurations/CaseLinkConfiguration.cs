using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class CaseLinkConfiguration : IEntityTypeConfiguration<CaseLink>
{
    public void Configure(EntityTypeBuilder<CaseLink> builder)
    {
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.CreatedById).HasMaxLength(450);

        // One link per pair and direction; the service also refuses the reverse of an existing pair.
        builder.HasIndex(l => new { l.ReportId, l.OtherReportId }).IsUnique();
        builder.HasIndex(l => l.OtherReportId);
    }
}
