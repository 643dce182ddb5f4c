using System.Globalization;
using System.Text;
using Wbs.Web.Infrastructure;

namespace Wbs.Web.Evidence;

/// <summary>
/// <c>Wbs.Web evidence-clean check</c>: starts a real cleaning worker exactly as the server does, from however this
/// program was started (published apphost, <c>dotnet Wbs.Web.dll</c>, <c>dotnet run</c>), has it clean a built-in PDF
/// that names an author, and says whether that worked. Run it once after a deployment; exit code 0 means uploads can
/// be cleaned on this installation.
/// </summary>
public static class CleaningWorkerCheck
{
    public const string Argument = "check";

    private const string Marker = "Pemeriksa Uji Penulis";

    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            var (file, prefix) = CleaningWorker.Locate();
            output.WriteLine($"Pemeriksa berkas: {string.Join(' ', [file, .. prefix, CleaningWorker.Command])} <jenis>");
            var cleaned = new CleaningWorker(new EvidenceOptions()).CleanAsync(FileTypeSniffer.Pdf, SamplePdf(), CancellationToken.None).GetAwaiter().GetResult();
            if (cleaned.Content.AsSpan().IndexOf(Encoding.Latin1.GetBytes(Marker)) >= 0 || cleaned.RemovedMetadata.Count == 0)
            {
                output.WriteLine("Pemeriksa berkas berjalan tetapi metadata PDF uji tidak terhapus.");
                return 1;
            }

            output.WriteLine($"PDF uji dibersihkan oleh pemeriksa berkas: {string.Join(", ", cleaned.RemovedMetadata)}.");
            return 0;
        }
        catch (EvidenceCleaningException ex)
        {
            output.WriteLine($"Pemeriksa berkas tidak dapat dijalankan: {ex.Message}");
            return 1;
        }
    }

    /// <summary>A one-page PDF whose document information names an author.</summary>
    internal static byte[] SamplePdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            $"<< /Author ({Marker}) >>",
        ];
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        offsets.ForEach(o => pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
