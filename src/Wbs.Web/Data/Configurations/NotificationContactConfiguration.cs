using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class NotificationContactConfiguration : IEntityTypeConfiguration<NotificationContact>
{
    public void Configure(EntityTypeBuilder<NotificationContact> builder)
    {
        builder.HasKey(c => c.OwnerRef);
        builder.Property(c => c.OwnerRef).HasMaxLength(80);
    }
}
