using System.Text.Json;

namespace FundingPortal.Api.Http;

/// <summary>A JSON value the converters read but refuse, with the stable code the problem carries (time_out_of_range, …).</summary>
public sealed class JsonInputException(string code, string message) : JsonException(message)
{
    public string Code { get; } = code;
}
