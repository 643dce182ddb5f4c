using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;
using Wbs.Tests.Security;
using Wbs.Web.Data;
using Wbs.Web.Features.Statistik;

namespace Wbs.Tests.Statistik;

/// <summary>
/// The home page, /statistik and the statistics JSON are served whole from the node's output cache to anonymous
/// visitors, with an ETag and compression; a signed-in reporter always gets their own page, never a cached one.
/// </summary>
public class PublicPageCacheTests
{
    private static readonly string[] Paths = ["/", "/statistik", "/api/v1/statistics"];

    [Fact]
    public async Task PublicPages_CarryAnETag_AnswerNotModified_AndANewOneAfterTheStampMoves()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        foreach (var path in Paths)
        {
            using var first = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var etag = first.Headers.ETag ?? throw new InvalidOperationException($"{path}: no ETag");
            Assert.True(first.Headers.CacheControl is { Public: true, NoCache: true, NoStore: false }, $"{path}: {first.Headers.CacheControl}");

            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(etag);
            using var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Equal(etag, notModified.Headers.ETag);

            await using (var scope = factory.CreateScope())
            {
                await StatisticsStamp.BumpAsync(scope.ServiceProvider.GetRequiredService<WbsDbContext>(), default);
            }

            using var afterChange = new HttpRequestMessage(HttpMethod.Get, path);
            afterChange.Headers.IfNoneMatch.Add(etag);
            using var changed = await client.SendAsync(afterChange);
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.NotEqual(etag, changed.Headers.ETag);
        }
    }

    [Fact]
    public async Task PublicPages_AreCompressed_ForClientsThatAcceptIt_AndPlainForOthers()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        foreach (var path in Paths)
        {
            var plain = await SendAsync(client, path, null);
            Assert.Empty(plain.Response.Content.Headers.ContentEncoding);
            foreach (var encoding in new[] { "br", "gzip" })
            {
                // Twice: the second answer comes from the cache and must still be in the encoding asked for.
                for (var i = 0; i < 2; i++)
                {
                    var compressed = await SendAsync(client, path, encoding);
                    Assert.Equal(encoding, Assert.Single(compressed.Response.Content.Headers.ContentEncoding));
                    Assert.True(compressed.Body.Length < plain.Body.Length / 2, $"{path} {encoding}: {compressed.Body.Length} of {plain.Body.Length} bytes");
                    Assert.Equal(plain.Text, Decompress(compressed.Body, encoding));
                    Assert.Contains("Accept-Encoding", compressed.Response.Headers.Vary);
                }
            }

            Assert.Empty((await SendAsync(client, path, null)).Response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task SignedInReporter_GetsTheirOwnHomePage_NeverTheCachedOne_AndNoOneGetsTheirs()
    {
        using var factory = new WbsFactory();
        using var anonymous = factory.CreateClient();
        using var anonymousFirst = await anonymous.GetAsync("/");
        var anonymousTag = anonymousFirst.Headers.ETag!;

        using var api = factory.CreateClient();
        await ApiReporter.RegisterAsync(api, "kura.kura");
        using var reporter = factory.CreateClient();
        await PageSession.SignInAsync(reporter, "kura.kura", "kata-sandi-rahasia");
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.IfNoneMatch.Add(anonymousTag);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
            using var own = await reporter.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Null(own.Headers.ETag);
            Assert.True(own.Headers.CacheControl?.NoStore, "a signed-in page must not be kept");

            // Its anti-forgery token sits beside personal state: never compressed (BREACH).
            Assert.Empty(own.Content.Headers.ContentEncoding);
            var page = new HtmlParser().ParseDocument(await own.Content.ReadAsStringAsync());
            Assert.NotNull(page.QuerySelector("form[action='/Akun/Keluar'] input[name=__RequestVerificationToken]"));
            Assert.NotNull(page.QuerySelector("a[href='/Pengaduan']"));
        }

        using var anonymousAfter = await anonymous.GetAsync("/");
        var html = await anonymousAfter.Content.ReadAsStringAsync();
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Akun/Keluar", html, StringComparison.Ordinal);
        Assert.Contains("/Akun/Masuk", html, StringComparison.Ordinal);
        Assert.False(anonymousAfter.Headers.Contains("Set-Cookie"));
    }

    /// <summary>Concurrent requests share stamp reads, but none that arrives after a change may be answered from before it.</summary>
    [Fact]
    public async Task ConcurrentRequests_AfterAChange_AllSeeIt()
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();
        var seen = new HashSet<string>();
        for (var round = 0; round < 5; round++)
        {
            // Requests still running from before keep stamp reads in flight while the change lands.
            var earlier = Enumerable.Range(0, 20).Select(_ => client.GetAsync("/api/v1/statistics")).ToList();
            await using (var scope = factory.CreateScope())
            {
                await StatisticsStamp.BumpAsync(scope.ServiceProvider.GetRequiredService<WbsDbContext>(), default);
            }

            var after = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.GetAsync("/api/v1/statistics")));
            var tags = after.Select(r => r.Headers.ETag!.Tag).Distinct().ToList();
            Assert.Single(tags);
            Assert.True(seen.Add(tags[0]), $"round {round}: an ETag from before the change");
            foreach (var response in (await Task.WhenAll(earlier)).Concat(after))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                response.Dispose();
            }
        }
    }

    [Theory]
    [InlineData("/?tahun=2025&x=1")]
    [InlineData("/?tahun=%202025")]
    [InlineData("/statistik?tahun=1999")]
    [InlineData("/api/v1/statistics?year=abc")]
    public async Task NonCanonicalQueries_AreRenderedWithoutTheCache(string url)
    {
        using var factory = new WbsFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoStore, url);
    }

    private static async Task<(HttpResponseMessage Response, byte[] Body, string Text)> SendAsync(HttpClient client, string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response, body, System.Text.Encoding.UTF8.GetString(body));
    }

    private static string Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return reader.ReadToEnd();
    }
}
