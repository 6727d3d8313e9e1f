using System.Security.Cryptography;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Infrastructure.Calendar;

/// <summary>A random server key, stored encrypted by the Data Protection key ring; the database alone cannot read it.</summary>
public sealed class ProtectedKey
{
    public required string Name { get; init; }
    public required string ProtectedValue { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// Named 256-bit keys shared by every API process: created once (the first process to ask wins), kept in the database
/// encrypted with the shared key ring (DataProtection:KeysDirectory), cached in memory. If the key ring was lost the key
/// cannot be read back and is replaced: what it protected (calendar feed URLs) stops working, like cookies and tokens.
/// </summary>
public sealed class ServerKeys(AppDbContext db, IDataProtectionProvider protection, IMemoryCache cache, TimeProvider clock, ILogger<ServerKeys> logger)
{
    public async Task<byte[]> Get(string name, CancellationToken ct)
    {
        if (cache.TryGetValue(CacheKey(name), out byte[]? known) && known is not null)
        {
            return known;
        }

        var protector = protection.CreateProtector("FundingPortal.ServerKeys", name);
        var fresh = Convert.ToBase64String(protector.Protect(RandomNumberGenerator.GetBytes(32)));
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO protected_keys (name, protected_value, created_at) VALUES ({name}, {fresh}, {now}) ON CONFLICT (name) DO NOTHING", ct);
        var stored = await db.ProtectedKeys.AsNoTracking().Where(k => k.Name == name).Select(k => k.ProtectedValue).SingleAsync(ct);
        byte[] key;
        try
        {
            key = protector.Unprotect(Convert.FromBase64String(stored));
        }
        catch (CryptographicException ex)
        {
            logger.LogWarning(ex, "Server key {Name} cannot be decrypted with this key ring: replacing it", name);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE protected_keys SET protected_value = {fresh}, created_at = {now} WHERE name = {name} AND protected_value = {stored}", ct);
            return await Get(name, ct);
        }

        cache.Set(CacheKey(name), key);
        return key;
    }

    private static string CacheKey(string name) => $"server-key:{name}";
}
