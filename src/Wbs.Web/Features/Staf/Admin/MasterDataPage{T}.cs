using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wbs.Web.Data;
using Wbs.Web.Domain;
using Wbs.Web.Security;

namespace Wbs.Web.Features.Staf.Admin;

/// <summary>
/// An ordered list an admin keeps (violation types, units): add, rename, activate/deactivate and move. Entries are
/// never deleted, because reports refer to them; a deactivated entry disappears from the reporter's form only.
/// </summary>
public abstract class MasterDataPage<T>(WbsDbContext db, AuditLog audit) : MasterDataPage where T : class, IMasterItem
{
    protected abstract string AuditSubject { get; }

    protected abstract T Create(string name, int sortOrder);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(string? name, CancellationToken ct)
    {
        var items = await db.Set<T>().ToListAsync(ct);
        if (Validate(name, items, null) is { } error)
        {
            return await RefuseAsync(error, ct);
        }

        var item = Create(name!.Trim(), items.Count == 0 ? 1 : items.Max(i => i.SortOrder) + 1);
        db.Set<T>().Add(item);
        return await SaveAsync($"ditambah: {item.Name}", $"{Capitalized} \"{item.Name}\" ditambahkan.", ct);
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken ct)
    {
        var items = await db.Set<T>().ToListAsync(ct);
        var item = items.SingleOrDefault(i => i.Id == id);
        if (item is null)
        {
            return NotFound();
        }

        if (Validate(name, items, item) is { } error)
        {
            return await RefuseAsync(error, ct);
        }

        var before = item.Name;
        item.Name = name!.Trim();
        return await SaveAsync($"diubah: {before} -> {item.Name}", $"\"{before}\" diubah menjadi \"{item.Name}\".", ct);
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, CancellationToken ct)
    {
        var item = await db.Set<T>().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return NotFound();
        }

        item.IsActive = !item.IsActive;
        var state = item.IsActive ? "diaktifkan" : "dinonaktifkan";
        return await SaveAsync($"{state}: {item.Name}", $"\"{item.Name}\" {state}.", ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string? direction, CancellationToken ct)
    {
        var items = await db.Set<T>().OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToListAsync(ct);
        var index = items.FindIndex(i => i.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        var other = direction == "naik" ? index - 1 : index + 1;
        if (other < 0 || other >= items.Count)
        {
            return RedirectToPage();
        }

        (items[index], items[other]) = (items[other], items[index]);
        for (var i = 0; i < items.Count; i++)
        {
            items[i].SortOrder = i + 1;
        }

        var moved = items[other];
        return await SaveAsync($"urutan: {moved.Name} ke posisi {other + 1}", $"\"{moved.Name}\" dipindah ke urutan {other + 1}.", ct);
    }

    private string Capitalized => char.ToUpperInvariant(Noun[0]) + Noun[1..];

    private string? Validate(string? name, List<T> items, T? self)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return $"Nama {Noun} wajib diisi.";
        }

        if (trimmed.Length > MaxNameLength)
        {
            return $"Nama {Noun} paling panjang {MaxNameLength} karakter.";
        }

        return items.Any(i => i != self && string.Equals(i.Name.Trim(), trimmed, StringComparison.OrdinalIgnoreCase))
            ? $"{Capitalized} \"{trimmed}\" sudah ada."
            : null;
    }

    private async Task<IActionResult> SaveAsync(string detail, string message, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await audit.AppendAsync(StaffAuth.Actor(User).UserName, AuditActions.MasterData, AuditSubject, detail, ct);
        await transaction.CommitAsync(ct);
        Message = message;
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string error, CancellationToken ct)
    {
        ModelState.AddModelError(string.Empty, error);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Items = await db.Set<T>().AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new MasterItemRow(i.Id, i.Name, i.IsActive)).ToListAsync(ct);
}
