using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class KeyRingStateConfiguration : IEntityTypeConfiguration<KeyRingState>
{
    public void Configure(EntityTypeBuilder<KeyRingState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ActiveMasterKeyId).HasMaxLength(64);
    }
}
