using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Formatting;

/// <summary>A catalogue sentence whose placeholders are shown in bold (an address, a name), everything encoded.</summary>
public static class TextHtml
{
    public static IHtmlContent Strong(LocalizedString text, params string?[] values)
    {
        var html = HtmlEncoder.Default.Encode(text.Value);
        for (var i = 0; i < values.Length; i++)
        {
            html = html.Replace("{" + i + "}", $"<strong>{HtmlEncoder.Default.Encode(values[i] ?? string.Empty)}</strong>", StringComparison.Ordinal);
        }

        return new HtmlString(html);
    }
}
