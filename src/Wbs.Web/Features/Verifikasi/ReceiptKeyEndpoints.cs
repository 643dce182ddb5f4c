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

/// <summary>The published key set; <see cref="ReceiptKeySet.Keys"/> oldest first.</summary>
public sealed record ReceiptKeySet(string Algorithm, IReadOnlyList<PublishedReceiptKey> Keys);

/// <summary>One published key: <c>KeyId</c> is the 4-byte id a receipt code carries (hex), <c>PublicKey</c> its SubjectPublicKeyInfo (base64).</summary>
public sealed record PublishedReceiptKey(string Id, string KeyId, DateTime CreatedAt, bool Active, string PublicKey, string PublicKeyPem);
