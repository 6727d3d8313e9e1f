using System.Security.Cryptography.X509Certificates;

namespace FundingPortal.Infrastructure.Documents.Signing;

/// <summary>
/// <c>Documents:Signing</c>: the cluster's certificate with its private key, as a PKCS#12 file
/// (<see cref="CertificatePath"/>) or the same file in base64 (<see cref="CertificateBase64"/>, for a secret store).
/// Neither set: documents are not signed (the default).
/// </summary>
public sealed class DocumentSigningOptions
{
    public const string Section = "Documents:Signing";

    public string? CertificatePath { get; set; }

    public string? CertificateBase64 { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Shown by PDF readers in the signature panel.</summary>
    public string Reason { get; set; } = "Document émis par le portail FundingPortal";

    public string Location { get; set; } = string.Empty;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(CertificateBase64);

    /// <summary>Fails at start-up, not at the first document, when the certificate cannot sign.</summary>
    public X509Certificate2 LoadCertificate()
    {
        var pkcs12 = string.IsNullOrWhiteSpace(CertificateBase64)
            ? File.ReadAllBytes(CertificatePath!)
            : Convert.FromBase64String(CertificateBase64);
        var certificate = X509CertificateLoader.LoadPkcs12(pkcs12, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{Section}: the certificate has no private key; a PKCS#12 (.pfx/.p12) file with its key is needed.");
        return certificate;
    }
}
