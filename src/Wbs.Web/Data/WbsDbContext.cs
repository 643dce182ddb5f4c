using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Domain;

namespace Wbs.Web.Data;

/// <summary>The application's data. Provider-specific subclasses exist only to keep a migration set per provider.</summary>
public abstract class WbsDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();
    public DbSet<GratificationReport> GratificationReports => Set<GratificationReport>();
    public DbSet<GratificationEvent> GratificationEvents => Set<GratificationEvent>();
    public DbSet<GiftCustodyEntry> GiftCustody => Set<GiftCustodyEntry>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentBlob> AttachmentBlobs => Set<AttachmentBlob>();
    public DbSet<ViolationType> ViolationTypes => Set<ViolationType>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<RegistrationCounter> RegistrationCounters => Set<RegistrationCounter>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<DataKey> DataKeys => Set<DataKey>();
    public DbSet<KeyRingState> KeyRingStates => Set<KeyRingState>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();
    public DbSet<ReportMessage> ReportMessages => Set<ReportMessage>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<AgencySettings> AgencySettings => Set<AgencySettings>();
    public DbSet<AnonymousAccess> AnonymousAccesses => Set<AnonymousAccess>();
    public DbSet<SubmissionKey> SubmissionKeys => Set<SubmissionKey>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<NotificationContact> NotificationContacts => Set<NotificationContact>();
    public DbSet<SenderLease> SenderLeases => Set<SenderLease>();
    public DbSet<RetentionSettings> RetentionSettings => Set<RetentionSettings>();
    public DbSet<RetentionState> RetentionStates => Set<RetentionState>();
    public DbSet<HandoverPackage> HandoverPackages => Set<HandoverPackage>();
    public DbSet<CaseLink> CaseLinks => Set<CaseLink>();
    public DbSet<InboxCount> InboxCounts => Set<InboxCount>();
    public DbSet<InboxDeadlineCount> InboxDeadlineCounts => Set<InboxDeadlineCount>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WbsDbContext).Assembly);
    }

    // Every save of a case row gives it a new version, so a save based on an older read of it fails (CaseVersions).
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CaseVersions.Stamp(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CaseVersions.Stamp(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; the agency's time zone is applied only when displaying or bucketing.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
