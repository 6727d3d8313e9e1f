using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Contract;

/// <summary>The document integrators generate clients from (api.md, "API for integrators").</summary>
[Collection(Collections.Security)]
public sealed class OpenApiDocumentTests(ApiFactory factory) : PortalTest(factory)
{
    private static readonly string[] FileMediaTypes = ["application/pdf", "text/calendar", "text/csv", "application/octet-stream",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];

    private async Task<JsonObject> Document() => (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

    private static IEnumerable<(string Name, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        where operation.Key != "parameters"
        select ($"{operation.Key.ToUpperInvariant()} {path.Key}", operation.Value!.AsObject());

    /// <summary>Fails naming every operation still untyped: a branch merging new endpoints sees which ones to type.</summary>
    [Fact]
    public async Task Every_operation_declares_its_success_status_with_a_schema_and_its_problems_with_the_problem_schema()
    {
        var document = await Document();
        var untyped = new List<string>();
        foreach (var (name, operation) in Operations(document))
        {
            var responses = operation["responses"]!.AsObject();
            var successes = responses.Where(r => r.Key.StartsWith('2')).ToList();
            if (successes.Count == 0)
            {
                untyped.Add($"{name}: no 2xx response declared (return TypedResults / Results<…> from the endpoint)");
            }

            foreach (var (status, response) in successes)
            {
                var content = response!["content"] as JsonObject;
                var typed = status is "204" or "202"
                    || content?.Any(c => c.Value?["schema"] is not null || FileMediaTypes.Contains(c.Key)) == true;
                if (!typed)
                {
                    untyped.Add($"{name}: {status} has no response schema (return TypedResults.Ok(dto) / Created(uri, dto), or .Produces(…) for a file)");
                }
            }

            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                if (response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/Problem")
                {
                    untyped.Add($"{name}: {status} is not described with the Problem schema");
                }
            }

            if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()) || operation["tags"] is not JsonArray { Count: > 0 })
            {
                untyped.Add($"{name}: no summary or no tag (.WithTags(\"<Area>\"), the summary comes from the use case's name or .WithSummary)");
            }
        }

        Assert.True(untyped.Count == 0, $"{untyped.Count} operations are not typed in /openapi/v1.json:\n" + string.Join("\n", untyped));
    }

    [Fact]
    public async Task The_document_names_every_schema_and_has_the_bearer_scheme_string_enums_and_money_in_cents()
    {
        var document = await Document();
        var schemas = document["components"]!["schemas"]!.AsObject();
        Assert.DoesNotContain(schemas, s => s.Key.Contains("Anonymous", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
        var login = document["paths"]!["/api/auth/login"]!["post"]!.AsObject();
        Assert.Null(login["security"]);
        Assert.NotNull(document["paths"]!["/api/me"]!["get"]!["security"]);

        var organisation = schemas["CreateOrganisationRequest"]!.AsObject();
        Assert.DoesNotContain("parentSiren", organisation["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []);
        Assert.Equal(["Sme", "MidCap", "Large", "Research"], schemas["OrganisationCategory"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>()));

        var budget = schemas["BudgetRequest"]!["properties"]!["personnel"]!.AsObject();
        Assert.Contains("number", budget["type"]!.ToJsonString());
        Assert.Equal(0.01m, budget["multipleOf"]!.GetValue<decimal>());

        var upload = document["paths"]!["/api/proposals/{id}/attachments"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!.ToJsonString();
        Assert.Contains("ConsortiumAgreement", upload);
        Assert.Contains("Annex", upload);
    }

    /// <summary>The generated client (tests/FundingPortal.ApiClient) is built from the committed copy, so it must be the served one.</summary>
    [Fact]
    public async Task The_committed_document_the_client_is_generated_from_is_the_served_one()
    {
        var served = (await factory.CreateClient().GetStringAsync("/openapi/v1.json")).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var committed = Path.Combine(RepositoryRoot(), "tests", "FundingPortal.ApiClient", "openapi-v1.json");
        if (Environment.GetEnvironmentVariable("FP_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(committed, served);
        }

        Assert.True(served == (await File.ReadAllTextAsync(committed)).ReplaceLineEndings("\n"),
            "The API's OpenAPI document changed: review the change, then refresh the committed copy with "
            + "FP_UPDATE_OPENAPI=1 dotnet test tests/FundingPortal.Api.IntegrationTests --filter The_committed_document (and commit it).");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FundingPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FundingPortal.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public async Task The_contract_check_refuses_an_undeclared_status_and_a_body_its_schema_refuses()
    {
        var contract = new OpenApiContract(await Document());
        var me = contract.FindOperation("GET", "/api/me")!;
        Assert.Null(contract.Check("GET", "/api/me", me, 200, "application/json", Encoding.UTF8.GetBytes(
            """{"userId":"6f1c2a55-3f0e-4c35-9d2b-7f4a3bbf0b11","email":"a@b.fr","roles":[],"organisationId":null,"funderId":null,"expertId":null,"emailConfirmed":true,"mfaEnabled":false,"mfaEnrolmentRequired":false}""")));
        Assert.Contains("does not declare", contract.Check("GET", "/api/me", me, 418, "application/json", [])!);
        Assert.Contains("refuses", contract.Check("GET", "/api/me", me, 200, "application/json", Encoding.UTF8.GetBytes("""{"userId":42}"""))!);
        Assert.Contains("refuses", contract.Check("GET", "/api/me", me, 401, "application/problem+json", Encoding.UTF8.GetBytes("""{"status":401}"""))!);
    }
}
