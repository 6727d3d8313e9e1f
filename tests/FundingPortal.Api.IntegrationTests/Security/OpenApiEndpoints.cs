using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FundingPortal.Api.IntegrationTests.Security;

public sealed record ApiParameter(string Name, string In, JsonObject? Schema);

public sealed record ApiOperation(string Method, string PathTemplate, JsonObject? JsonBodySchema, bool IsMultipart, IReadOnlyList<ApiParameter> Parameters)
{
    public bool IsUnsafe => Method is not ("GET" or "HEAD" or "OPTIONS");

    public override string ToString() => $"{Method} {PathTemplate}";
}

/// <summary>Every operation of the app's own OpenAPI document, so new endpoints are covered without editing the tests.</summary>
public static class OpenApiEndpoints
{
    public static async Task<(IReadOnlyList<ApiOperation> Operations, JsonObject Document)> Load(HttpClient client)
    {
        var document = (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters")
                {
                    continue;
                }

                var content = operation!["requestBody"]?["content"]?.AsObject();
                var schema = content?["application/json"]?["schema"] as JsonObject;
                var parameters = (operation["parameters"] as JsonArray ?? []).Select(p => new ApiParameter(
                    p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolve(p["schema"] as JsonObject, document))).ToList();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, schema, content?.ContainsKey("multipart/form-data") == true, parameters));
            }
        }

        return (operations, document);
    }

    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([^}:]+)(:[^}]*)?\}",
            m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : Guid.NewGuid().ToString());

    /// <summary>Fills each path parameter with what <paramref name="value"/> picks for it (name and template).</summary>
    public static string Fill(string template, Func<string, string> value) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([^}:]+)(:[^}]*)?\}", m => Uri.EscapeDataString(value(m.Groups[1].Value)));

    public static JsonObject? Resolve(JsonObject? schema, JsonObject document)
    {
        while (schema?["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]] as JsonObject;
        }

        return schema;
    }
}
