using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Contracts;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Identity.Accounts;

public sealed record RegistrationAccepted(string Email);

/// <summary>
/// POST /api/auth/register and the sign-up form. The answer is the same whether or not the address already has an
/// account: a new account gets a confirmation e-mail (the account works at once, unconfirmed), an existing one an
/// e-mail telling its owner that somebody tried. Both paths hash the password and queue one e-mail, so they take about
/// the same time.
/// </summary>
public sealed class RegisterAccount(AppDbContext db, UserManager<AppUser> users, IOutbox outbox, ITransactionRunner transactions, TimeProvider clock)
{
    public async Task<Result<RegistrationAccepted>> Handle(string? email, string? password, CancellationToken ct)
    {
        email = email?.Trim();
        if (!AccountErrors.IsValidEmail(email))
        {
            return AccountErrors.InvalidEmail;
        }

        var weak = PasswordPolicy.Check(password, email);
        if (!weak.IsSuccess)
        {
            return weak.Error!;
        }

        var now = clock.GetUtcNow();
        try
        {
            var refused = await transactions.RunAsync(async _ =>
            {
                var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, CreatedAt = now };
                if (await users.FindByEmailAsync(email!) is not null)
                {
                    users.PasswordHasher.HashPassword(user, password!);
                    outbox.Enqueue(new AccountEmailRequested(AccountEmailPurpose.AlreadyRegistered, email!, now));
                    return null;
                }

                var created = await users.CreateAsync(user, password!);
                if (!created.Succeeded)
                {
                    return created.Errors.Select(e => e.Description).ToArray();
                }

                outbox.Enqueue(new AccountEmailRequested(AccountEmailPurpose.EmailConfirmation, email!, now));
                return null;
            }, ct);
            if (refused is not null)
            {
                return Error.Validation("invalid_account", string.Join(" ", refused), new Dictionary<string, string[]> { ["email"] = refused });
            }
        }
        catch (DbUpdateException) when (db.Database.CurrentTransaction is null)
        {
            // Two sign-ups with one address at the same instant: the unique index let one through; tell the owner about the other.
            outbox.Enqueue(new AccountEmailRequested(AccountEmailPurpose.AlreadyRegistered, email!, now));
            await db.SaveChangesAsync(ct);
        }

        return new RegistrationAccepted(email!);
    }
}
