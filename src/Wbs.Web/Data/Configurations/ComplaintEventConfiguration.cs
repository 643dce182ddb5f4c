using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class ComplaintEventConfiguration : IEntityTypeConfiguration<ComplaintEvent>
{
    public void Configure(EntityTypeBuilder<ComplaintEvent> builder)
    {
        builder.ToTable("ReportEvents");
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(e => new { e.ReportId, e.At });
    }
}
