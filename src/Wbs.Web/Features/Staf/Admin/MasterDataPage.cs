using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Features.Staf.Admin;

/// <summary>What the shared list view (_MasterList) needs from a master-data page.</summary>
public abstract class MasterDataPage : PageModel
{
    public IReadOnlyList<MasterItemRow> Items { get; protected set; } = [];

    [TempData]
    public string? Message { get; set; }

    public abstract string Title { get; }

    /// <summary>The kind of entry in a sentence, e.g. "jenis pelanggaran".</summary>
    public abstract string Noun { get; }

    public abstract string Intro { get; }

    public abstract int MaxNameLength { get; }
}
