using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.Hosting;

/// <summary>
/// Bearer tokens and cookies are protected with the Data Protection key ring. Several API processes behind one address
/// must share it, or a token issued by one is refused by the other: DataProtection:KeysDirectory names a shared folder.
/// The worker uses it too: it decrypts the webhook secrets the API encrypted.
/// </summary>
public static class SharedKeyRing
{
    public static IServiceCollection AddFundingPortalKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("FundingPortal");
        if (configuration["DataProtection:KeysDirectory"] is { Length: > 0 } directory)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(directory));
        }

        return services;
    }
}
