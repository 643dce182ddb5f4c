using Microsoft.Extensions.DependencyInjection;
using Wbs.Web.Evidence;
using Wbs.Web.Features.Gratifikasi;

namespace Wbs.Tests.Infrastructure;

/// <summary>Gratification reports as tests need them: a valid draft (every field replaceable) and a direct submission.</summary>
public static class GratificationSamples
{
    public const string FullName = "Rahmawati Saputri";
    public const string Nik = "6474015512880003";
    public const string Nip = "198812152010012003";
    public const string PhoneNumber = "081255501234";

    /// <summary>A gift received ten days before <paramref name="today"/> (2026-11-16 when not given), every field filled.</summary>
    public static GratificationDraft Draft(DateOnly? today = null) => new()
    {
        ReportType = "penerimaan",
        FullName = FullName,
        Nik = Nik,
        Nip = Nip,
        Position = "Penata Muda / Analis Perizinan",
        Unit = "Bidang Perizinan",
        Institution = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        PhoneNumber = PhoneNumber,
        Email = "rahma.contoh@example.org",
        Address = "Jl. Brigjend Katamso No. 7, Bontang",
        GiverName = "PT Sinar Kaltim Abadi",
        GiverOccupation = "Kontraktor pengadaan",
        GiverAddress = "Jl. Ahmad Yani, Bontang",
        GiverPhone = "0548 41234",
        Relationship = "penyedia-atau-penerima-layanan",
        Occasion = "terkait-tugas",
        ObjectType = "uang",
        ObjectDescription = "Amplop berisi uang tunai pecahan Rp100.000",
        EstimatedValue = "2.500.000",
        ReceivedDate = (today ?? new DateOnly(2026, 11, 26)).AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ReceivedPlace = "Ruang kerja, kantor DPMPTSP",
        ObjectLocation = "dititipkan-di-upg",
        Chronology = "Setelah izin terbit, perwakilan perusahaan datang dan meninggalkan amplop di meja saya.",
    };

    /// <summary>Submits straight through the service (no page, no API) for a reporter that already exists.</summary>
    public static async Task<SubmittedGratification> SubmitAsync(
        IServiceProvider services, string reporterId, GratificationDraft? draft = null, IReadOnlyList<IncomingFile>? files = null)
    {
        await using var scope = services.CreateAsyncScope();
        var submission = scope.ServiceProvider.GetRequiredService<GratificationSubmission>();
        var result = await submission.SubmitAsync(reporterId, draft ?? Draft(), files ?? [], CancellationToken.None);
        return result.Value ?? throw new InvalidOperationException("Sample gratification refused: " + string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
    }
}
