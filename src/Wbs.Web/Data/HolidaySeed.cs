using Wbs.Web.Domain;

namespace Wbs.Web.Data;

/// <summary>
/// Indonesia's national holidays and cuti bersama for 2026 and 2027, as the joint ministerial decree (SKB) sets them.
/// Dates of lunar holidays for 2027 are the government's projection: an admin checks them against the year's SKB.
/// </summary>
public static class HolidaySeed
{
    public static readonly (string Date, string Name)[] Days =
    [
        ("2026-01-01", "Tahun Baru 2026 Masehi"),
        ("2026-01-16", "Isra Mikraj Nabi Muhammad SAW"),
        ("2026-02-16", "Cuti bersama Tahun Baru Imlek"),
        ("2026-02-17", "Tahun Baru Imlek 2577 Kongzili"),
        ("2026-03-18", "Cuti bersama Hari Suci Nyepi"),
        ("2026-03-19", "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
        ("2026-03-20", "Idul Fitri 1447 Hijriah"),
        ("2026-03-21", "Idul Fitri 1447 Hijriah"),
        ("2026-03-23", "Cuti bersama Idul Fitri"),
        ("2026-03-24", "Cuti bersama Idul Fitri"),
        ("2026-04-03", "Wafat Yesus Kristus"),
        ("2026-04-05", "Kebangkitan Yesus Kristus (Paskah)"),
        ("2026-05-01", "Hari Buruh Internasional"),
        ("2026-05-14", "Kenaikan Yesus Kristus"),
        ("2026-05-15", "Cuti bersama Kenaikan Yesus Kristus"),
        ("2026-05-27", "Idul Adha 1447 Hijriah"),
        ("2026-05-28", "Cuti bersama Idul Adha"),
        ("2026-05-31", "Hari Raya Waisak 2570 BE"),
        ("2026-06-01", "Hari Lahir Pancasila"),
        ("2026-06-16", "Tahun Baru Islam 1448 Hijriah"),
        ("2026-08-17", "Hari Kemerdekaan Republik Indonesia"),
        ("2026-08-25", "Maulid Nabi Muhammad SAW"),
        ("2026-12-24", "Cuti bersama Hari Raya Natal"),
        ("2026-12-25", "Hari Raya Natal"),
        ("2027-01-01", "Tahun Baru 2027 Masehi"),
        ("2027-01-05", "Isra Mikraj Nabi Muhammad SAW"),
        ("2027-02-06", "Tahun Baru Imlek 2578 Kongzili"),
        ("2027-03-08", "Hari Suci Nyepi (Tahun Baru Saka 1949)"),
        ("2027-03-10", "Idul Fitri 1448 Hijriah"),
        ("2027-03-11", "Idul Fitri 1448 Hijriah"),
        ("2027-03-12", "Cuti bersama Idul Fitri"),
        ("2027-03-15", "Cuti bersama Idul Fitri"),
        ("2027-03-26", "Wafat Yesus Kristus"),
        ("2027-03-28", "Kebangkitan Yesus Kristus (Paskah)"),
        ("2027-05-01", "Hari Buruh Internasional"),
        ("2027-05-06", "Kenaikan Yesus Kristus"),
        ("2027-05-17", "Idul Adha 1448 Hijriah"),
        ("2027-05-20", "Hari Raya Waisak 2571 BE"),
        ("2027-06-01", "Hari Lahir Pancasila"),
        ("2027-06-06", "Tahun Baru Islam 1449 Hijriah"),
        ("2027-08-15", "Maulid Nabi Muhammad SAW"),
        ("2027-08-17", "Hari Kemerdekaan Republik Indonesia"),
        ("2027-12-24", "Cuti bersama Hari Raya Natal"),
        ("2027-12-25", "Hari Raya Natal"),
    ];

    public static IEnumerable<Holiday> All() =>
        Days.Select(d => new Holiday { Date = DateOnly.ParseExact(d.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Name = d.Name });
}
