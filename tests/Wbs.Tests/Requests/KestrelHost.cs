using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Requests;

/// <summary>
/// The app on real Kestrel on a loopback port, with a signed-in reporter on both paths (cookie for pages, token for
/// the API), for what the in-memory server cannot show: chunked framing, short bodies, stalls.
/// </summary>
public sealed class KestrelHost : IAsyncLifetime
{
    private readonly CookieContainer cookies = new();

    public WbsFactory Factory { get; } = new();

    public Uri Address { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Factory.Settings["Wbs:Requests:BodyIdleSeconds"] = "2";
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        using var browser = new PageClient(new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Address });
        await browser.RegisterAsync();
        using var api = new ApiClient(new HttpClient { BaseAddress = Address });
        await api.SignUpAsync();
        Token = api.AccessToken!;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The request head for a POST to a page (cookie) or to the API (bearer token).</summary>
    public string Head(string path, string contentType, string framing) =>
        $"POST {path} HTTP/1.1\r\nHost: {Address.Authority}\r\nContent-Type: {contentType}\r\n{framing}\r\n"
        + (path.StartsWith("/api", StringComparison.Ordinal) ? $"Authorization: Bearer {Token}\r\n" : $"Cookie: {cookies.GetCookieHeader(Address)}\r\n")
        + "\r\n";

    /// <summary>Sends raw bytes and reads the answer until it is complete, the server closes or the time is up.</summary>
    public async Task<RawAnswer> SendAsync(byte[] request, TimeSpan? wait = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request);

        return await RawAnswer.ReadAsync(stream, wait ?? TimeSpan.FromSeconds(20));
    }
}

/// <summary>What came back on a raw connection: the status and the text after the head, with how long it took.</summary>
public sealed record RawAnswer(int Status, string Head, string Body, TimeSpan Took)
{
    public static async Task<RawAnswer> ReadAsync(Stream stream, TimeSpan wait)
    {
        var started = DateTime.UtcNow;
        using var timeout = new CancellationTokenSource(wait);
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
                if (Complete(received))
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // A reset after the answer, or no answer in time; what was read is the result.
        }

        var text = Encoding.UTF8.GetString(received.ToArray());
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headEnd < 0 ? text : text[..headEnd];
        var status = head.Length >= 12 && int.TryParse(head.AsSpan(9, 3), out var code) ? code : 0;
        return new RawAnswer(status, head, headEnd < 0 ? "" : text[(headEnd + 4)..], DateTime.UtcNow - started);
    }

    // Enough to assert on: the head and a body as long as Content-Length says (chunked answers end with 0\r\n\r\n).
    private static bool Complete(MemoryStream received)
    {
        var text = Encoding.UTF8.GetString(received.ToArray());
        var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headEnd < 0)
        {
            return false;
        }

        var lengthLine = text[..headEnd].Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return lengthLine is not null
            ? Encoding.UTF8.GetByteCount(text[(headEnd + 4)..]) >= int.Parse(lengthLine[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
    }
}
