using System.Net;
using AngleSharp.Html.Parser;

namespace Wbs.Tests.Infrastructure;

/// <summary>Drives the HTML forms as a browser would: reads the anti-forgery token from the page and posts it back.</summary>
public static class PageSession
{
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no anti-forgery token.");
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IDictionary<string, string> fields)
    {
        var token = await TokenAsync(client, path);
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    public static async Task SignInAsync(HttpClient client, string username, string password)
    {
        var response = await PostFormAsync(client, "/Akun/Masuk", new Dictionary<string, string>
        {
            ["Input.Username"] = username,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.OK || !response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/Pengaduan", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in failed: {response.StatusCode} at {response.RequestMessage?.RequestUri}");
        }
    }
}
