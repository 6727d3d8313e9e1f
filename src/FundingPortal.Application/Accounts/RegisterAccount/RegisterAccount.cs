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
/// the same time. The language chosen on the form (optional) becomes the new account's setting, so that the confirmation
/// e-mail is already in it; an existing account's settings are never touched.
/// </summary>
public sealed class RegisterAccount(IAppDbContext db, IAccountCreator accounts, IOutbox outbox, ITransactionRunner transactions, TimeProvider clock)
{
    public async Task<Result<RegistrationAccepted>> Handle(string? email, string? password, string? language, CancellationToken ct)
    {
        email = email?.Trim();
        if (!AccountErrors.IsValidEmail(email))
        {
            return AccountErrors.InvalidEmail;
        }

        if (language is not null && !AccountSettings.Languages.Contains(language))
        {
            return Error.Field("language", "invalid_language", "language is \"fr\" or \"en\".");
        }

        var weak = PasswordPolicy.Check(password, email);
        if (!weak.IsSuccess)
        {
            return weak.Error!;
        }

        var now = clock.GetUtcNow();
        var registered = await transactions.RunAsync<AccountCreation>(async token =>
        {
            var userId = Guid.CreateVersion7();
            var created = await accounts.CreateAccountAsync(userId, email, password!, now, token);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            if (created.Value == AccountCreation.Created && language is not null)
            {
                var settings = AccountSettings.Default(userId, now);
                settings.Change(language, nameof(EmailFrequency.Immediate), now);
                db.AccountSettings.Add(settings);
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
