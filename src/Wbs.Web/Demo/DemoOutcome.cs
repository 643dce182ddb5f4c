namespace Wbs.Web.Demo;

public enum DemoOutcome
{
    Loaded,
    AlreadyLoaded,
    DatabaseNotEmpty,
}
