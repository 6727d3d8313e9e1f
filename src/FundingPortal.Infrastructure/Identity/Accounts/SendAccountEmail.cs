using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>
/// The consumer's side of <see cref="AccountEmailRequested"/>: looks the address up, makes the link's single-use token
/// (stored hashed; the e-mail holds the only copy) and sends the e-mail, or nothing when there is nobody to write to.
/// The token is committed before the e-mail is sent; if the send fails, the message is retried with a new token (the
/// first one was never seen by anybody).
/// </summary>
public sealed class SendAccountEmail(AppDbContext db, UserManager<AppUser> users, IEmailSender sender, IOptions<PortalOptions> portal,
    TimeProvider clock, ILogger<SendAccountEmail> logger)
{
    public async Task<bool> Handle(AccountEmailRequested request, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(request.Email);
        if (user?.Email is null)
        {
            logger.LogInformation("{Purpose} e-mail not sent: no account uses that address", request.Purpose);
            return false;
        }

        var portalUrl = portal.Value.PublicUrl;
        var message = request.Purpose switch
        {
            AccountEmailPurpose.PasswordReset =>
                AccountEmails.PasswordReset(user.Email, AccountLinks.WithToken(portalUrl, AccountLinks.ResetPassword, user.Email, NewToken(user, AccountTokenPurpose.PasswordReset))),
            AccountEmailPurpose.EmailConfirmation when !user.EmailConfirmed =>
                AccountEmails.EmailConfirmation(user.Email, AccountLinks.WithToken(portalUrl, AccountLinks.ConfirmEmail, user.Email, NewToken(user, AccountTokenPurpose.EmailConfirmation))),
            AccountEmailPurpose.AlreadyRegistered => AccountEmails.AlreadyRegistered(user.Email, portalUrl),
            _ => null,
        };
        if (message is null)
        {
            return false;
        }

        await db.SaveChangesAsync(ct);
        await sender.SendAsync(message, ct);
        return true;
    }

    private string NewToken(AppUser user, AccountTokenPurpose purpose)
    {
        var token = SecretTokens.New();
        db.AccountTokens.Add(AccountToken.Create(user.Id, purpose, SecretTokens.Hash(token), clock.GetUtcNow()));
        return token;
    }
}
