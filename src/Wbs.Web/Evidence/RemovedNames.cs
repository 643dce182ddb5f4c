namespace Wbs.Web.Evidence;

/// <summary>Names in the order first seen, each once.</summary>
internal sealed class RemovedNames
{
    private readonly List<string> names = [];

    public void Add(string name)
    {
        if (!names.Contains(name))
        {
            names.Add(name);
        }
    }

    public IReadOnlyList<string> ToList() => names.ToList();
}
