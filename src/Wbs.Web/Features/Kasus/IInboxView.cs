namespace Wbs.Web.Features.Kasus;

/// <summary>
/// What the shared inbox partials (<c>_Inbox*.cshtml</c>) read from an inbox page, whichever report kind it lists: the
/// status tiles, the result line, the pager and the deadline cell look and behave the same on every inbox.
/// </summary>
public interface IInboxView
{
    /// <summary>The inbox's own address (<c>/Staf</c>, <c>/Staf/Gratifikasi</c>); tile links and "Hapus saringan" point to it.</summary>
    string InboxPath { get; }

    /// <summary>What one row is called in running text: "pengaduan", "laporan".</summary>
    string RowNoun { get; }

    /// <summary>What the empty list says when nothing is listed at all: "pengaduan", "laporan gratifikasi".</summary>
    string EmptyNoun { get; }

    /// <summary>One tile per status, in the workflow's order.</summary>
    IReadOnlyList<InboxTile> StatusTiles { get; }

    /// <summary>Reports in scope past their deadline, whatever the filter.</summary>
    int OverdueTotal { get; }

    bool OverdueOnly { get; }

    bool IsFiltered { get; }

    /// <summary>Rows matching the filter, over every page.</summary>
    int MatchingTotal { get; }

    int PageNumberShown { get; }

    int PageCount { get; }

    /// <summary>This list's address with one page number changed, filters kept.</summary>
    string PageUrl(int page);

    /// <summary>The pager's link to the next page; null on the last.</summary>
    string? NextPageUrl { get; }

    /// <summary>The pager's link to the previous page; null on the first.</summary>
    string? PreviousPageUrl { get; }
}
