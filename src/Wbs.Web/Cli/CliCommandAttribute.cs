namespace Wbs.Web.Cli;

/// <summary>
/// Names a command and says in one line what it does, in Indonesian (the constructor) and in English; the name may be
/// several words ("staff add"). The help text is built from these, so a new command documents itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CliCommandAttribute(string name, string summary) : Attribute
{
    public string Name { get; } = name;
    public string Summary { get; } = summary;

    /// <summary>Runs before the database is prepared (migrated, seeded): restoring needs it empty, verifying leaves it alone.</summary>
    public bool BeforeDatabase { get; init; }

    /// <summary>The same line in English.</summary>
    public string English { get; set; } = "";

    /// <summary>The options after the name, e.g. "--username NAMA --role PERAN"; empty when it takes none.</summary>
    public string Usage { get; set; } = "";

    /// <summary>True when the command must not run while a server uses the same data folder or database.</summary>
    public bool StopServerFirst { get; set; }
}
