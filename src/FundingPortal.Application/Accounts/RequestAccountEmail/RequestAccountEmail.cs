using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Accounts.RequestAccountEmail;

/// <summary>
/// POST /api/auth/password/forgot and /api/auth/confirmation/resend: queues the e-mail and answers at once. Whether
/// the address has an account is only looked at by the consumer that sends it, so the answer and its timing say nothing
/// about it.
/// </summary>
public sealed class RequestAccountEmail(IAppDbContext db, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result> Handle(string purpose, string? email, CancellationToken ct)
    {
        email = email?.Trim();
        if (!AccountErrors.IsValidEmail(email))
        {
            return AccountErrors.InvalidEmail;
        }

        outbox.Enqueue(new AccountEmailRequested(purpose, email, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }
}
