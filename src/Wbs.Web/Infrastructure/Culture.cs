namespace Wbs.Web.Infrastructure;

public static class Culture
{
    public static readonly System.Globalization.CultureInfo Indonesian = new("id-ID");
}
