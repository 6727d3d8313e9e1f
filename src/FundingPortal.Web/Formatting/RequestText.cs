using System.Globalization;
using FundingPortal.Application.Common.Formatting;

namespace FundingPortal.Web.Formatting;

/// <summary>The formats and labels of the request's language: WebSetup sets the request culture before any page runs.</summary>
public static class RequestText
{
    public static TextFormat Format => TextFormat.For(CultureInfo.CurrentUICulture);

    public static TextLabels Labels => TextLabels.For(CultureInfo.CurrentUICulture);
}
