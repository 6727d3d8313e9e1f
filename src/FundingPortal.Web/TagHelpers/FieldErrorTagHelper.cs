using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FundingPortal.Web.TagHelpers;

/// <summary><c>&lt;field-error for="Input.Siren" /&gt;</c>: the field's messages, with an id the control points to.</summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public static string IdFor(string key) => TagBuilder.CreateSanitizedId(key, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var key = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", IdFor(key));
        output.Content.SetHtmlContent("<span class=\"sr-only\">Erreur : </span>");
        output.Content.Append(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)));
    }
}
