using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Contracts;
using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Accounts.RegisterAccount;

public sealed record RegistrationAccepted(string Email);

/// <summary>
/// POST /api/auth/register and the sign-up form. The answer is the same whether or not the address already has an
/// account: a new account gets a confirmation e-mail (the account works at once, unconfirmed), an existing one an
/// e-mail telling its owner that somebody tried. Both paths hash the password and queue one e-mail, so they take about
/// the same time.
/// </summary>
public sealed class RegisterAccount(IAppDbContext db, IAccountCreator accounts, IOutbox outbox, ITransactionRunner transactions, TimeProvider clock)
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
        var registered = await transactions.RunAsync<AccountCreation>(async token =>
        {
            var created = await accounts.CreateAccountAsync(email, password!, now, token);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            var purpose = created.Value == AccountCreation.Created ? AccountEmailPurpose.EmailConfirmation : AccountEmailPurpose.AlreadyRegistered;
            outbox.Enqueue(new AccountEmailRequested(purpose, email, now));
            return Result<AccountCreation>.Success(created.Value);
        }, ct);
        if (!registered.IsSuccess && registered.Error!.IsConcurrentUpdate())
        {
            // Two sign-ups with one address at the same instant: the unique index let one through; tell the owner about the other.
            outbox.Enqueue(new AccountEmailRequested(AccountEmailPurpose.AlreadyRegistered, email, now));
            await db.SaveChangesAsync(ct);
        }
        else if (!registered.IsSuccess)
        {
            return registered.Error!;
        }

        return new RegistrationAccepted(email);
    }
}
