using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// Marks the request when a page shows an error summary of its own (<c>data-form-errors</c>), so that the layout, which
/// is rendered after the page, can say so in the title; summaries from model state are seen by the layout directly.
/// </summary>
[HtmlTargetElement(Attributes = "data-form-errors")]
public sealed class FormErrorsTagHelper : TagHelper
{
    private const string Key = "wbs.form-errors";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ViewContext.HttpContext.Items[Key] = true;
        output.Attributes.RemoveAll("data-form-errors");
    }

    /// <summary>Whether the page just rendered tells the reader that something they sent needs correcting.</summary>
    public static bool Shown(HttpContext context, ModelStateDictionary modelState) => !modelState.IsValid || context.Items.ContainsKey(Key);
}
