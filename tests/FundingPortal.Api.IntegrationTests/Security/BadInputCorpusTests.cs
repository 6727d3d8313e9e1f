using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Proposals;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>
/// For every write endpoint with a JSON body, as a caller who may use it: malformed JSON, wrong types, huge,
/// negative and 3-decimal numbers, unknown enum values, 1 MB strings and control characters, field by field from the
/// OpenAPI schema. Every answer is below 500, and every error is problem+json with a stable code.
/// </summary>
[Collection(Collections.Security)]
public sealed class BadInputCorpusTests(ApiFactory factory) : PortalTest(factory)
{
    private static readonly string Megabyte = new('A', 1024 * 1024);

    [Fact]
    public async Task Hostile_bodies_get_4xx_problems_never_500()
    {
        var api = new ApiClient(factory);
        var manager = await api.Manager();
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var values = new Dictionary<string, string>
        {
            ["id"] = c.ProposalId.ToString(), ["proposalId"] = c.ProposalId.ToString(), ["callId"] = c.CallId.ToString(),
            ["organisationId"] = c.LeadOrganisationId.ToString(), ["version"] = "1",
        };

        var (operations, document) = await OpenApiEndpoints.Load(api.Anonymous());
        var failures = new List<string>();
        var sent = 0;
        foreach (var operation in operations.Where(o => o.JsonBodySchema is not null && !o.PathTemplate.StartsWith("/api/auth", StringComparison.Ordinal)))
        {
            var path = OpenApiEndpoints.Fill(operation.PathTemplate, values);
            foreach (var client in new[] { manager, c.Lead })
            {
                foreach (var body in Corpus(OpenApiEndpoints.Resolve(operation.JsonBodySchema, document), document))
                {
                    var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(operation.Method), path)
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    });
                    sent++;
                    var status = (int)response.StatusCode;
                    var text = await response.Content.ReadAsStringAsync();
                    if (status >= 500)
                    {
                        failures.Add($"{operation.Method} {operation.PathTemplate} {Short(body)} → {status}");
                    }
                    else if (status >= 400 && (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || JsonNode.Parse(text)?["code"] is null))
                    {
                        failures.Add($"{operation.Method} {operation.PathTemplate} {Short(body)} → {status} without a problem code");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent}:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(sent > 200, $"only {sent} hostile requests were sent");
    }

    private static IEnumerable<string> Corpus(JsonObject? schema, JsonObject document)
    {
        yield return "{\"a\": ";
        yield return "[1, 2, 3]";
        yield return "\"just a string\"";
        yield return "null";
        yield return "{\"x\": 1e400}";
        var properties = schema?["properties"]?.AsObject();
        if (properties is null)
        {
            yield break;
        }

        foreach (var (name, propertySchema) in properties)
        {
            var property = OpenApiEndpoints.Resolve(propertySchema as JsonObject, document);
            foreach (var value in Mutations(property))
            {
                yield return new JsonObject { [name] = value?.DeepClone() }.ToJsonString();
            }
        }
    }

    private static IEnumerable<JsonNode?> Mutations(JsonObject? property)
    {
        yield return JsonValue.Create(Megabyte);
        yield return JsonValue.Create("contrôle\u0001\u0007\u001b[31m");
        yield return JsonValue.Create(-1);
        yield return JsonValue.Create(1.234m);
        yield return JsonValue.Create(79228162514264337593543950335m);
        yield return JsonNode.Parse("1e30");
        yield return JsonValue.Create("NotAKnownValue");
        yield return new JsonObject { ["nested"] = true };
        yield return new JsonArray(JsonValue.Create(Megabyte));
        if (property?["type"]?.ToString().Contains("array", StringComparison.Ordinal) == true)
        {
            yield return new JsonArray(Enumerable.Range(0, 5000).Select(i => (JsonNode?)JsonValue.Create($"item-{i}")).ToArray());
        }
    }

    private static string Short(string body) => body.Length > 60 ? body[..60] + "…" : body;
}
