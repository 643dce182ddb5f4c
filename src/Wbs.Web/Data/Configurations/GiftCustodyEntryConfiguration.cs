using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class GiftCustodyEntryConfiguration : IEntityTypeConfiguration<GiftCustodyEntry>
{
    public void Configure(EntityTypeBuilder<GiftCustodyEntry> builder)
    {
        builder.Property(e => e.Step).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Place).HasMaxLength(200);
        builder.Property(e => e.HandledBy).HasMaxLength(200);
        builder.Property(e => e.RecordedById).HasMaxLength(450);
        builder.HasOne<GratificationReport>().WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ReportId, e.Id });
    }
}
