namespace Wbs.Web.Cli;

/// <summary>Names a command and says in one line what it does; the name may be several words ("staff add").</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CliCommandAttribute(string name, string summary) : Attribute
{
    public string Name { get; } = name;
    public string Summary { get; } = summary;

    /// <summary>Runs before the database is prepared (migrated, seeded): restoring needs it empty, verifying leaves it alone.</summary>
    public bool BeforeDatabase { get; init; }
}
