using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Wbs.Web.Infrastructure;

/// <summary>
/// Every text a form sends is kept with LF line ends: browsers send CR LF, and a CR shown again in a page is written
/// as <c>&amp;#xD;</c>, which HTML does not allow. The text itself is unchanged.
/// </summary>
public sealed class LineEndingsBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(string)
            ? new Binder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && text.Contains('\r', StringComparison.Ordinal))
            {
                bindingContext.Result = ModelBindingResult.Success(text.ReplaceLineEndings("\n"));
            }
        }
    }
}
