using System.Text.RegularExpressions;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Common;

namespace FundingPortal.ArchitectureTests;

/// <summary>
/// Every error code the source raises with a written message has a French sentence: a French client must not read the
/// English fallback, nor the generic "the operation failed (code …)" of the pages.
/// </summary>
public sealed partial class ErrorTranslationTests
{
    // Identity's own refusals (password rules), already in the person's language when they are shown.
    private static readonly string[] TranslatedElsewhere = ["invalid_account"];

    [Fact]
    public void Every_raised_error_code_has_a_French_sentence()
    {
        var raised = Source.CSharpFiles()
            .SelectMany(file => RaisedErrors().Matches(Source.Read(file)))
            .Select(m => (Code: m.Groups["code"].Value, Message: m.Groups["message"].Value))
            .Where(e => !TranslatedElsewhere.Contains(e.Code))
            .Distinct()
            .ToList();

        var untranslated = raised
            .Where(e => ErrorMessages.Summary(new Error(e.Code, e.Message, ErrorKind.Validation), Languages.French) ==
                ErrorMessages.Summary(new Error("no_such_code", e.Message, ErrorKind.Validation), Languages.French).Replace("no_such_code", e.Code, StringComparison.Ordinal))
            .Select(e => $"{e.Code}: {e.Message}")
            .ToList();

        Assert.True(raised.Count >= 100, $"the scan found only {raised.Count} raised errors");
        Assert.Empty(untranslated);
    }

    // Error.Validation / Conflict / Rule / Unauthenticated ("code", "message") and Error.Field ("field", "code", "message").
    [GeneratedRegex("""Error\.(?:(?:Validation|Conflict|Rule|Unauthenticated)\(\s*|Field\(\s*"[^"]*",\s*)"(?<code>[a-z0-9_]+)",\s*\$?"(?<message>[^"]*)""")]
    private static partial Regex RaisedErrors();
}
