namespace Wbs.Web.Infrastructure;

public static class ApiPolicies
{
    public const string Reporter = "api-reporter";
}
