namespace Wbs.Web.Features.Kasus;

/// <summary>
/// The words and addresses in which the staff pages of the kinds of report differ, so that the sections they share
/// (header, evidence, thread, history, notes) are written once.
/// </summary>
/// <param name="Address">The page's own address without the number ("/Staf/Pengaduan"); evidence downloads go there.</param>
/// <param name="InboxAddress">Where the breadcrumb leads back to.</param>
/// <param name="InboxName">The breadcrumb's text for it.</param>
/// <param name="Eyebrow">The small line above the registration number.</param>
/// <param name="SubmittedEvent">How the history names the report's submission ("Pengaduan dikirim").</param>
/// <param name="EvidenceTitle">The evidence section's heading.</param>
/// <param name="EvidenceEmptyText">What that section says when there is no file.</param>
/// <param name="StaffAuthor">Who a staff message is shown as coming from ("Petugas", "UPG").</param>
/// <param name="MessageHint">The warning above the message form about what the reporter will read.</param>
/// <param name="StatusNoteHint">The hint of the status form's note for the reporter: when the kind requires it.</param>
public sealed record StaffCaseLabels(
    string Address, string InboxAddress, string InboxName, string Eyebrow, string SubmittedEvent,
    string EvidenceTitle, string EvidenceEmptyText, string StaffAuthor, string MessageHint, string StatusNoteHint);
