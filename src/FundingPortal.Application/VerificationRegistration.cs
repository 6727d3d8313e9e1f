using FundingPortal.Application.Verification;
using FundingPortal.Application.Verification.FindDocumentByCode;
using FundingPortal.Application.Verification.VerifyDocumentFile;
using FundingPortal.Application.Verification.VerifyDocumentHash;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application;

public static class VerificationRegistration
{
    public static IServiceCollection AddVerification(this IServiceCollection services)
    {
        services.AddScoped<IssuedDocuments>();
        services.AddScoped<VerifyDocumentHash>();
        services.AddScoped<FindDocumentByCode>();
        services.AddScoped<VerifyDocumentFile>();
        services.AddScoped<DocumentVerifications>();
        return services;
    }
}
