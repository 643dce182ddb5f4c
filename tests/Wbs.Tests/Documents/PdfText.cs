using System.Net;
using UglyToad.PdfPig;

namespace Wbs.Tests.Documents;

/// <summary>Reads a generated PDF back as a reader would: it must open, and its text is what a person sees.</summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    public static int Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>GETs a PDF download and checks it is one: 200, application/pdf, an attachment with the expected file name.</summary>
    public static async Task<byte[]> DownloadAsync(HttpClient http, string url, string fileName)
    {
        using var response = await http.GetAsync(url);
        return await ReadAsync(response, fileName, $"GET {url}");
    }

    /// <summary>Checks an answer is a PDF download (200, application/pdf, an attachment named <paramref name="fileName"/>) and reads it.</summary>
    public static async Task<byte[]> ReadAsync(HttpResponseMessage response, string fileName, string what = "The request")
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what} answered {(int)response.StatusCode}.");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadAsByteArrayAsync();
    }
}
