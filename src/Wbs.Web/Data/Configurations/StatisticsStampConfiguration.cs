using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Features.Statistik;

namespace Wbs.Web.Data.Configurations;

public sealed class StatisticsStampConfiguration : IEntityTypeConfiguration<StatisticsStamp>
{
    public void Configure(EntityTypeBuilder<StatisticsStamp> builder)
    {
        builder.ToTable("StatisticsStamps");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
