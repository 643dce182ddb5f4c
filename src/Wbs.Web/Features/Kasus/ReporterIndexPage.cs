using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wbs.Web.Features.Kasus;

/// <summary>A reporter's list of their own reports of one kind, with the number just submitted confirmed.</summary>
public abstract class ReporterIndexPage<TItem, TDetail>(IReporterCases<TItem, TDetail> cases, Func<TItem, string> number) : PageModel
    where TDetail : class
{
    public List<TItem> Reports { get; private set; } = [];

    /// <summary>The number just submitted, shown only when it is one of this reporter's own.</summary>
    public string? NewNumber { get; private set; }

    public async Task OnGetAsync(string? baru, CancellationToken ct)
    {
        Reports = await cases.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        NewNumber = Reports.Select(number).FirstOrDefault(n => n == baru);
    }
}
