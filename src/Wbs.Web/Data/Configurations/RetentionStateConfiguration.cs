using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class RetentionStateConfiguration : IEntityTypeConfiguration<RetentionState>
{
    public void Configure(EntityTypeBuilder<RetentionState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.RatchetFingerprint).HasMaxLength(64);
    }
}
