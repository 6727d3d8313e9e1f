using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using FundingPortal.Infrastructure.Documents.Renderers;
using FundingPortal.Infrastructure.Documents.Signing;

namespace FundingPortal.Documents.Tests;

public sealed partial class SignedPdfTests
{
    private static readonly X509Certificate2 Certificate = TestSigningCertificate.Create();
    private static readonly DateTimeOffset SignedAt = new(2027, 10, 19, 16, 0, 3, TimeSpan.Zero);

    private static byte[] SignedReceipt(DateTimeOffset at) =>
        new PdfDocumentRenderer(new PdfSigner(Certificate, new TestClock(at), "Accusé de réception", "Brest")).Render(SampleModels.Receipt());

    private readonly byte[] _pdf = SignedReceipt(SignedAt);

    [Fact]
    public void The_byte_range_covers_the_whole_file_but_the_signature_value()
    {
        var range = ByteRange.Read(_pdf);

        Assert.Equal(0, range.FirstOffset);
        Assert.Equal(_pdf.Length, range.SecondOffset + range.SecondLength);
        var excluded = Encoding.ASCII.GetString(_pdf, range.ContentsStart, range.ContentsLength);
        Assert.Matches("^<[0-9A-F]+>$", excluded);
        Assert.EndsWith("/Contents", Encoding.ASCII.GetString(_pdf, range.ContentsStart - 12, 12).TrimEnd());
    }

    [Fact]
    public void The_signature_is_valid_over_the_byte_range_and_made_with_the_configured_certificate()
    {
        var cms = Cms(_pdf);

        cms.CheckSignature(verifySignatureOnly: true);
        var signer = Assert.Single(cms.SignerInfos.Cast<SignerInfo>());
        Assert.Equal(Certificate.Thumbprint, signer.Certificate!.Thumbprint);
        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        Assert.Contains(signer.SignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.16.2.47");
        Assert.DoesNotContain(signer.SignedAttributes.Cast<CryptographicAttributeObject>(), a => a.Oid.Value == "1.2.840.113549.1.9.5");
    }

    [Fact]
    public void A_changed_byte_breaks_the_signature()
    {
        var tampered = (byte[])_pdf.Clone();
        var at = Encoding.ASCII.GetString(tampered).IndexOf("FP-2026-0042", StringComparison.Ordinal);
        var index = at >= 0 ? at : 200;
        tampered[index] ^= 1;

        Assert.ThrowsAny<Exception>(() => Cms(tampered).CheckSignature(verifySignatureOnly: true));
    }

    [Fact]
    public void Is_a_PAdES_signature_dated_by_the_injected_clock()
    {
        var text = Encoding.Latin1.GetString(_pdf);

        Assert.Contains("/SubFilter/ETSI.CAdES.detached", text.Replace(" ", ""));
        Assert.Contains("/M(D:20271019160003Z", text);
        Assert.Contains("/SigFlags 3", text);
    }

    [Fact]
    public void Stays_readable_and_tagged()
    {
        Assert.Contains("FP-2026-0042", PdfText.All(_pdf));
        var tagged = TaggedPdf.Read(_pdf);
        Assert.True(tagged.Marked);
        Assert.NotEmpty(tagged.Root.Descendants());
        Assert.Contains("pdfuaid:part>1<", tagged.Metadata);
    }

    [Fact]
    public void Signing_twice_differs_only_in_the_signature_and_its_time()
    {
        var later = SignedReceipt(SignedAt.AddHours(5));

        Assert.Equal(_pdf.Length, later.Length);
        Assert.Equal(Masked(_pdf), Masked(later));
        Assert.NotEqual(_pdf, later);
    }

    [Fact]
    public void Unsigned_rendering_stays_byte_identical_and_carries_no_signature()
    {
        var unsigned = new PdfDocumentRenderer().Render(SampleModels.Receipt());

        Assert.Equal(unsigned, new PdfDocumentRenderer().Render(SampleModels.Receipt()));
        Assert.DoesNotContain("/ByteRange", Encoding.Latin1.GetString(unsigned));
    }

    [Fact]
    public void Every_document_kind_is_signed()
    {
        var renderer = new PdfDocumentRenderer(new PdfSigner(Certificate, new TestClock(SignedAt), "r", "l"));
        foreach (var model in SampleModels.All())
            Cms(renderer.Render(model)).CheckSignature(verifySignatureOnly: true);
    }

    private static SignedCms Cms(byte[] pdf)
    {
        var range = ByteRange.Read(pdf);
        var hex = Encoding.ASCII.GetString(pdf, range.ContentsStart + 1, range.ContentsLength - 2);
        var signedRanges = pdf.AsSpan(range.FirstOffset, range.FirstLength).ToArray()
            .Concat(pdf.AsSpan(range.SecondOffset, range.SecondLength).ToArray()).ToArray();
        var cms = new SignedCms(new ContentInfo(signedRanges), detached: true);
        var padded = Convert.FromHexString(hex);
        AsnDecoder.ReadEncodedValue(padded, AsnEncodingRules.BER, out _, out _, out var length);
        cms.Decode(padded.AsSpan(0, length));
        return cms;
    }

    /// <summary>The file with the signature value and the signing time blanked.</summary>
    private static string Masked(byte[] pdf)
    {
        var range = ByteRange.Read(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        text = text[..range.ContentsStart] + new string('#', range.ContentsLength) + text[range.SecondOffset..];
        return SigningTime().Replace(text, "/M(D:##############Z");
    }

    [GeneratedRegex(@"/M\(D:\d{14}Z")]
    private static partial Regex SigningTime();
}
