using Wbs.Web.Domain;

namespace Wbs.Web.Features.Kasus;

/// <summary>
/// A staff case page as its shared partials see it, whatever the kind of report: the facts they show, the labels the
/// kinds differ in, and the page's own state (what was typed, which form has an error). Implemented by
/// <see cref="StaffCasePage{TDetail}"/>, so that the partials need no type argument.
/// </summary>
public interface IStaffCaseView
{
    StaffCaseLabels Labels { get; }

    StaffCaseFacts Facts { get; }

    /// <summary>The attachment whose "open the original" form has an error, so it is shown open.</summary>
    Guid? OriginalFormWithError { get; }

    string? AlasanAsli { get; }

    string? Pesan { get; }

    string? Catatan { get; }

    string? AlasanTahan { get; }

    /// <summary>The case's retention: its last day, erasure and legal hold.</summary>
    Retensi.CaseRetentionView Retention { get; }

    /// <summary>The status form's shared fields as posted (or empty).</summary>
    StaffStatusInput Ubah { get; }

    /// <summary>The status form's field keys, in the order its error summary lists them.</summary>
    IReadOnlyList<string> StatusErrorKeys { get; }

    /// <summary>How the history names an event of this kind of report.</summary>
    string EventText(ReportEventKind kind);

    string? ErrorOf(string key);

    bool HasErrorsIn(string prefix);
}
