using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class InboxDeadlineCountConfiguration : IEntityTypeConfiguration<InboxDeadlineCount>
{
    public void Configure(EntityTypeBuilder<InboxDeadlineCount> builder)
    {
        builder.ToTable("InboxDeadlineCounts");
        builder.HasKey(c => new { c.Kind, c.Status, c.AssignedToId, c.DueOn });
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.Status).HasMaxLength(32);
        builder.Property(c => c.AssignedToId).HasMaxLength(450);
        // The overdue figure sums the days from today on.
        builder.HasIndex(c => new { c.Kind, c.DueOn });
    }
}
