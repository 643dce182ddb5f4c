namespace Wbs.Web.Features.Kasus;

/// <summary>The limits every kind of report shares, checked in one place for staff and reporters alike.</summary>
public static class CaseLimits
{
    public const int MessageLength = 5000;
    public const int NoteLength = 5000;
    public const int ReasonMinimum = 10;
    public const int ReasonStored = 1000;
    public const int InformationLength = 20000;

    public static Outcome CheckMessage(string? body) =>
        string.IsNullOrWhiteSpace(body) || body.Length > MessageLength
            ? Outcome.Invalid("message", "Pesan wajib diisi (paling banyak 5.000 karakter).")
            : Outcome.Ok;

    public static Outcome CheckNote(string? note) =>
        string.IsNullOrWhiteSpace(note) || note.Length > NoteLength
            ? Outcome.Invalid("note", "Catatan internal wajib diisi (paling banyak 5.000 karakter).")
            : Outcome.Ok;

    /// <param name="what">What the reason opens, as the message names it ("berkas asli", "nomor HP pelapor").</param>
    public static Outcome CheckReason(string? reason, string what) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < ReasonMinimum
            ? Outcome.Invalid("reason", $"Tuliskan alasan membuka {what} (sedikitnya 10 karakter).")
            : Outcome.Ok;

    /// <summary>The reason as the audit log keeps it: trimmed, and cut so one entry stays small.</summary>
    public static string Stored(string reason)
    {
        var why = reason.Trim();
        return why.Length <= ReasonStored ? why : why[..ReasonStored];
    }
}
