using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Tests.Security;

/// <summary>Reads what staff typed into an audit entry the way an authorised audit view does: sealed in the row, opened here.</summary>
public static class AuditNotes
{
    /// <summary>The opened note, after asserting it does not sit in the row in plain text.</summary>
    public static async Task<string?> OpenAsync(WbsFactory factory, AuditEntry entry, string typed)
    {
        Assert.DoesNotContain(typed, entry.Detail ?? "", StringComparison.Ordinal);
        Assert.NotNull(entry.SealedNote);
        Assert.DoesNotContain(typed, System.Text.Encoding.UTF8.GetString(entry.SealedNote), StringComparison.Ordinal);
        await using var scope = factory.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AuditLog>().OpenNote(entry);
    }
}
