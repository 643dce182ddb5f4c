using AngleSharp.Html.Dom;
using Wbs.Tests.Pengaduan;
using Wbs.Tests.Staf;
using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Gratifikasi;

/// <summary>The UPG inbox filters by report type and object type with a plain GET form, keeping the choice in the form and the pager.</summary>
public class GratificationInboxFilterTests(UpgFixture upg) : IClassFixture<UpgFixture>
{
    private static List<string> Numbers(IHtmlDocument inbox) =>
        inbox.QuerySelectorAll("table.inbox-table tbody tr").Select(r => r.GetAttribute("data-number")!).ToList();

    [Fact]
    public async Task Get_Inbox_FiltersByReportTypeAndObjectType()
    {
        var money = await upg.SubmitAsync();
        var refusedFood = GratificationSamples.Draft(UpgFixture.Today);
        refusedFood.ReportType = "penolakan";
        refusedFood.ObjectType = "Makanan";
        var food = await upg.SubmitAsync(refusedFood);

        var refused = Numbers(await upg.Upg.GetPageAsync(UpgPage.Inbox + "?jenis=Penolakan"));
        var received = Numbers(await upg.Upg.GetPageAsync(UpgPage.Inbox + "?jenis=Penerimaan"));
        var foodOnly = Numbers(await upg.Upg.GetPageAsync(UpgPage.Inbox + "?objek=Makanan"));
        var moneyOnly = Numbers(await upg.Upg.GetPageAsync(UpgPage.Inbox + "?objek=Uang"));
        var refusedMoney = Numbers(await upg.Upg.GetPageAsync(UpgPage.Inbox + "?jenis=Penolakan&objek=Uang"));

        Assert.Contains(food.Number, refused);
        Assert.DoesNotContain(money.Number, refused);
        Assert.Contains(money.Number, received);
        Assert.DoesNotContain(food.Number, received);
        Assert.Contains(food.Number, foodOnly);
        Assert.DoesNotContain(money.Number, foodOnly);
        Assert.Contains(money.Number, moneyOnly);
        Assert.DoesNotContain(food.Number, moneyOnly);
        Assert.DoesNotContain(food.Number, refusedMoney);
        Assert.DoesNotContain(money.Number, refusedMoney);
    }

    [Fact]
    public async Task Get_Inbox_KeepsTheTypeChoicesInTheFormAndOffersToClearThem()
    {
        var page = await upg.Upg.GetPageAsync(UpgPage.Inbox + "?jenis=Penolakan&objek=Makanan");

        var form = page.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("Penolakan", form.QuerySelector("select[name=jenis] option[selected]")?.GetAttribute("value"));
        Assert.Equal("Makanan", form.QuerySelector("select[name=objek] option[selected]")?.GetAttribute("value"));
        Assert.Equal("Penolakan gratifikasi", page.Text("label[for=f-jenis] + select option[selected]"));
        Assert.NotNull(page.QuerySelector("a[href='/Staf/Gratifikasi'].button"));
        Assert.Contains("sesuai saringan", page.Text(".result-count"), StringComparison.Ordinal);
    }
}
