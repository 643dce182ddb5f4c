using Wbs.Web.Security;

namespace Wbs.Web.Features.Verifikasi;

/// <summary>One published key: <c>KeyId</c> is the 4-byte id a receipt code carries (hex), <c>PublicKey</c> its SubjectPublicKeyInfo (base64).</summary>
public sealed record PublishedReceiptKey(string Id, string KeyId, DateTime CreatedAt, bool Active, string PublicKey, string PublicKeyPem);
