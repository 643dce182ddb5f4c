using System.Text.RegularExpressions;
using Wbs.Tests.Operations;

namespace Wbs.Tests.Requests;

/// <summary>The words of docs/UI-WORDS.md's "not" column appear nowhere in the app's pages or strings.</summary>
public sealed partial class UiWordsTests
{
    [Fact]
    public void No_page_or_message_uses_a_word_the_glossary_rules_out()
    {
        var glossary = File.ReadAllLines(Path.Combine(PublishedBuild.RepositoryRoot, "docs", "UI-WORDS.md"));
        var banned = glossary
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| write", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .SelectMany(l => Backticked().Matches(l.Split('|')[2]).Select(m => m.Groups[1].Value))
            .ToList();
        Assert.Contains("Submit", banned);

        var source = Path.Combine(PublishedBuild.RepositoryRoot, "src", "Wbs.Web");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                         && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // What a person reads: markup text in views, string literals in code (not identifiers or comments).
                var text = file.EndsWith(".cshtml", StringComparison.Ordinal)
                    ? Attributes().Replace(Code().Replace(lines[i], " "), " ")
                    : string.Join(" ", Literal().Matches(lines[i]).Select(m => m.Value));
                foreach (var word in banned.Where(w => Regex.IsMatch(text, $@"(?<![\w/.-]){Regex.Escape(w)}(?![\w-])")))
                {
                    found.Add($"{Path.GetRelativePath(source, file)}:{i + 1}: \"{word}\": {lines[i].Trim()}");
                }
            }
        }

        Assert.True(found.Count == 0, "Words docs/UI-WORDS.md rules out:\n" + string.Join("\n", found));
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Literal();

    // Razor expressions and tag-helper attributes name code, not words on the screen.
    [GeneratedRegex(@"@[\w.]+(\([^)]*\))?|asp-[\w-]+=""[^""]*""")]
    private static partial Regex Code();

    [GeneratedRegex(@"\b(class|id|name|href|for|type|value|data-[\w-]+)=""[^""]*""")]
    private static partial Regex Attributes();
}
