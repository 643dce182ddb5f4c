using Wbs.Web.Evidence;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// A reporter's page of one report as its shared partials see it, whatever the kind: the facts they show, the words
/// the kinds and pages differ in, and the page's own state (what was typed, which field has an error). Implemented by
/// <see cref="ReporterDetailPage{TItem, TDetail}"/>, so that the partials need no type argument.
/// </summary>
public interface IReporterCaseView
{
    ReporterCaseLabels Labels { get; }

    ReporterCaseFacts Facts { get; }

    /// <summary>Where this report's receipt is downloaded.</summary>
    string ReceiptAddress { get; }

    /// <summary>What the last action left to say ("Pesan Anda terkirim …"), or null.</summary>
    string? Notice { get; }

    /// <summary>When the content was erased on schedule (null: it was not).</summary>
    DateTime? ErasedAt { get; }

    string? Pesan { get; }

    string? Informasi { get; }

    EvidenceIntake Evidence { get; }

    /// <summary>Why the completion's files were refused, one line each.</summary>
    IReadOnlyList<string> FileErrors { get; }

    string? ErrorOf(string key);
}
