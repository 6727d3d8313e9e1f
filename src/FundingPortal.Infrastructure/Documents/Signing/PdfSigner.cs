using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace FundingPortal.Infrastructure.Documents.Signing;

/// <summary>
/// Signs rendered PDFs with the cluster's certificate (PAdES baseline B-B, ADR 0035). PDFsharp's
/// <see cref="DigitalSignatureHandler"/> writes the signature field, the <c>/ByteRange</c> and a zero-filled
/// <c>/Contents</c> while saving; the CMS is computed afterwards by <see cref="Sign"/>, once the in-place patches
/// (XMP uuids, PDF/UA identification) are done: they move no offset, so the byte range stays right, and the signature
/// covers the final bytes. Thread-safe: one instance serves every rendering.
/// </summary>
public sealed class PdfSigner
{
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    private static readonly byte[] PkcsSubFilter = "/adbe.pkcs7.detached"u8.ToArray();
    private static readonly byte[] CadesSubFilter = "/ETSI.CAdES.detached"u8.ToArray();
    private static readonly byte[] ByteRangeKey = "/ByteRange"u8.ToArray();
    private static readonly byte[] SignatureTimeKey = "/M(D:"u8.ToArray();

    private readonly X509Certificate2 _certificate;
    private readonly TimeProvider _clock;
    private readonly string _reason;
    private readonly string _location;
    private readonly int _reservedBytes;

    public PdfSigner(X509Certificate2 certificate, TimeProvider clock, string reason, string location)
    {
        _certificate = certificate;
        _clock = clock;
        _reason = reason;
        _location = location;
        // The certificate, a 512-byte RSA-4096 signature and the signed attributes, with room to spare.
        _reservedBytes = certificate.RawData.Length + 2048;
    }

    public X509Certificate2 Certificate => _certificate;

    /// <summary>Call before saving: adds an invisible signature field whose value PDFsharp reserves while saving.</summary>
    internal void Prepare(PdfDocument document) =>
        DigitalSignatureHandler.ForDocument(document, new ReservedSpace(_certificate.GetNameInfo(X509NameType.SimpleName, false), _reservedBytes), new DigitalSignatureOptions
        {
            Reason = _reason,
            Location = _location,
            PageIndex = 0,
        });

    /// <summary>Call last, on the saved and patched bytes: writes the signing time, the CAdES sub-filter and the CMS in place.</summary>
    internal void Sign(byte[] pdf)
    {
        var range = ByteRange.Read(pdf);
        ReplaceOnce(pdf, PkcsSubFilter, CadesSubFilter);
        WriteSigningTime(pdf, range);

        var signed = new byte[range.FirstLength + range.SecondLength];
        pdf.AsSpan(range.FirstOffset, range.FirstLength).CopyTo(signed);
        pdf.AsSpan(range.SecondOffset, range.SecondLength).CopyTo(signed.AsSpan(range.FirstLength));
        var cms = Cms(signed);

        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(cms));
        var contents = pdf.AsSpan(range.ContentsStart + 1, range.ContentsLength - 2);
        if (hex.Length > contents.Length)
            throw new InvalidOperationException($"The signature ({cms.Length} bytes) does not fit the {contents.Length / 2} bytes reserved.");
        hex.CopyTo(contents);
    }

    private byte[] Cms(byte[] signedRanges)
    {
        var cms = new SignedCms(new ContentInfo(signedRanges), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, _certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        // PAdES B-B: the signing certificate is bound by its hash (ESS signing-certificate-v2); no signing-time
        // attribute, the time is the signature dictionary's /M.
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2()));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with SHA-256, the default hash (RFC 5035).</summary>
    private byte[] SigningCertificateV2()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(_certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                    writer.WriteEncodedValue(_certificate.IssuerName.RawData);
                writer.WriteInteger(_certificate.SerialNumberBytes.Span);
            }
        }

        return writer.Encode();
    }

    /// <summary>PDFsharp dates the signature with the machine clock; the injected clock decides, as everywhere else.</summary>
    private void WriteSigningTime(byte[] pdf, ByteRange range)
    {
        var dictionaryStart = pdf.AsSpan(0, range.ContentsStart).LastIndexOf("<<"u8);
        var at = pdf.AsSpan(dictionaryStart).IndexOf(SignatureTimeKey);
        if (dictionaryStart < 0 || at < 0)
            throw new InvalidOperationException("Unexpected PDF layout: the signature dictionary has no /M.");
        var start = dictionaryStart + at + SignatureTimeKey.Length;
        var end = Array.IndexOf(pdf, (byte)')', start);
        var now = _clock.GetUtcNow().UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        var target = pdf.AsSpan(start, end - start);
        if (now.Length > target.Length)
            throw new InvalidOperationException("Unexpected PDF layout: the signature time does not fit.");
        target.Fill((byte)' ');
        Encoding.ASCII.GetBytes(now, target);
    }

    private static void ReplaceOnce(byte[] pdf, byte[] marker, byte[] replacement)
    {
        var at = pdf.AsSpan().IndexOf(marker);
        if (at < 0)
            throw new InvalidOperationException("Unexpected PDF layout: the signature dictionary has no sub-filter.");
        replacement.CopyTo(pdf.AsSpan(at));
    }

    private sealed class ReservedSpace(string certificateName, int size) : IDigitalSigner
    {
        public string CertificateName => certificateName;

        public Task<int> GetSignatureSizeAsync() => Task.FromResult(size);

        public Task<byte[]> GetSignatureAsync(Stream stream) => Task.FromResult(Array.Empty<byte>());
    }
}
