using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Accounts;

/// <summary>
/// Joining something or acting as staff needs proof that the person reads the account's address: an unconfirmed
/// account could have been registered by someone else with that address.
/// </summary>
public static class EmailConfirmationGate
{
    public const string Code = "email_not_confirmed";

    public static Result Check(UserSummary user, string action) => user.EmailConfirmed
        ? Result.Success()
        : Error.Conflict(Code, $"The e-mail address {user.Email} is not confirmed yet: follow the link of the confirmation e-mail before {action}.");
}
