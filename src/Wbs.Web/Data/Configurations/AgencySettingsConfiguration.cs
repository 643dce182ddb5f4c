using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class AgencySettingsConfiguration : IEntityTypeConfiguration<AgencySettings>
{
    public void Configure(EntityTypeBuilder<AgencySettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(150);
        builder.Property(s => s.ShortName).HasMaxLength(60);
        builder.Property(s => s.Region).HasMaxLength(150);
        builder.Property(s => s.City).HasMaxLength(80);
        builder.Property(s => s.Address).HasMaxLength(300);
        builder.Property(s => s.ContactLines).HasMaxLength(1000);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.TimeZoneLabel).HasMaxLength(8);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Ignore(s => s.ContactLineList);
    }
}
