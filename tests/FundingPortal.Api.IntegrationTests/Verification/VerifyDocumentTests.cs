using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Documents;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Security;

namespace FundingPortal.Api.IntegrationTests.Verification;

/// <summary>GET /api/verify/{sha256}: anyone holding an issued PDF learns what it is and when it was issued — and nothing else.</summary>
[Collection(Collections.CoFunding)]
public sealed class VerifyDocumentTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_receipts_hash_tells_anyone_what_was_issued_and_when_and_nothing_more()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var submission = await ApiClient.ReadObject(await c.Submit());
        var receipt = (await DocumentTests.WaitForReady(c.Lead, c.ProposalId, 2)).Single(d => d!["kind"]!.GetValue<string>() == "Receipt")!;
        var pdf = await c.Lead.GetByteArrayAsync($"/api/documents/{receipt["id"]}");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));

        var anonymous = new ApiClient(factory).Anonymous();
        var response = await anonymous.GetAsync($"/api/verify/{sha256}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var verified = JsonNode.Parse(body)!.AsObject();
        Assert.Equal(["issuedAt", "kind", "reference", "version"], verified.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Receipt", verified["kind"]!.GetValue<string>());
        Assert.Equal(submission["reference"]!.GetValue<string>(), verified["reference"]!.GetValue<string>());
        Assert.Equal(1, verified["version"]!.GetValue<int>());
        Assert.Equal(submission["submittedAt"]!.GetValue<DateTimeOffset>(), verified["issuedAt"]!.GetValue<DateTimeOffset>());
        foreach (var personal in new[] { "OCÉAN-5G", c.LeadOrganisationId.ToString(), "@", "SIREN", "siren", "amount", "budget" })
        {
            Assert.DoesNotContain(personal, body, StringComparison.Ordinal);
        }

        // The hash is case-insensitive, as people copy it from wherever they found it.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/verify/{sha256.ToUpperInvariant()}")).StatusCode);
    }

    [Fact]
    public async Task A_dossier_pdf_is_answered_by_its_own_kind_and_a_changed_byte_is_not_found()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await c.Submit();
        var dossier = (await DocumentTests.WaitForReady(c.Lead, c.ProposalId, 2)).Single(d => d!["kind"]!.GetValue<string>() == "Dossier")!;
        var pdf = await c.Lead.GetByteArrayAsync($"/api/documents/{dossier["id"]}");
        var anonymous = new ApiClient(factory).Anonymous();

        var verified = await ApiClient.ReadObject(await anonymous.GetAsync($"/api/verify/{Convert.ToHexStringLower(SHA256.HashData(pdf))}"));
        Assert.Equal("Dossier", verified["kind"]!.GetValue<string>());

        pdf[pdf.Length / 2] ^= 1;
        await ApiClient.AssertProblem(await anonymous.GetAsync($"/api/verify/{Convert.ToHexStringLower(SHA256.HashData(pdf))}"),
            HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0")]
    [InlineData("g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef 123456789abcdef0123456789abcdef")]
    public async Task Anything_but_64_hexadecimal_characters_is_a_400_invalid_hash(string text)
    {
        var response = await new ApiClient(factory).Anonymous().GetAsync($"/api/verify/{Uri.EscapeDataString(text)}");
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "invalid_hash");
    }

    [Fact]
    public async Task An_unknown_hash_is_a_404()
    {
        var response = await new ApiClient(factory).Anonymous().GetAsync($"/api/verify/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}");
        await ApiClient.AssertProblem(response, HttpStatusCode.NotFound, "not_found");
    }
}

[Collection(Collections.StrictRateLimit)]
public sealed class VerifyRateLimitTests(StrictRateLimitFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Verifications_beyond_the_limit_get_a_429_that_says_when_to_come_back()
    {
        var anonymous = new ApiClient(factory).Anonymous();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8 && limited is null; i++)
        {
            var response = await anonymous.GetAsync($"/api/verify/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))}");
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.NotFound, 5), statuses.Take(5));
        Assert.True(limited is not null, string.Join(", ", statuses));
        await ApiClient.AssertProblem(limited, HttpStatusCode.TooManyRequests, "rate_limited");
        RateLimitAndHeadersTests.AssertRetryAfterWithinTheWindow(limited);
    }
}
