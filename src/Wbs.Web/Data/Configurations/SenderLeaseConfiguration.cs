using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class SenderLeaseConfiguration : IEntityTypeConfiguration<SenderLease>
{
    public void Configure(EntityTypeBuilder<SenderLease> builder)
    {
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(40);
        builder.HasData(
            new SenderLease { Name = Notifications.OutboxSender.LeaseName, Holder = null, ExpiresAt = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
            new SenderLease { Name = Features.Kasus.Retensi.RetentionJob.LeaseName, Holder = null, ExpiresAt = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}
