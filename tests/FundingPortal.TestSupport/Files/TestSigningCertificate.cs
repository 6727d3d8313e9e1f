using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FundingPortal.TestSupport.Files;

/// <summary>A self-signed signing certificate made in the test, as a cluster's PKCS#12 file would hold it.</summary>
public static class TestSigningCertificate
{
    public const string Password = "essai-signature";

    public static X509Certificate2 Create(string commonName = "Pôle Mer Bretagne Atlantique — essai")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, O=FundingPortal tests, C=FR", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12, Password), Password, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>The PKCS#12 file in base64, for <c>Documents:Signing:CertificateBase64</c>.</summary>
    public static string Base64(X509Certificate2 certificate) =>
        Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12, Password));
}
