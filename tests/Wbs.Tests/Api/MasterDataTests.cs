using Wbs.Tests.Infrastructure;

namespace Wbs.Tests.Api;

public class MasterDataTests(WbsFactory factory) : IClassFixture<WbsFactory>
{
    [Fact]
    public async Task Get_ViolationTypes_ListsTheElevenSeededTypesInOrder()
    {
        using var api = factory.CreateApiClient();

        var types = await api.GetJsonAsync("/api/v1/violation-types");

        Assert.Equal(
            ["Korupsi", "Suap", "Gratifikasi", "Pungutan Liar", "Pengadaan Barang/Jasa", "Penyalahgunaan Wewenang",
             "Benturan Kepentingan", "Pelanggaran Disiplin ASN", "Pelanggaran Kode Etik", "Pelayanan Publik", "Lainnya"],
            types.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.All(types.EnumerateArray(), t => Assert.Equal(["id", "name"], t.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(11, types.EnumerateArray().Select(t => t.GetProperty("id").GetInt32()).Distinct().Count());
    }

    [Fact]
    public async Task Get_Units_ListsKotaBontangsOpd()
    {
        using var api = factory.CreateApiClient();

        var units = (await api.GetJsonAsync("/api/v1/units")).EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList();

        Assert.True(units.Count >= 25, $"Only {units.Count} units were seeded.");
        Assert.Equal(units.Count, units.Distinct().Count());
        foreach (var unit in new[] { "Sekretariat Daerah", "Inspektorat", "Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan", "Kecamatan Bontang Utara", "Kecamatan Bontang Selatan", "Kecamatan Bontang Barat" })
        {
            Assert.Contains(unit, units);
        }
    }

    [Fact]
    public async Task Restart_OnTheSameDatabase_DoesNotSeedTwice()
    {
        using var api = factory.CreateApiClient();
        var typesBefore = (await api.GetJsonAsync("/api/v1/violation-types")).GetArrayLength();
        var unitsBefore = (await api.GetJsonAsync("/api/v1/units")).GetArrayLength();

        using var restarted = factory.AnotherNode();
        using var again = restarted.CreateApiClient();

        Assert.Equal(typesBefore, (await again.GetJsonAsync("/api/v1/violation-types")).GetArrayLength());
        Assert.Equal(unitsBefore, (await again.GetJsonAsync("/api/v1/units")).GetArrayLength());
    }
}
