using System.Text;

namespace Wbs.Tests.Requests;

/// <summary>Every way an upload body can be broken gets a 400 (or 408) that names what is wrong, on pages and the API, through real Kestrel.</summary>
public class BrokenUploadTests(KestrelHost host) : IClassFixture<KestrelHost>
{
    private const string Multipart = "multipart/form-data; boundary=batas";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/Pengaduan/Tambah", "/api/v1/reports" })
        {
            foreach (var broken in new[] { "missing-closing", "wrong-closing", "bad-chunk", "short-length", "no-boundary", "empty-boundary", "too-many-fields", "giant-name", "giant-headers" })
            {
                data.Add(path, broken);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BrokenBody_Answers400NamingWhatIsWrong(string path, string broken)
    {
        var field = Part("title", "Judul pengaduan");
        var (contentType, body, expected) = broken switch
        {
            "missing-closing" => (Multipart, field, "batas penutup"),
            "wrong-closing" => (Multipart, field + "--lain--\r\n", "batas penutup"),
            "no-boundary" => ("multipart/form-data", field + "--batas--\r\n", "boundary"),
            "empty-boundary" => ("multipart/form-data; boundary=", field + "--batas--\r\n", "boundary"),
            "too-many-fields" => (Multipart, string.Concat(Enumerable.Range(0, 600).Select(i => Part("f" + i, "x"))) + "--batas--\r\n", "terlalu banyak isian"),
            "giant-name" => (Multipart, Part(new string('n', 5000), "x") + "--batas--\r\n", "nama isian"),
            "giant-headers" => (Multipart, $"--batas\r\nContent-Disposition: form-data; name=\"title\"\r\nX-Isi: {new string('h', 20_000)}\r\n\r\nx\r\n--batas--\r\n", "kepala"),
            "bad-chunk" => (Multipart, field + "--batas--\r\n", "chunked"),

            // A Content-Length shorter than the body ends the form before its closing boundary.
            _ => (Multipart, field + field + "--batas--\r\n", "batas penutup"),
        };
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = broken switch
        {
            "bad-chunk" => Encoding.ASCII.GetBytes(host.Head(path, contentType, "Transfer-Encoding: chunked") + "zz\r\n" + body + "\r\n0\r\n\r\n"),
            "short-length" => [.. Encoding.ASCII.GetBytes(host.Head(path, contentType, $"Content-Length: {bytes.Length - 30}")), .. bytes],
            _ => [.. Encoding.ASCII.GetBytes(host.Head(path, contentType, $"Content-Length: {bytes.Length}")), .. bytes],
        };

        var answer = await host.SendAsync(request);

        Assert.True(answer.Status == 400, $"{broken} on {path} answered {answer.Status}: {answer.Head}\n{answer.Body}");
        Assert.Contains(expected, answer.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(path.StartsWith("/api", StringComparison.Ordinal) ? "application/problem+json" : "text/html", answer.Head);
    }

    [Theory]
    [InlineData("/Pengaduan/Tambah")]
    [InlineData("/api/v1/reports")]
    public async Task Post_BodyThatStalls_IsCutOffWith408(string path)
    {
        var half = Encoding.UTF8.GetBytes(Part("title", "Judul pengaduan") + "--batas\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nsetengah");
        var request = Encoding.ASCII.GetBytes(host.Head(path, Multipart, "Content-Length: 100000")).Concat(half).ToArray();

        var answer = await host.SendAsync(request, wait: TimeSpan.FromSeconds(30));

        Assert.True(answer.Status == 408, $"stall on {path} answered {answer.Status} after {answer.Took}: {answer.Head}");
        Assert.Contains("terhenti", answer.Body, StringComparison.OrdinalIgnoreCase);
        Assert.True(answer.Took < TimeSpan.FromSeconds(15), $"cut off only after {answer.Took}");
    }

    private static string Part(string name, string value) =>
        $"--batas\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";
}
