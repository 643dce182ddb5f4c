using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;

namespace Wbs.Web.Data.Configurations;

public sealed class SubmissionKeyConfiguration : IEntityTypeConfiguration<SubmissionKey>
{
    public void Configure(EntityTypeBuilder<SubmissionKey> builder)
    {
        // The primary key is what makes two concurrent submissions with one key store a single report.
        builder.HasKey(k => k.KeyHash);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.HasIndex(k => k.CreatedAt);
    }
}
