using FundingPortal.Application.Abstractions;
using Microsoft.AspNetCore.DataProtection;

namespace FundingPortal.Infrastructure.Notifications.Webhooks;

/// <summary>Webhook secrets encrypted with the Data Protection key ring (DataProtection:KeysDirectory shares it between processes).</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("FundingPortal.WebhookSecrets");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
