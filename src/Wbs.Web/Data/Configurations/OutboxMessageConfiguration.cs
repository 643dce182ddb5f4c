using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wbs.Web.Domain;
using Wbs.Web.Notifications;

namespace Wbs.Web.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.RecipientRef).HasMaxLength(80);
        builder.Property(m => m.Channel).HasMaxLength(16);
        builder.Property(m => m.RegistrationNumber).HasMaxLength(40);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.DueList).HasMaxLength(DigestList.MaxLength);
        // The sender's question: what is due and not yet sent.
        builder.HasIndex(m => new { m.SentAt, m.Failed, m.NextAttemptAt });
    }
}
