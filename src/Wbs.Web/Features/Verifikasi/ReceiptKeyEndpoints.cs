using Wbs.Web.Security;

namespace Wbs.Web.Features.Verifikasi;

/// <summary>The receipt verification keys at a well-known address, for auditors' scripts and <c>receipt verify --keys</c>.</summary>
public static class ReceiptKeyEndpoints
{
    public const string Path = "/.well-known/wbs-receipt-keys.json";

    public static IEndpointRouteBuilder MapReceiptKeys(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (ReceiptSigningKeys keys) =>
        {
            var active = keys.Signing.Id;
            return Results.Json(new ReceiptKeySet(
                "ECDSA P-256 (secp256r1) over SHA-256; signature r||s (64 bytes); see docs/SECURITY.md",
                [.. keys.All.Select(k => new PublishedReceiptKey(k.Id, Convert.ToHexStringLower(k.KeyId), k.CreatedAt, k.Id == active, Convert.ToBase64String(k.PublicKey), k.PublicKeyPem))]));
        }).ExcludeFromDescription();
        return app;
    }
}
