using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Infrastructure;
using Wbs.Web.Security;
using Wbs.Web.Features.Staf;

namespace Wbs.Web.Cli;

/// <summary>
/// <c>staff add --username NAME --role ROLE[,ROLE] --password-stdin</c>: creates a staff account (the first admin
/// included) and prints the otpauth:// address to enrol the authenticator. The password comes from standard input
/// so it never appears in the shell's history or the process list.
/// </summary>
public static class StaffAddCommand
{
    public const string Usage = "Pemakaian / usage: staff add --username NAMA --role PERAN[,PERAN] --password-stdin [--email ALAMAT]  (peran / roles: "
        + "Verifikator, Inspektur, UPG, Admin)";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        // Accepts the words after "staff add" or the whole command line.
        var words = args.SkipWhile(a => a is "staff" or "add").ToList();
        string? username = null;
        string? roles = null;
        string? email = null;
        var passwordFromInput = false;
        for (var i = 0; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "--username" when i + 1 < words.Count:
                    username = words[++i];
                    break;
                case "--role" or "--roles" when i + 1 < words.Count:
                    roles = words[++i];
                    break;
                case "--email" when i + 1 < words.Count:
                    email = words[++i];
                    break;
                case "--password-stdin":
                    passwordFromInput = true;
                    break;
                default:
                    await output.WriteLineAsync($"Argumen tidak dikenal / unknown argument: {words[i]}");
                    await output.WriteLineAsync(Usage);
                    return 2;
            }
        }

        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(roles) || !passwordFromInput)
        {
            await output.WriteLineAsync("Nama pengguna, peran, dan --password-stdin wajib / username, role and --password-stdin are required.");
            await output.WriteLineAsync(Usage);
            return 2;
        }

        if (email is not null && !Notifications.NotificationContacts.IsAddress(email))
        {
            await output.WriteLineAsync("Alamat email tidak sah / invalid email address.");
            return 2;
        }

        var password = (await input.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("Kata sandi kosong: kirim kata sandi lewat masukan standar / empty password: pipe the password to standard input.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<AgencySettingsStore>().RefreshAsync(ct);
        var db = provider.GetRequiredService<WbsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await provider.GetRequiredService<StaffAccounts>().CreateAsync(username, roles.Split(','), password);
        if (created.User is not { } user)
        {
            await output.WriteLineAsync("Akun petugas tidak dibuat / staff account not created:");
            foreach (var error in created.Errors)
            {
                await output.WriteLineAsync("  - " + error);
            }

            return 1;
        }

        if (email is not null)
        {
            // Sealed under the member's own key; what they receive starts from their roles' defaults.
            var roleList = roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await provider.GetRequiredService<Notifications.NotificationContacts>().SetAsync(
                Notifications.RecipientRefs.User(user.Id), email, Notifications.NotificationContacts.StaffDefaults(roleList), includeNumber: true, ct);
            await db.SaveChangesAsync(ct);
        }

        await provider.GetRequiredService<AuditLog>().AppendAsync("baris-perintah", AuditActions.StaffAccount, "petugas:" + user.UserName,
            "dibuat; peran " + string.Join(",", roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), ct);
        await transaction.CommitAsync(ct);
        await output.WriteLineAsync($"Akun petugas {user.UserName} dibuat / staff account created.");
        await output.WriteLineAsync("Pindai alamat ini dengan aplikasi autentikator / add this to an authenticator app:");
        await output.WriteLineAsync(created.OtpAuthUri);
        await output.WriteLineAsync("Saat pertama masuk, petugas wajib mengganti kata sandi ini dengan kata sandi sendiri / "
            + "at the first sign-in the member must replace this password with their own.");
        return 0;
    }
}
