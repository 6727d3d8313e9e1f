using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Abstractions;

public enum AccountCreation
{
    Created,

    /// <summary>The address already has an account: nothing created (the password was hashed all the same, to take the same time).</summary>
    AddressTaken,
}

/// <summary>
/// Creates accounts through ASP.NET Core Identity (ADR 0012). Apart from <see cref="IUserDirectory"/>, which only reads
/// and sets roles, because Identity's user manager needs the API's data protection, which the worker does not have.
/// </summary>
public interface IAccountCreator
{
    /// <summary>
    /// A new account <paramref name="userId"/> with this address and password, unconfirmed and without a role; Identity's
    /// own refusals as <c>invalid_account</c>.
    /// </summary>
    Task<Result<AccountCreation>> CreateAccountAsync(Guid userId, string email, string password, DateTimeOffset now, CancellationToken cancellationToken);
}
