using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class InboxCountConfiguration : IEntityTypeConfiguration<InboxCount>
{
    public void Configure(EntityTypeBuilder<InboxCount> builder)
    {
        builder.ToTable("InboxCounts");
        builder.HasKey(c => new { c.Kind, c.Status, c.AssignedToId });
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.Status).HasMaxLength(32);
        builder.Property(c => c.AssignedToId).HasMaxLength(450);
    }
}
