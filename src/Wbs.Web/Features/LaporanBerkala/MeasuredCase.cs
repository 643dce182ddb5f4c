namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>A case with its working days to verification, first feedback and closing (null: not reached) and whether it is past a service limit now.</summary>
public sealed record MeasuredCase(KpiCase Case, int? VerificationDays, int? FeedbackDays, int? ClosingDays, bool PastTimeLimit);
