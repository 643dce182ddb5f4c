using Wbs.Web.Domain;

namespace Wbs.Web.Notifications;

/// <summary>
/// The whole of what a notification says: a fixed sentence per kind, the number where allowed, and a link. Nothing
/// else can reach it, because the outbox row it is made from holds nothing else.
/// </summary>
public sealed record NotificationText(Guid Id, NotificationKind Kind, string Subject, string Body, string? Number, string Link)
{
    public static NotificationText For(OutboxMessage message, string? publicBaseUrl)
    {
        var baseUrl = (publicBaseUrl ?? "").TrimEnd('/');
        var forReporter = message.Kind == NotificationKind.ReporterUpdate;
        var gratificationReporter = forReporter && RecipientRefs.IsGratification(message.RecipientRef);
        var link = baseUrl + (gratificationReporter ? "/Gratifikasi" : forReporter ? "/Lacak" : message.Kind is NotificationKind.NewSignIn or NotificationKind.TwoFactorReset ? "/Staf/Masuk" : "/Staf");
        var number = message.RegistrationNumber;
        var (subject, sentence) = message.Kind switch
        {
            NotificationKind.NewReport => ("Laporan baru", "Ada laporan baru dalam lingkup tugas Anda"),
            NotificationKind.Assignment => ("Disposisi", "Sebuah laporan didisposisikan kepada Anda"),
            NotificationKind.ReporterReply => ("Balasan pelapor", "Pelapor mengirim pesan pada laporan"),
            NotificationKind.ReporterCompletion => ("Kelengkapan dari pelapor", "Pelapor melengkapi laporan"),
            NotificationKind.NewSignIn => ("Masuk baru ke akun Anda", "Akun petugas Anda baru saja dipakai untuk masuk. Bila itu bukan Anda, hubungi Admin segera"),
            NotificationKind.TwoFactorReset => ("Autentikator direset", "Autentikator akun petugas Anda direset. Bila itu bukan permintaan Anda, hubungi Admin segera"),
            NotificationKind.DeadlineDigest => ("Ringkasan tenggat", "Laporan berikut tenggatnya dekat atau sudah lewat. Buka di kotak masuk"),
            NotificationKind.ReporterUpdate when gratificationReporter =>
                ("Ada pembaruan pada laporan Anda", "Ada pembaruan pada laporan gratifikasi Anda — masuk ke akun Anda untuk membukanya"),
            NotificationKind.ReporterUpdate => ("Ada pembaruan pada laporan Anda", "Ada pembaruan pada laporan Anda — buka dengan nomor dan kode Anda"),
            _ => ("Pemberitahuan WBS", "Ada pemberitahuan dari WBS"),
        };
        var cases = message.Kind == NotificationKind.DeadlineDigest ? DigestList.Describe(message.DueList) : "";
        var body = sentence + (number is null ? "." : $": {number}.") + "\n\n" + (cases.Length > 0 ? cases + "\n" : "") + link + "\n\n"
            + "Pesan ini tidak memuat isi laporan maupun identitas pelapor. Jangan membalas pesan ini.\n";
        return new NotificationText(message.Id, message.Kind, "[WBS] " + subject + (number is null ? "" : " " + number), body, number, link);
    }
}
