using Wbs.Web.Security;

namespace Wbs.Web.Features.Verifikasi;

/// <summary>The published key set; <see cref="ReceiptKeySet.Keys"/> oldest first.</summary>
public sealed record ReceiptKeySet(string Algorithm, IReadOnlyList<PublishedReceiptKey> Keys);
