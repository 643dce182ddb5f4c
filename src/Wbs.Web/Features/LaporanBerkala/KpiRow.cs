namespace Wbs.Web.Features.LaporanBerkala;

/// <summary>
/// The figures of one group of complaints (all, one channel, one violation type, one unit); every figure is defined in
/// README, "Laporan Berkala". Times are working days; null where no complaint of the group has reached the step.
/// </summary>
public sealed record KpiRow(
    string Name, int Received, int Verified, int FollowedUp, int Forwarded, int Rejected, int Closed, int Proven, int NotProven,
    double? VerificationMedian, int? VerificationP90, double? FeedbackMedian, int? FeedbackP90, double? ClosingMedian, int? ClosingP90,
    int OpenPastDeadline, int OpenPastTimeLimit);
