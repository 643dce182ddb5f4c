using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class RegistrationCounterConfiguration : IEntityTypeConfiguration<RegistrationCounter>
{
    public void Configure(EntityTypeBuilder<RegistrationCounter> builder)
    {
        builder.HasKey(c => new { c.Prefix, c.Year });
        builder.Property(c => c.Prefix).HasMaxLength(8);
    }
}
