using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace FundingPortal.Api.IntegrationTests.Contract;

/// <summary>
/// The served OpenAPI document as an oracle: an answer must have a status the operation declares, a media type it
/// declares, and a JSON body its schema accepts. Components are validated as JSON Schema 2020-12 (OpenAPI 3.1).
/// </summary>
public sealed partial class OpenApiContract(JsonObject document)
{
    private static int _schemaIds;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();

    public JsonObject Document { get; } = document;

    /// <summary>"/api/proposals/{id:guid}/" and "/api/proposals/{id}" name the same operation.</summary>
    public static string NormalisePath(string path)
    {
        var normal = Constraint().Replace(path, "{$1}");
        return normal.Length > 1 ? normal.TrimEnd('/') : normal;
    }

    public JsonObject? FindOperation(string method, string routePattern)
    {
        var wanted = NormalisePath(routePattern);
        foreach (var (path, item) in Document["paths"]!.AsObject())
        {
            if (NormalisePath(path) == wanted && item![method.ToLowerInvariant()] is JsonObject operation)
            {
                return operation;
            }
        }

        return null;
    }

    /// <summary>What is wrong with this answer, or null when the document describes it.</summary>
    public string? Check(string method, string routePattern, JsonObject operation, int status, string? contentType, byte[] body)
    {
        var name = $"{method} {NormalisePath(routePattern)}";
        var responses = operation["responses"] as JsonObject;
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (responses?[key] is not JsonObject response)
        {
            return $"{name} answered {status}, which the document does not declare (it declares {string.Join(", ", responses?.Select(r => r.Key) ?? [])})."
                   + $" Body: {Preview(body)}";
        }

        if (body.Length == 0)
        {
            return null;
        }

        var content = response["content"] as JsonObject;
        if (content is null || content.Count == 0)
        {
            return $"{name} answered {status} with a {contentType} body, but the document declares no content for {status}. Body: {Preview(body)}";
        }

        var mediaType = contentType?.Split(';')[0].Trim() ?? "";
        var declared = content[mediaType] as JsonObject
                       ?? content.FirstOrDefault(c => MediaTypeCovers(c.Key, mediaType)).Value as JsonObject;
        if (declared is null)
        {
            return $"{name} answered {status} as {mediaType}, but the document declares {string.Join(", ", content.Select(c => c.Key))}.";
        }

        if (!mediaType.EndsWith("json", StringComparison.Ordinal) || declared["schema"] is not JsonObject schemaNode)
        {
            return null;
        }

        using var instance = JsonDocument.Parse(body);
        var schema = _schemas.GetOrAdd(schemaNode.ToJsonString(), Build);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return null;
        }

        var errors = (result.Details ?? []).Prepend(result)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Take(8);
        return $"{name} answered {status} with a body its schema refuses: {string.Join("; ", errors)}. Body: {Preview(body)}";
    }

    private static bool MediaTypeCovers(string declared, string actual) =>
        declared == "*/*" || (declared.EndsWith("/*", StringComparison.Ordinal) && actual.StartsWith(declared[..^1], StringComparison.Ordinal));

    private JsonSchema Build(string schemaJson)
    {
        var root = JsonNode.Parse(Rewrite(schemaJson))!.AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = JsonNode.Parse(Rewrite(Document["components"]?["schemas"]?.ToJsonString() ?? "{}"));
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri($"https://contract.test/schema/{Interlocked.Increment(ref _schemaIds)}"));
    }

    private static string Rewrite(string json) => json.Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);

    private static string Preview(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length > 400 ? text[..400] + "…" : text;
    }

    [GeneratedRegex(@"\{([^}:?=*]+)[^}]*\}")]
    private static partial Regex Constraint();
}
