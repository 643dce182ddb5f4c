using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// A textarea sent back with what was typed holds the browser's CR LF line ends, which the HTML encoder writes as
/// <c>&amp;#xD;</c>: invalid in a textarea. Runs after the framework's textarea helper and keeps only the LF, which
/// the browser sends back as CR LF anyway.
/// </summary>
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class TextAreaNewlinesTagHelper : TagHelper
{
    // After TextAreaTagHelper (order 0), which fills the content from the model.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Content.IsModified)
        {
            return;
        }

        var content = output.Content.GetContent();
        if (content.Contains("&#xD;", StringComparison.Ordinal))
        {
            output.Content.SetHtmlContent(content.Replace("&#xD;", "", StringComparison.Ordinal));
        }
    }
}
