using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.Documents.Signing;

public static class DocumentSigningRegistration
{
    /// <summary>Registers a <see cref="PdfSigner"/> only when <c>Documents:Signing</c> names a certificate.</summary>
    public static IServiceCollection AddDocumentSigning(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DocumentSigningOptions.Section).Get<DocumentSigningOptions>() ?? new DocumentSigningOptions();
        if (!options.IsConfigured)
            return services;

        var certificate = options.LoadCertificate();
        services.AddSingleton(sp => new PdfSigner(certificate, sp.GetRequiredService<TimeProvider>(), options.Reason, options.Location));
        return services;
    }
}
