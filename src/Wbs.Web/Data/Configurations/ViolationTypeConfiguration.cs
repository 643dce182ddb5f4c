using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class ViolationTypeConfiguration : IEntityTypeConfiguration<ViolationType>
{
    public void Configure(EntityTypeBuilder<ViolationType> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.HasIndex(v => v.Name).IsUnique();
    }
}
