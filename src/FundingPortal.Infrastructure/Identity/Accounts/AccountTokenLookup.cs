using FundingPortal.Application.Accounts;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>Finds the token of an e-mailed link for the address it was sent to, and spends it once (a conditional UPDATE).</summary>
internal static class AccountTokenLookup
{
    public static async Task<AccountToken?> FindUsable(AppDbContext db, AccountTokenPurpose purpose, string? email, string? token, DateTimeOffset now, CancellationToken ct)
    {
        if (!AccountErrors.IsValidEmail(email?.Trim()) || string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }

        var hash = SecretTokens.Hash(token.Trim());
        var normalisedEmail = email.Trim().ToUpperInvariant();
        var found = await db.AccountTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.Purpose == purpose && db.Users.Any(u => u.Id == t.UserId && u.NormalizedEmail == normalisedEmail))
            .FirstOrDefaultAsync(ct);
        return found is not null && found.IsUsableAt(now) ? found : null;
    }

    public static Task<int> Consume(AppDbContext db, AccountToken token, DateTimeOffset now, CancellationToken ct) =>
        db.AccountTokens.Where(t => t.Id == token.Id && t.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
}
