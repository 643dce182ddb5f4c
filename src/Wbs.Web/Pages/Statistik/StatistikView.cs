using Wbs.Web.Statistik;

namespace Wbs.Web.Pages.Statistik;

/// <summary>What the shared figures partial needs: the figures and where the year picker sends the visitor.</summary>
public sealed record StatistikView(StatisticsFigures Figures, string FormAction);
