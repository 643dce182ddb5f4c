namespace Wbs.Web.Features.Kasus;

/// <summary>
/// The words and addresses in which the reporter's pages of the kinds of report (and with or without an account)
/// differ, so that the sections they share (header, completion form, history, thread, evidence) are written once.
/// </summary>
/// <param name="Address">The page's own address without the number ("/Pengaduan"); evidence downloads go there.</param>
/// <param name="Eyebrow">The small line above the registration number.</param>
/// <param name="ReceiptText">The receipt link's text.</param>
/// <param name="ReceiptAsButton">Whether the receipt is a button below the dates rather than a download link in their line.</param>
/// <param name="CompletionTitle">The completion form's heading.</param>
/// <param name="CompletionIntro">The partial with the kind's own words above that form: who asks, and by when.</param>
/// <param name="Addressee">Who the reporter writes to, in a sentence ("petugas", "UPG").</param>
/// <param name="StaffName">Who a staff message is shown as coming from.</param>
/// <param name="InformationHint">The hint of the completion's text: what the handler usually asks for.</param>
/// <param name="EvidenceTitle">The evidence section's heading ("Berkas bukti"); the completion's file field is named after it.</param>
/// <param name="EvidenceEmptyText">What that section says when there is no file.</param>
/// <param name="EvidenceToChooseAgain">The files the completion's error summary asks to choose again ("berkas bukti").</param>
public sealed record ReporterCaseLabels(
    string Address, string Eyebrow, string ReceiptText, bool ReceiptAsButton, string CompletionTitle, string CompletionIntro,
    string Addressee, string StaffName, string InformationHint, string EvidenceTitle, string EvidenceEmptyText, string EvidenceToChooseAgain);
