using System.Formats.Asn1;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using FundingPortal.Api.IntegrationTests.Audit;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Verification;

/// <summary>A host whose cluster configured a signing certificate (<c>Documents:Signing</c>, ADR 0035), given as base64.</summary>
public sealed class SigningApiFactory : ApiFactory
{
    public X509Certificate2 Certificate { get; } = TestSigningCertificate.Create();

    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
    [
        ("Documents:Signing:CertificateBase64", TestSigningCertificate.Base64(Certificate)),
        ("Documents:Signing:CertificatePassword", TestSigningCertificate.Password),
        ("Documents:Signing:Location", "Brest"),
    ];
}

/// <summary>With a certificate configured, issued PDFs carry a PAdES signature and every check on them still holds.</summary>
[Collection(Collections.SignedDocuments)]
public sealed class SignedDocumentTests(SigningApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Issued_pdfs_are_signed_with_the_clusters_certificate_and_still_verify_by_hash_and_in_the_audit()
    {
        var scenario = await AuditScenario.Create(factory);
        var documents = await Issued(scenario);

        foreach (var (id, kind) in documents)
        {
            var pdf = await scenario.Manager.GetByteArrayAsync($"/api/documents/{id}");
            var signer = SignerOf(pdf);
            Assert.Equal(factory.Certificate.Thumbprint, signer.Certificate!.Thumbprint);
            Assert.Contains("/ETSI.CAdES.detached", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

            var verified = await ApiClient.ReadObject(await new ApiClient(factory).Anonymous()
                .GetAsync($"/api/verify/{Convert.ToHexStringLower(SHA256.HashData(pdf))}"));
            Assert.Equal(kind, verified["kind"]!.GetValue<string>());
        }

        var report = await scenario.Verify();
        Assert.True(report["ok"]!.GetValue<bool>(), report.ToJsonString());
        Assert.Equal(documents.Count, report["documents"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_english_edition_is_signed_too_but_only_the_french_reference_matches_the_hash_on_record()
    {
        var scenario = await AuditScenario.Create(factory);
        var (id, _) = (await Issued(scenario)).First(d => d.Kind == "Receipt");

        var english = await scenario.Manager.GetByteArrayAsync($"/api/documents/{id}?lang=en");

        Assert.Equal(factory.Certificate.Thumbprint, SignerOf(english).Certificate!.Thumbprint);
        var response = await new ApiClient(factory).Anonymous().GetAsync($"/api/verify/{Convert.ToHexStringLower(SHA256.HashData(english))}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<IReadOnlyList<(string Id, string Kind)>> Issued(AuditScenario scenario) =>
        (await scenario.WaitForDocuments(2)).Select(d => (d!["id"]!.GetValue<string>(), d["kind"]!.GetValue<string>())).ToList();

    /// <summary>The CMS in <c>/Contents</c>, checked over the bytes <c>/ByteRange</c> names; throws when they were changed.</summary>
    private static SignerInfo SignerOf(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/ByteRange", StringComparison.Ordinal);
        var range = text[(text.IndexOf('[', at) + 1)..text.IndexOf(']', at)]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
        Assert.Equal(0, range[0]);
        Assert.Equal(pdf.Length, range[2] + range[3]);
        var signed = pdf[..range[1]].Concat(pdf[range[2]..]).ToArray();
        var contents = Convert.FromHexString(text[(range[1] + 1)..(range[2] - 1)]);
        AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var length);

        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        cms.Decode(contents.AsSpan(0, length));
        cms.CheckSignature(verifySignatureOnly: true);
        return Assert.Single(cms.SignerInfos.Cast<SignerInfo>());
    }
}
