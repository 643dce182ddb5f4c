using Wbs.Web.Security;

namespace Wbs.Web.Cli;

[CliCommand("audit verify", "Memeriksa rantai hash log audit; keluar dengan kode bukan nol dan menyebut entri rusak pertama.",
    English = "Checks the audit log's hash chain; exits non-zero and names the first bad entry.")]
public sealed class AuditVerifyCommand(AuditLog audit) : ICliCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var (checkedCount, problem) = await audit.VerifyAsync(ct);
        if (problem is null)
        {
            Console.WriteLine($"Log audit utuh / audit log intact: {checkedCount} entri diperiksa.");
            return 0;
        }

        await Console.Error.WriteLineAsync($"Log audit RUSAK / audit log BROKEN at entry {problem.Sequence}: {problem.Reason}");
        return 1;
    }
}
