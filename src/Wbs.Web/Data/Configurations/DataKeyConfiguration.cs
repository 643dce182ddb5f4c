using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class DataKeyConfiguration : IEntityTypeConfiguration<DataKey>
{
    public void Configure(EntityTypeBuilder<DataKey> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.MasterKeyId).HasMaxLength(64);
        builder.HasIndex(k => k.MasterKeyId);
    }
}
