using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Common;

namespace FundingPortal.Api.Http;

public static class Preconditions
{
    /// <summary>Reads If-Match ("5", W/"5" or *) into the version the client last saw.</summary>
    public static Result<ExpectedVersion> ReadIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return ExpectedVersion.Any;
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        value = value.Trim('"');
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? new ExpectedVersion(version)
            : ProposalEditor.StaleWrite();
    }

    public static TResult WithETag<TResult>(this TResult result, HttpContext context, string etag)
        where TResult : IResult
    {
        context.Response.Headers.ETag = etag;
        return result;
    }
}
