using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class ReportMessageConfiguration : IEntityTypeConfiguration<ReportMessage>
{
    public void Configure(EntityTypeBuilder<ReportMessage> builder)
    {
        builder.Property(m => m.StaffId).HasMaxLength(450);

        // A message belongs to a complaint or a gratification report, like evidence.
        builder.HasIndex(m => new { m.ReportId, m.At });
    }
}
